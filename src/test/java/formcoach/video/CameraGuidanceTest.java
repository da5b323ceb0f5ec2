package formcoach.video;

import formcoach.figure.Figures;
import formcoach.library.Category;
import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;
import formcoach.library.Fault;
import formcoach.store.Assets;
import formcoach.video.ui.CameraGuide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The camera guidance in assets/video/camera-guidance.json: complete for every judged lift, and in step with the detector. */
class CameraGuidanceTest {
    private final CameraGuidance guidance = CameraGuidance.builtIn();
    private final Map<String, Exercise> library = ExerciseCatalog.loadBuiltin().exercises().stream()
            .collect(Collectors.toMap(Exercise::id, Function.identity()));

    @Test
    void theFileHasNoProblems() {
        assertThat(guidance.problems()).isEmpty();
    }

    @Test
    void everyLiftWithAFigureOrADetectorRuleHasItsGuidance() {
        Set<String> judged = new LinkedHashSet<>(Figures.builtIn().all().keySet());
        DetectorRules.builtIn().families().forEach(f -> judged.addAll(f.lifts()));
        assertThat(judged).hasSizeGreaterThanOrEqualTo(20);
        for (String id : judged) {
            Exercise e = library.get(id);
            assertThat(e).as("%s is in the library", id).isNotNull();
            assertThat(e.category().isLift()).as("%s is a lift", id).isTrue();
            String advice = guidance.advice(id, e.category());
            assertThat(advice).as(id).isNotBlank().isNotEqualTo(guidance.notALift()).startsWith("Film from");
            CameraView best = guidance.recommended(e.category());
            for (CameraView other : CameraView.values()) {
                assertThat(guidance.warning(e.category(), other).isPresent()).as("%s from %s", id, other).isEqualTo(other != best);
            }
        }
    }

    @Test
    void liftsWithTheirOwnAdviceAreRealLibraryLifts() {
        for (CameraGuidance.LiftGuide l : guidance.lifts()) {
            assertThat(library.get(l.lift())).as(l.lift()).isNotNull();
            assertThat(library.get(l.lift()).category().isLift()).as(l.lift()).isTrue();
        }
    }

    @Test
    void rowsAndDeadliftsFromTheSidePullDownsAndPullUpsFromBehind() {
        assertThat(guidance.recommended(Category.ROW)).isEqualTo(CameraView.SIDE);
        assertThat(guidance.recommended(Category.DEADLIFT)).isEqualTo(CameraView.SIDE);
        assertThat(guidance.recommended(Category.PULLDOWN)).isEqualTo(CameraView.BACK);
        assertThat(guidance.recommended(Category.PULLUP)).isEqualTo(CameraView.BACK);
        assertThat(guidance.recommended(Category.STRETCH)).isEqualTo(CameraView.SIDE);
        assertThat(guidance.advice("cat-cow", Category.MOBILITY)).isEqualTo(guidance.notALift());
        assertThat(guidance.advice("one-arm-dumbbell-row", Category.ROW)).contains("working arm");
        assertThat(guidance.advice("pendlay-row", Category.ROW)).isEqualTo(guidance.advice(null, Category.ROW));
    }

    @Test
    void aViewThatCannotShowRoundingSaysSo() {
        for (Category c : List.of(Category.ROW, Category.DEADLIFT)) {
            assertThat(guidance.warning(c, CameraView.BACK)).get().asString().contains("rounding cannot be judged");
            assertThat(guidance.warning(c, CameraView.FRONT)).get().asString().contains("rounding cannot be judged");
            assertThat(guidance.warning(c, CameraView.SIDE)).isEmpty();
        }
        assertThat(guidance.warning(Category.PULLUP, CameraView.SIDE)).get().asString().contains("shrugging is harder to see");
        assertThat(CameraGuide.warning(Category.ROW, CameraView.BACK)).contains("rounding cannot be judged");
        assertThat(CameraGuide.warning(Category.ROW, CameraView.SIDE)).isNull();
    }

    @Test
    void whatEachViewJudgesIsWhatTheDetectorJudgesFromIt() {
        for (CameraView v : CameraView.values()) {
            for (DetectorRules.Family f : DetectorRules.builtIn().families()) {
                Set<Fault> detected = EnumSet.noneOf(Fault.class);
                f.measures().stream().filter(m -> m.judgedFrom(v)).forEach(m -> detected.add(m.fault()));
                assertThat(guidance.judgeable(v)).as("%s in family %s", v, f.id()).isEqualTo(detected);
            }
            assertThat(guidance.viewText(v)).isNotBlank();
        }
        assertThat(guidance.judgeable(CameraView.BACK)).doesNotContain(Fault.ROUNDING);
    }

    @Test
    void aViewThatIsNotSideFrontOrBackIsNamedWithItsField() {
        String text = new String(Assets.read(CameraGuidance.ASSET).bytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"view\": \"back\",\\s*\"text\": \"From behind, rounding", "\"view\": \"above\", \"text\": \"From behind, rounding");
        var checked = Assets.checked(new Assets.AssetFile("assets/" + CameraGuidance.ASSET, text.getBytes(StandardCharsets.UTF_8)),
                CameraGuidance.class, CameraGuidance::problems);
        assertThat(checked.value()).isNull();
        assertThat(checked.problems()).anySatisfy(p -> assertThat(p).contains("categories[0].warnings[1].view").contains("above"));
        assertThat(checked.problems()).anySatisfy(p -> assertThat(p).contains("categories[0].warnings': no warning for filming from back"));
    }

    @Test
    void aMissingWarningAndADoubleCategoryAreCaught() {
        CameraGuidance g = guidance;
        List<CameraGuidance.CategoryGuide> cats = new java.util.ArrayList<>(g.categories());
        CameraGuidance.CategoryGuide row = cats.get(0);
        cats.set(0, new CameraGuidance.CategoryGuide(row.category(), row.view(), row.advice(), row.warnings().subList(0, 1)));
        cats.add(cats.get(1));
        CameraGuidance broken = new CameraGuidance(g.about(), g.noLift(), g.notALift(), g.views(), cats, g.lifts());
        assertThat(broken.problems()).contains("field 'categories[0].warnings': no warning for filming from back",
                "field 'categories[4].category': deadlift is guided twice");
    }
}

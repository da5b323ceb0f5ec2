package formcoach.video;

import formcoach.library.Category;
import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;
import formcoach.library.Fault;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DetectorRulesTest {
    private final DetectorRules rules = DetectorRules.builtIn();

    @Test
    void builtInRulesHaveNoProblemsAndEveryThresholdSaysWhy() {
        assertThat(rules.problems()).isEmpty();
        assertThat(rules.counting().reason()).hasSizeGreaterThan(40);
        rules.families().forEach(f -> f.measures().forEach(m -> assertThat(m.reason()).as(f.id() + "." + m.name()).hasSizeGreaterThan(40)));
    }

    @Test
    void everyPullingLiftAndHingeInTheLibraryHasRulesAndEveryRuleNamesALibraryLift() {
        List<Exercise> all = ExerciseCatalog.loadBuiltin().exercises();
        Set<Category> judged = EnumSet.of(Category.ROW, Category.PULLDOWN, Category.PULLUP, Category.DEADLIFT);
        for (Exercise e : all) {
            if (judged.contains(e.category())) {
                assertThat(rules.knows(e.id())).as(e.id()).isTrue();
            }
        }
        List<String> ids = all.stream().map(Exercise::id).toList();
        rules.families().forEach(f -> assertThat(ids).containsAll(f.lifts()));
    }

    @Test
    void roundingIsAnEstimateFromTheSideOnly() {
        rules.families().forEach(f -> f.measures().stream().filter(m -> m.fault() == Fault.ROUNDING).forEach(m -> {
            assertThat(m.estimate()).isTrue();
            assertThat(m.views()).containsExactly("side");
        }));
    }

    @Test
    void problemsNameTheBrokenField() {
        DetectorRules.MeasureRule bad = new DetectorRules.MeasureRule("rounding", Fault.ROUNDING, DetectorRules.Kind.SHOULDER_KINK, 200,
                List.of("back"), false, "");
        DetectorRules broken = new DetectorRules("x", rules.counting(), List.of(new DetectorRules.Family("default", DetectorRules.Signal.ELBOW_ANGLE,
                List.of(), List.of(bad))));
        assertThat(broken.problems()).anyMatch(p -> p.contains("threshold")).anyMatch(p -> p.contains("nothing measures SHRUGGING"))
                .anyMatch(p -> p.contains("only from the side")).anyMatch(p -> p.contains("reason"));
    }
}

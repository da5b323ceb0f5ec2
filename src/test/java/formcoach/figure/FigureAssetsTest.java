package formcoach.figure;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;
import formcoach.library.Fault;
import formcoach.store.Assets;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FigureAssetsTest {
    @Test
    void everyFigureLoadsWithoutProblems() {
        assertThat(Figures.builtIn().problems()).isEmpty();
        assertThat(Figures.builtIn().all().keySet()).containsAll(FigureClosedLoopTest.SIX);
    }

    @Test
    void everyFigureIsALibraryLiftWithItsTempoAndAllThreeFaults() {
        Map<String, Exercise> lib = ExerciseCatalog.loadBuiltin().exercises().stream().collect(Collectors.toMap(Exercise::id, e -> e));
        for (FigureAsset a : Figures.builtIn().all().values()) {
            assertThat(lib).as(a.lift()).containsKey(a.lift());
            assertThat(a.tempo()).as(a.lift() + " tempo").isEqualTo(lib.get(a.lift()).tempo());
            assertThat(a.faults().keySet()).containsExactlyInAnyOrder(Fault.values());
            a.faults().values().forEach(f -> assertThat(f.shows()).hasSizeGreaterThan(30));
        }
    }

    @Test
    void shruggingIsShownFromBehindForPullDownsAndPullUps() {
        assertThat(Figures.builtIn().find("wide-grip-lat-pulldown").orElseThrow().views()).contains("back");
        assertThat(Figures.builtIn().find("pull-up").orElseThrow().views()).contains("back");
    }

    @Test
    void aBrokenFigureIsReportedWithItsFieldAndTheOthersStillLoad() {
        String good = new String(Assets.read("figures/pull-up.json").bytes(), StandardCharsets.UTF_8);
        String broken = good.replace("\"shrug\": 1.1}", "\"shrugg\": 1.1}").replace("\"pull-up\"", "\"bad-one\"");
        Figures f = Figures.load(List.of(new Assets.AssetFile("assets/figures/pull-up.json", good.getBytes(StandardCharsets.UTF_8)),
                new Assets.AssetFile("assets/figures/bad-one.json", broken.getBytes(StandardCharsets.UTF_8))));
        assertThat(f.all()).containsOnlyKeys("pull-up");
        assertThat(f.problems()).anyMatch(p -> p.startsWith("assets/figures/bad-one.json: field 'faults.SHRUGGING.changes[1].pose.shrugg'"));
    }

    @Test
    void checkCatchesAFaultThatDoesNotStartClean() throws Exception {
        JavaType type = Json.mapper().getTypeFactory().constructType(FigureAsset.class);
        String text = new String(Assets.read("figures/barbell-bent-over-row.json").bytes(), StandardCharsets.UTF_8)
                .replace("{\"phase\": \"pull\", \"at\": 0.6, \"pose\": {\"shrug\": 0.6}}", "{\"phase\": \"pull\", \"at\": 0, \"pose\": {\"shrug\": 0.6}}");
        FigureAsset a = Json.mapper().readValue(text, type);
        assertThat(Figures.check(a)).anyMatch(p -> p.contains("faults.SHRUGGING.changes[0]") && p.contains("clean start"));
    }

    @Test
    void motionIsSmoothAndLoopsBackToItsStart() {
        for (FigureAsset a : Figures.builtIn().all().values()) {
            for (Fault f : new Fault[] {null, Fault.SHRUGGING, Fault.ROUNDING, Fault.MOMENTUM}) {
                FigureMotion m = FigureMotion.loop(a, f);
                double[] p0 = new double[PoseParam.COUNT];
                double[] p1 = new double[PoseParam.COUNT];
                double[] pEnd = new double[PoseParam.COUNT];
                m.sample(0, p0);
                m.sample(m.duration() - 1e-9, pEnd);
                assertThat(pEnd).as(a.lift() + " " + f + " closes").containsExactly(p0, org.assertj.core.data.Offset.offset(1e-4));
                // no jump between 240 Hz samples: at most 3 degrees (or 0.05 shrug) per 1/240 s
                double dt = 1 / 240.0;
                for (double t = 0; t < m.duration(); t += dt) {
                    m.sample(t, p0);
                    m.sample(t + dt, p1);
                    for (int i = 0; i < PoseParam.COUNT; i++) {
                        assertThat(Math.abs(p1[i] - p0[i])).as(a.lift() + " " + f + " " + PoseParam.values()[i] + " at " + t).isLessThan(3.0);
                    }
                }
            }
        }
    }
}

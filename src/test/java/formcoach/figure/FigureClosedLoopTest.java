package formcoach.figure;

import formcoach.library.Fault;
import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFile;
import formcoach.video.RuleBasedSetAnalyzer;
import formcoach.video.SetReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures drive the detector: each lift's exported clean and faulty reps, written as a landmark
 * file and read back through the codec, give no fault on clean reps and exactly the fault shown on
 * each faulty rep. From behind only shrugging is judged, so there the clean and shrugging reps are run.
 */
class FigureClosedLoopTest {
    static final List<String> SIX = List.of("barbell-bent-over-row", "seated-cable-row", "one-arm-dumbbell-row",
            "wide-grip-lat-pulldown", "pull-up", "conventional-deadlift");
    private static final RuleBasedSetAnalyzer ANALYZER = RuleBasedSetAnalyzer.builtIn();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        assertThat(Figures.builtIn().all().keySet()).containsAll(SIX);
        for (String lift : Figures.builtIn().all().keySet()) { // the six of issue 12 and every one added since
            FigureAsset asset = Figures.builtIn().find(lift).orElseThrow();
            for (String v : asset.views()) {
                FigureView view = FigureView.fromId(v).orElseThrow();
                out.add(Arguments.of(lift, view, null));
                out.add(Arguments.of(lift, view, Fault.SHRUGGING));
                if (view == FigureView.SIDE) {
                    out.add(Arguments.of(lift, view, Fault.MOMENTUM));
                    out.add(Arguments.of(lift, view, Fault.ROUNDING));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void eachRepShowsExactlyItsFault(String lift, FigureView view, Fault fault) throws Exception {
        FigureAsset asset = Figures.builtIn().find(lift).orElseThrow();
        LandmarkFile exported = FigureExport.landmarks(asset, fault, 4, view, 30);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LandmarkCodec.write(exported, bytes);
        LandmarkFile file = LandmarkCodec.read(new ByteArrayInputStream(bytes.toByteArray()), lift + ".json");

        SetReport report = ANALYZER.analyze(file, null, null);

        assertThat(report.lift()).isEqualTo(lift);
        assertThat(report.reps()).as("reps counted").hasSize(4);
        Set<Fault> expected = fault == null ? Set.of() : EnumSet.of(fault);
        for (SetReport.Rep rep : report.reps()) {
            assertThat(rep.faults()).as("rep %d: %s", rep.rep(), rep.measures()).isEqualTo(expected);
            // the first rep starts after the set-up, not during it
            assertThat(rep.start()).isGreaterThanOrEqualTo(FigureMotion.set(asset, fault, 4).repsStart() - 0.35);
        }
    }
}

package formcoach.video;

import formcoach.video.RepPhaseMap.Moment;
import formcoach.video.RepPhaseMap.Part;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RepPhaseMapTest {
    /** 30 fps; rep 1 from frame 10 to 40: up over 10 frames, 6 frames at the top, down over 14. */
    private static final double[] PROGRESS = new double[50];
    private static final double[] TIMES = new double[50];

    static {
        for (int i = 0; i < 50; i++) {
            TIMES[i] = i / 30.0;
            double p;
            if (i <= 10) {
                p = 0;
            } else if (i <= 20) {
                p = (i - 10) / 10.0;
            } else if (i <= 26) {
                p = 1;
            } else if (i <= 40) {
                p = 1 - (i - 26) / 14.0;
            } else {
                p = 0;
            }
            PROGRESS[i] = p;
        }
    }

    private static SetReport.Rep rep(int n, double start, double end) {
        return new SetReport.Rep(n, start, end, Set.of(), Map.of());
    }

    private final RepPhaseMap map = RepPhaseMap.of(TIMES, PROGRESS, List.of(rep(1, 10 / 30.0, 40 / 30.0)));

    @Test
    void outsideTheRepsThereIsNoPhase() {
        assertThat(map.at(5)).isEmpty();
        assertThat(map.at(45)).isEmpty();
        assertThat(map.at(-1)).isEmpty();
        assertThat(map.at(50)).isEmpty();
    }

    @Test
    void thePullFollowsTheCurveUpToTheTop() {
        assertThat(map.at(10)).contains(new Moment(1, Part.PULL, 0));
        Moment half = map.at(15).orElseThrow();
        assertThat(half.part()).isEqualTo(Part.PULL);
        // the top starts at 90 % of the range
        assertThat(half.at()).isCloseTo(0.5 / 0.9, within(1e-9));
        assertThat(map.at(19).orElseThrow().part()).isEqualTo(Part.TOP);
    }

    @Test
    void theTopIsTimeAndTheLowerFollowsTheCurveDown() {
        Moment first = map.at(19).orElseThrow();
        Moment last = map.at(27).orElseThrow();
        assertThat(first.at()).isZero();
        assertThat(last).isEqualTo(new Moment(1, Part.TOP, 1));
        assertThat(map.at(23).orElseThrow().at()).isCloseTo(0.5, within(1e-9));
        Moment lower = map.at(33).orElseThrow();
        assertThat(lower.part()).isEqualTo(Part.LOWER);
        assertThat(lower.at()).isCloseTo((0.9 - (1 - 7 / 14.0)) / 0.9, within(1e-9));
        assertThat(map.at(40)).contains(new Moment(1, Part.LOWER, 1));
    }

    @Test
    void thePhaseNeverRunsBackwardsThroughARep() {
        double[] p = PROGRESS.clone();
        p[14] = 0.2; // a wobble on the way up
        RepPhaseMap wobbly = RepPhaseMap.of(TIMES, p, List.of(rep(1, 10 / 30.0, 40 / 30.0)));
        double last = -1;
        for (int i = 10; i <= 40; i++) {
            double f = wobbly.at(i).orElseThrow().fraction(1, 1, 2);
            assertThat(f).isGreaterThanOrEqualTo(last);
            last = f;
        }
        assertThat(last).isEqualTo(1.0);
    }

    @Test
    void aMomentIsAFractionOfTheFiguresTempo() {
        assertThat(new Moment(1, Part.PULL, 0.5).fraction(1, 1, 2)).isCloseTo(0.125, within(1e-9));
        assertThat(new Moment(1, Part.TOP, 0.5).fraction(1, 1, 2)).isCloseTo(0.375, within(1e-9));
        assertThat(new Moment(1, Part.LOWER, 0.5).fraction(1, 1, 2)).isCloseTo(0.75, within(1e-9));
        // a lift with no squeeze goes straight from the pull to the lower
        assertThat(new Moment(1, Part.TOP, 0.7).fraction(1, 0, 2)).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void twoRepsAreMappedEachOnTheirOwn() {
        double[] times = new double[90];
        double[] p = new double[90];
        for (int i = 0; i < 90; i++) {
            times[i] = i / 30.0;
            p[i] = Math.max(0, Math.sin(Math.PI * (i % 45) / 40.0));
        }
        RepPhaseMap two = RepPhaseMap.of(times, p, List.of(rep(1, 0, 40 / 30.0), rep(2, 45 / 30.0, 85 / 30.0)));
        assertThat(two.at(20).orElseThrow().rep()).isEqualTo(1);
        assertThat(two.at(20).orElseThrow().part()).isEqualTo(Part.TOP);
        assertThat(two.at(65).orElseThrow().rep()).isEqualTo(2);
        assertThat(two.at(65).orElseThrow().part()).isEqualTo(Part.TOP);
        assertThat(two.at(42)).isEmpty();
    }

    @Test
    void theAnalysersCurveRisesThroughARowingRep() {
        // elbows straight (180°) at the bottom, bent to 60° at the top, from the side
        int n = 60;
        List<LandmarkFile.Frame> frames = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            double bend = Math.toRadians(180 - 120 * Math.max(0, Math.sin(Math.PI * i / (n - 1))));
            float[][] lm = new float[Landmark.COUNT][3];
            for (float[] row : lm) {
                row[2] = 1;
            }
            for (Landmark[] arm : new Landmark[][] {{Landmark.LEFT_SHOULDER, Landmark.LEFT_ELBOW, Landmark.LEFT_WRIST},
                    {Landmark.RIGHT_SHOULDER, Landmark.RIGHT_ELBOW, Landmark.RIGHT_WRIST}}) {
                set(lm, arm[0], 0.5, 0.3);
                set(lm, arm[1], 0.5, 0.5);
                set(lm, arm[2], 0.5 + 0.2 * Math.sin(bend), 0.5 - 0.2 * Math.cos(bend));
            }
            frames.add(new LandmarkFile.Frame(i / 30.0, lm));
        }
        LandmarkFile file = new LandmarkFile(30, 1280, 720, "barbell-bent-over-row", CameraView.SIDE, frames);
        double[] p = RuleBasedSetAnalyzer.builtIn().progress(file, null, null).orElseThrow();
        assertThat(p[30]).isGreaterThan(0.9);
        assertThat(p[1]).isLessThan(0.2);
        assertThat(p[15]).isBetween(p[1], p[30]);
    }

    private static void set(float[][] lm, Landmark l, double x, double y) {
        lm[l.ordinal()][0] = (float) x;
        lm[l.ordinal()][1] = (float) y;
    }
}

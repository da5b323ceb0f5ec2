package formcoach.video;

import formcoach.figure.FigureAsset;
import formcoach.figure.FigureExport;
import formcoach.figure.FigureMotion;
import formcoach.figure.FigureView;
import formcoach.figure.Figures;
import formcoach.library.Fault;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector on generated sets that are harder than the clean figures: landmark noise, dropped
 * points (visibility near 0 at random, and the ears lost for a stretch), a longer set-up with
 * fidgeting before the first rep, and a re-rack after the last one. Reports sensitivity and
 * specificity per fault over every rep, and the rep-count accuracy.
 */
class DetectorSyntheticSetsTest {
    private static final int REPS = 5;
    private static final List<String> LIFTS = List.of("barbell-bent-over-row", "seated-cable-row", "one-arm-dumbbell-row",
            "wide-grip-lat-pulldown", "pull-up", "conventional-deadlift");

    /** Adds noise and dropouts, and a re-rack: the set-up played backwards after the last rep. */
    static LandmarkFile harden(LandmarkFile f, double repsStart, double noisePx, double dropRate, long seed) {
        Random rnd = new Random(seed);
        List<LandmarkFile.Frame> frames = new ArrayList<>(f.frames());
        // re-rack: walk back out of the start position the way the lifter got into it
        int setupFrames = (int) Math.floor(repsStart * f.fps());
        double t = frames.get(frames.size() - 1).t();
        for (int i = setupFrames; i >= 0; i--) {
            t += 1 / f.fps();
            frames.add(new LandmarkFile.Frame(t, f.frames().get(i).landmarks()));
        }
        int earGapStart = frames.size() / 3;
        int earGap = (int) (0.3 * f.fps());
        List<LandmarkFile.Frame> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            float[][] lm = new float[Landmark.COUNT][];
            for (int k = 0; k < Landmark.COUNT; k++) {
                float[] src = frames.get(i).landmarks()[k];
                float x = (float) (src[0] + rnd.nextGaussian() * noisePx / f.width());
                float y = (float) (src[1] + rnd.nextGaussian() * noisePx / f.height());
                float v = src[2];
                boolean earLost = (k == Landmark.LEFT_EAR.ordinal() || k == Landmark.RIGHT_EAR.ordinal())
                        && i >= earGapStart && i < earGapStart + earGap;
                if (earLost || rnd.nextDouble() < dropRate) {
                    x = rnd.nextFloat();
                    y = rnd.nextFloat();
                    v = 0.05f;
                }
                lm[k] = new float[] {x, y, v};
            }
            out.add(new LandmarkFile.Frame(frames.get(i).t(), lm));
        }
        return new LandmarkFile(f.fps(), f.width(), f.height(), f.lift(), f.view(), out);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "noise {0} px, {1} dropped")
    @org.junit.jupiter.params.provider.CsvSource({"2.5, 0.03, 0.95", "5.0, 0.08, 0.90"})
    void sensitivityAndSpecificityOnNoisyDroppedSetUpAndReRackSets(double noisePx, double dropRate, double atLeast) {
        RuleBasedSetAnalyzer analyzer = RuleBasedSetAnalyzer.builtIn();
        Map<Fault, int[]> counts = new EnumMap<>(Fault.class); // tp, fn, tn, fp
        for (Fault f : Fault.values()) {
            counts.put(f, new int[4]);
        }
        int sets = 0;
        int rightCount = 0;
        for (String lift : LIFTS) {
            FigureAsset asset = Figures.builtIn().find(lift).orElseThrow();
            for (String v : asset.views()) {
                FigureView view = FigureView.fromId(v).orElseThrow();
                for (Fault shown : new Fault[] {null, Fault.SHRUGGING, Fault.ROUNDING, Fault.MOMENTUM}) {
                    for (long seed = 1; seed <= 2; seed++) {
                        LandmarkFile clean = FigureExport.landmarks(asset, shown, REPS, view, 30);
                        double start = FigureMotion.set(asset, shown, REPS).repsStart();
                        LandmarkFile set = harden(clean, start, noisePx, dropRate, seed * 31 + lift.hashCode());
                        SetReport report = analyzer.analyze(set, lift, view.camera());
                        sets++;
                        if (report.reps().size() == REPS) {
                            rightCount++;
                        }
                        for (SetReport.Rep rep : report.reps()) {
                            for (Fault f : Fault.values()) {
                                boolean judged = rep.measures().values().stream().anyMatch(m -> m.fault() == f);
                                if (!judged) {
                                    continue;
                                }
                                boolean truth = f == shown;
                                boolean flagged = rep.faults().contains(f);
                                counts.get(f)[truth ? (flagged ? 0 : 1) : (flagged ? 3 : 2)]++;
                            }
                        }
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "noise %.1f px, %.0f %% dropped: rep count right in %d of %d sets%n",
                noisePx, dropRate * 100, rightCount, sets));
        for (Fault f : Fault.values()) {
            int[] c = counts.get(f);
            sb.append(String.format(Locale.ROOT, "%-9s sensitivity %.3f (%d/%d)  specificity %.3f (%d/%d)%n", f,
                    c[0] / (double) (c[0] + c[1]), c[0], c[0] + c[1], c[2] / (double) (c[2] + c[3]), c[2], c[2] + c[3]));
        }
        System.out.print(sb);
        assertThat(rightCount / (double) sets).as(sb.toString()).isGreaterThanOrEqualTo(atLeast);
        for (Fault f : Fault.values()) {
            int[] c = counts.get(f);
            assertThat(c[0] + c[1]).isPositive();
            assertThat(c[0] / (double) (c[0] + c[1])).as(f + " sensitivity\n" + sb).isGreaterThanOrEqualTo(atLeast);
            assertThat(c[2] / (double) (c[2] + c[3])).as(f + " specificity\n" + sb).isGreaterThanOrEqualTo(atLeast);
        }
    }

    @Test
    void aSetUpAndReRackWithoutRepsCountsNothing() {
        FigureAsset asset = Figures.builtIn().find("conventional-deadlift").orElseThrow();
        LandmarkFile one = FigureExport.landmarks(asset, null, 1, FigureView.SIDE, 30);
        double start = FigureMotion.set(asset, null, 1).repsStart();
        // keep only the set-up (standing → at the bar), then walk back up: never a full bottom-top-bottom trip
        List<LandmarkFile.Frame> setup = one.frames().subList(0, (int) (start * 30));
        LandmarkFile onlySetup = new LandmarkFile(30, one.width(), one.height(), one.lift(), one.view(), setup);
        LandmarkFile withReRack = harden(onlySetup, start - 0.1, 1.0, 0, 7);
        assertThat(RuleBasedSetAnalyzer.builtIn().analyze(withReRack, null, null).reps()).isEmpty();
    }

    @Test
    void aStillLifterGivesNoRepsAndSaysWhy() {
        FigureAsset asset = Figures.builtIn().find("barbell-bent-over-row").orElseThrow();
        LandmarkFile one = FigureExport.landmarks(asset, null, 1, FigureView.SIDE, 30);
        List<LandmarkFile.Frame> still = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            still.add(new LandmarkFile.Frame(i / 30.0, one.frames().get(0).landmarks()));
        }
        SetReport r = RuleBasedSetAnalyzer.builtIn().analyze(new LandmarkFile(30, 1280, 720, null, null, still), null, null);
        assertThat(r.reps()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("no reps found")).anyMatch(w -> w.contains("view is not given"));
    }
}

package formcoach.figure;

import formcoach.library.Fault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A figure's motion over time: key positions and the times they are reached, eased between with a
 * smoothstep (no jerk at a key, no overshoot), so it can be sampled at any time and any speed.
 * Sampling writes into the caller's array and allocates nothing, so a view can call it every frame.
 */
public final class FigureMotion {
    /** Seconds the start position is held after the set-up, before the first rep. */
    public static final double HOLD_BEFORE_REPS = 0.6;
    /** Seconds held at the end of the last rep. */
    public static final double HOLD_AFTER_REPS = 0.5;

    private final double[] times;
    private final double[][] poses;
    private final double repsStart;
    private final double repSeconds;
    private final FigureTempo tempo;
    private final int reps;
    private final boolean loop;

    private FigureMotion(double[] times, double[][] poses, double repsStart, FigureTempo tempo, int reps, boolean loop) {
        this.times = times;
        this.poses = poses;
        this.repsStart = repsStart;
        this.tempo = tempo;
        this.repSeconds = tempo.rep();
        this.reps = reps;
        this.loop = loop;
    }

    /** The set-up, then {@code reps} reps with {@code fault} (or clean when null/none), then a short hold. */
    public static FigureMotion set(FigureAsset asset, Fault fault, int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be at least 1");
        }
        FigureTempo tempo = tempoOf(asset, fault);
        List<double[]> keys = repKeys(asset, fault, tempo);
        List<Double> t = new ArrayList<>();
        List<double[]> p = new ArrayList<>();
        double now = 0;
        double[] pose = neutral();
        for (int i = 0; i < asset.setup().size(); i++) {
            FigureAsset.SetupKey k = asset.setup().get(i);
            now += i == 0 ? 0 : k.seconds();
            pose = merge(pose, k.pose(), asset.oneArm());
            t.add(now);
            p.add(pose);
        }
        double start = asset.setup().isEmpty() ? 0 : now + HOLD_BEFORE_REPS;
        for (int r = 0; r < reps; r++) {
            double base = start + r * tempo.rep();
            for (int i = (r == 0 ? 0 : 1); i < keys.size(); i++) {
                double[] k = keys.get(i);
                t.add(base + k[0]);
                p.add(Arrays.copyOfRange(k, 1, k.length));
            }
        }
        double end = start + reps * tempo.rep();
        t.add(end + HOLD_AFTER_REPS);
        p.add(p.get(p.size() - 1));
        return new FigureMotion(t.stream().mapToDouble(Double::doubleValue).toArray(), p.toArray(new double[0][]), start, tempo, reps, false);
    }

    /** One rep that repeats for ever, starting at the rep's start: for the library page and cue cards. */
    public static FigureMotion loop(FigureAsset asset, Fault fault) {
        FigureTempo tempo = tempoOf(asset, fault);
        List<double[]> keys = repKeys(asset, fault, tempo);
        double[] t = new double[keys.size()];
        double[][] p = new double[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
            t[i] = keys.get(i)[0];
            p[i] = Arrays.copyOfRange(keys.get(i), 1, keys.get(i).length);
        }
        return new FigureMotion(t, p, 0, tempo, 1, true);
    }

    private static FigureTempo tempoOf(FigureAsset asset, Fault fault) {
        FigureAsset.FaultChange change = fault == null ? null : asset.faults().get(fault);
        return FigureTempo.parse(change != null && change.tempo() != null ? change.tempo() : asset.tempo());
    }

    /** Rows of {time, pose...} for one rep, from pull 0 to lower 1 (which equals pull 0). */
    static List<double[]> repKeys(FigureAsset asset, Fault fault, FigureTempo tempo) {
        // the clean keys at the times this tempo gives them
        TreeMap<Double, double[]> clean = new TreeMap<>();
        double[] pose = neutral();
        for (FigureAsset.RepKey k : asset.rep()) {
            pose = merge(pose, k.pose(), asset.oneArm());
            clean.put(tempo.time(RepPhase.ofRepPhase(k.phase()), k.at()), pose);
        }
        clean.put(tempo.rep(), clean.firstEntry().getValue());
        TreeMap<Double, double[]> keys = new TreeMap<>(clean);
        FigureAsset.FaultChange change = fault == null ? null : asset.faults().get(fault);
        if (change != null) {
            // a fault adds to the clean rep at its moments; between them it eases back to clean
            TreeMap<Double, double[]> deltas = new TreeMap<>();
            for (double time : clean.keySet()) {
                deltas.put(time, new double[PoseParam.COUNT]);
            }
            for (FigureAsset.RepKey k : change.changes()) {
                double time = tempo.time(RepPhase.ofRepPhase(k.phase()), k.at());
                double[] d = new double[PoseParam.COUNT];
                for (Map.Entry<String, Double> e : k.pose().entrySet()) {
                    PoseParam param = PoseParam.fromKey(e.getKey()).orElseThrow();
                    d[param.ordinal()] += e.getValue();
                    if (!asset.oneArm() && param.mirror() != null) {
                        d[param.mirror().ordinal()] += e.getValue();
                    }
                }
                deltas.put(time, d);
            }
            keys = new TreeMap<>();
            double[] times = clean.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            double[][] poses = clean.values().toArray(new double[0][]);
            for (Map.Entry<Double, double[]> e : deltas.entrySet()) {
                double[] base = new double[PoseParam.COUNT];
                sample(times, poses, e.getKey(), base);
                for (int i = 0; i < base.length; i++) {
                    base[i] += e.getValue()[i];
                }
                keys.put(e.getKey(), base);
            }
        }
        List<double[]> out = new ArrayList<>();
        for (Map.Entry<Double, double[]> e : keys.entrySet()) {
            double[] row = new double[PoseParam.COUNT + 1];
            row[0] = e.getKey();
            System.arraycopy(e.getValue(), 0, row, 1, PoseParam.COUNT);
            out.add(row);
        }
        return out;
    }

    static double[] neutral() {
        double[] p = new double[PoseParam.COUNT];
        for (PoseParam param : PoseParam.values()) {
            p[param.ordinal()] = param.neutral();
        }
        return p;
    }

    /** A copy of {@code base} with the named values set (and mirrored to the other arm unless one-armed). */
    static double[] merge(double[] base, Map<String, Double> values, boolean oneArm) {
        double[] p = base.clone();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            PoseParam param = PoseParam.fromKey(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown pose value \"" + e.getKey() + "\""));
            p[param.ordinal()] = e.getValue();
            if (!oneArm && param.mirror() != null) {
                p[param.mirror().ordinal()] = e.getValue();
            }
        }
        return p;
    }

    private static void sample(double[] times, double[][] poses, double t, double[] out) {
        int n = times.length;
        if (t <= times[0]) {
            System.arraycopy(poses[0], 0, out, 0, out.length);
            return;
        }
        if (t >= times[n - 1]) {
            System.arraycopy(poses[n - 1], 0, out, 0, out.length);
            return;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double u = (t - times[lo]) / (times[hi] - times[lo]);
        double w = u * u * (3 - 2 * u);
        double[] a = poses[lo];
        double[] b = poses[hi];
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] + (b[i] - a[i]) * w;
        }
    }

    /** Writes the pose at {@code t} seconds into {@code out} (length {@link PoseParam#COUNT}); allocation-free. */
    public void sample(double t, double[] out) {
        sample(times, poses, loop ? wrap(t) : t, out);
    }

    private double wrap(double t) {
        double r = t % repSeconds;
        return r < 0 ? r + repSeconds : r;
    }

    /**
     * Writes the pose at the same moment of the rep as {@code t} is in {@code reference} (same phase,
     * same fraction through it), so a faulty rep on its own tempo stays in step with the clean one.
     */
    public void sampleInStep(FigureMotion reference, double t, double[] out) {
        FigureTempo r = reference.tempo;
        double x = reference.wrap(t);
        double mine;
        if (x < r.pull()) {
            mine = x / r.pull() * tempo.pull();
        } else if (x < r.pull() + r.squeeze()) {
            mine = tempo.pull() + (r.squeeze() == 0 ? 0 : (x - r.pull()) / r.squeeze() * tempo.squeeze());
        } else {
            mine = tempo.pull() + tempo.squeeze() + (x - r.pull() - r.squeeze()) / r.lower() * tempo.lower();
        }
        sample(times, poses, mine, out);
    }

    /** The whole motion's length in seconds (one rep for a loop). */
    public double duration() {
        return loop ? repSeconds : times[times.length - 1];
    }

    public double repSeconds() {
        return repSeconds;
    }

    public FigureTempo tempo() {
        return tempo;
    }

    /** When the first rep starts, in seconds. */
    public double repsStart() {
        return repsStart;
    }

    public int reps() {
        return reps;
    }

    /** Which phase {@code t} falls in. */
    public RepPhase phaseAt(double t) {
        double x = loop ? wrap(t) : t - repsStart;
        if (x < 0) {
            return RepPhase.SETUP;
        }
        if (!loop && x >= reps * repSeconds) {
            return RepPhase.REST;
        }
        double inRep = x % repSeconds;
        if (inRep < tempo.pull()) {
            return RepPhase.PULL;
        }
        if (inRep < tempo.pull() + tempo.squeeze()) {
            return RepPhase.SQUEEZE;
        }
        return RepPhase.LOWER;
    }

    /** The times of the key positions (start, top, end of squeeze) of rep 1, for still frames. */
    public double[] keyTimes() {
        return new double[] {repsStart, repsStart + tempo.pull(), repsStart + tempo.pull() + tempo.squeeze(),
                repsStart + tempo.pull() + tempo.squeeze() + tempo.lower() / 2};
    }
}

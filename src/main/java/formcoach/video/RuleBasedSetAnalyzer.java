package formcoach.video;

import formcoach.library.Fault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts reps and flags faults from landmarks with plain geometry and the thresholds of
 * {@link DetectorRules} ({@code assets/video/detector-rules.json}).
 *
 * <ul>
 * <li><b>Reps</b>: the lift's movement signal (elbow angle, shoulder angle or hip angle) is smoothed
 * and scaled 0–1 between its 5th and 95th percentiles; a state machine with a bottom, an in-between
 * and a top state counts a rep only for a full trip bottom → top → bottom, so getting into position
 * and re-racking are not counted and jitter in the in-between band cannot flip the count.</li>
 * <li><b>Calibration</b>: the ear–shoulder distance and the head's line are taken as the median over
 * the set-up just before the first rep and the very start of that rep, so a long neck or a distant
 * camera does not matter.</li>
 * <li><b>Faults</b> per rep, each with the value, its threshold and the time it peaked: shrugging
 * (the ear–shoulder distance shrinking), momentum (the torso angle's range within the rep, or for
 * hinges the lean back past upright) and rounding (side view only, an estimate: the head and neck
 * dropping forward of the hip–shoulder line).</li>
 * </ul>
 * Landmarks under the rules' visibility are treated as missing and bridged from their neighbours.
 * Stateless and thread-safe: {@code new RuleBasedSetAnalyzer(DetectorRules.builtIn())} or {@link #builtIn()}.
 */
public final class RuleBasedSetAnalyzer implements SetAnalyzer {
    /** Progress per frame below which the movement counts as settled (where a rep starts and ends). */
    private static final double SETTLED = 0.001;

    private final DetectorRules rules;

    public RuleBasedSetAnalyzer(DetectorRules rules) {
        this.rules = rules;
    }

    /** The analyzer with the rules shipped in {@code assets/video/}. */
    public static RuleBasedSetAnalyzer builtIn() {
        return new RuleBasedSetAnalyzer(DetectorRules.builtIn());
    }

    public DetectorRules rules() {
        return rules;
    }

    @Override
    public SetReport analyze(LandmarkFile file, String liftId, CameraView viewOrNull) {
        String lift = liftId != null ? liftId : file.lift();
        Set<String> warnings = new LinkedHashSet<>();
        CameraView view = viewOrNull != null ? viewOrNull : file.view();
        if (view == null) {
            warnings.add("the camera view is not given; judged as a side view");
            view = CameraView.SIDE;
        }
        if (lift == null) {
            warnings.add("the lift is not given; judged as a pull");
        } else if (!rules.knows(lift)) {
            warnings.add("no detector rules for '" + lift + "'; judged as a pull");
        }
        DetectorRules.Family family = rules.familyOf(lift);
        for (DetectorRules.MeasureRule m : family.measures()) {
            if (!m.judgedFrom(view)) {
                warnings.add(m.fault().displayName().toLowerCase(Locale.ROOT) + " is judged only from the "
                        + String.join(" or ", m.views()) + ", not from the " + view.id());
            }
        }
        int n = file.frames().size();
        if (n < 3) {
            warnings.add("too few frames to find reps");
            return new SetReport(lift, view, List.of(), List.copyOf(warnings));
        }
        Signals s = new Signals(file, view, rules.counting().minVisibility());
        DetectorRules.Counting c = rules.counting();
        int half = (int) Math.round(c.smoothingSeconds() * file.fps() / 2);
        double[] move = s.movement(family.signal());
        if (!fillGaps(move)) {
            warnings.add("the lifter's " + (family.signal() == DetectorRules.Signal.HIP_ANGLE ? "hips and knees" : "arms")
                    + " were not seen; no reps counted");
            return new SetReport(lift, view, List.of(), List.copyOf(warnings));
        }
        move = smooth(move, half);
        List<int[]> reps = countReps(move, family.signal(), file, c, warnings);
        int measureHalf = (int) Math.round(c.measureSmoothingSeconds() * file.fps() / 2);
        double[] earShoulder = prepared(s.earShoulder, measureHalf, warnings, "the ears or shoulders were not seen; shrugging is not judged");
        double[] lean = prepared(s.torsoLean, measureHalf, warnings, "the shoulders or hips were not seen; momentum is not judged");
        double[] kink = prepared(s.kink, measureHalf, warnings, "the head, shoulders or hips were not seen; rounding is not judged");
        List<SetReport.Rep> out = new ArrayList<>();
        if (reps.isEmpty()) {
            return new SetReport(lift, view, List.of(), List.copyOf(warnings));
        }
        int[] baseline = baselineWindow(file, reps.get(0), c.baselineSeconds());
        double earBase = earShoulder == null ? Double.NaN : median(earShoulder, baseline[0], baseline[1]);
        double kinkBase = kink == null ? Double.NaN : median(kink, baseline[0], baseline[1]);
        for (int r = 0; r < reps.size(); r++) {
            int a = reps.get(r)[0];
            int b = reps.get(r)[1];
            Map<String, SetReport.Measure> measures = new LinkedHashMap<>();
            Set<Fault> faults = EnumSet.noneOf(Fault.class);
            for (DetectorRules.MeasureRule m : family.measures()) {
                if (!m.judgedFrom(view)) {
                    continue;
                }
                double value;
                int peak;
                switch (m.kind()) {
                    case EAR_SHOULDER_DROP -> {
                        if (earShoulder == null || !(earBase > 0)) {
                            continue;
                        }
                        peak = argMin(earShoulder, a, b);
                        value = Math.max(0, 1 - earShoulder[peak] / earBase);
                    }
                    case TORSO_ANGLE_RANGE -> {
                        if (lean == null) {
                            continue;
                        }
                        int lo = argMin(lean, a, b);
                        int hi = argMax(lean, a, b);
                        value = lean[hi] - lean[lo];
                        peak = Math.abs(lean[hi] - lean[a]) >= Math.abs(lean[lo] - lean[a]) ? hi : lo;
                    }
                    case LEAN_BACK -> {
                        if (lean == null) {
                            continue;
                        }
                        peak = argMin(lean, a, b);
                        value = Math.max(0, -lean[peak]);
                    }
                    case SHOULDER_KINK -> {
                        if (kink == null || Double.isNaN(kinkBase)) {
                            continue;
                        }
                        peak = argMax(kink, a, b);
                        value = Math.max(0, kink[peak] - kinkBase);
                    }
                    default -> throw new IllegalStateException();
                }
                boolean flagged = value > m.threshold();
                if (flagged) {
                    faults.add(m.fault());
                }
                measures.put(m.name(), new SetReport.Measure(m.fault(), round(value, m.kind().unit().equals("fraction") ? 3 : 1),
                        m.threshold(), file.frames().get(peak).t(), flagged, m.estimate()));
            }
            out.add(new SetReport.Rep(r + 1, file.frames().get(a).t(), file.frames().get(b).t(), faults, measures));
        }
        return new SetReport(lift, view, out, List.copyOf(warnings));
    }

    /**
     * The movement the reps are counted on, per frame: 0 at the bottom of the lift's range, 1 at the top
     * (the same smoothed and scaled curve as the rep counter; can go a little past 0–1). Empty when the
     * lifter's arms or hips were not seen, or the movement is too small to count reps.
     */
    public java.util.Optional<double[]> progress(LandmarkFile file, String liftId, CameraView viewOrNull) {
        String lift = liftId != null ? liftId : file.lift();
        CameraView view = viewOrNull != null ? viewOrNull : file.view() != null ? file.view() : CameraView.SIDE;
        if (file.frames().size() < 3) {
            return java.util.Optional.empty();
        }
        DetectorRules.Family family = rules.familyOf(lift);
        DetectorRules.Counting c = rules.counting();
        double[] move = new Signals(file, view, c.minVisibility()).movement(family.signal());
        if (!fillGaps(move)) {
            return java.util.Optional.empty();
        }
        move = smooth(move, (int) Math.round(c.smoothingSeconds() * file.fps() / 2));
        double lo = percentile(move, 0.05);
        double hi = percentile(move, 0.95);
        if (hi - lo < c.minRangeDegrees()) {
            return java.util.Optional.empty();
        }
        double[] p = new double[move.length];
        for (int i = 0; i < p.length; i++) {
            double u = (move[i] - lo) / (hi - lo);
            p[i] = family.signal() == DetectorRules.Signal.HIP_ANGLE ? u : 1 - u;
        }
        return java.util.Optional.of(p);
    }

    // ---- reps ------------------------------------------------------------------------------------

    private static List<int[]> countReps(double[] move, DetectorRules.Signal signal, LandmarkFile file,
                                         DetectorRules.Counting c, Set<String> warnings) {
        double lo = percentile(move, 0.05);
        double hi = percentile(move, 0.95);
        if (hi - lo < c.minRangeDegrees()) {
            warnings.add(String.format(Locale.ROOT, "no reps found: the %s moved through only %.0f degrees",
                    signal == DetectorRules.Signal.HIP_ANGLE ? "hips" : signal == DetectorRules.Signal.SHOULDER_ANGLE ? "arms" : "elbows", hi - lo));
            return List.of();
        }
        int n = move.length;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (move[i] - lo) / (hi - lo);
            p[i] = signal == DetectorRules.Signal.HIP_ANGLE ? u : 1 - u;
        }
        List<int[]> reps = new ArrayList<>();
        final int unknown = 0;
        final int bottom = 1;
        final int between = 2;
        final int top = 3;
        int state = unknown;
        boolean armed = false;
        boolean reachedTop = false;
        int lastBottom = -1;
        int start = -1;
        int prevEnd = 0;
        for (int i = 0; i < n; i++) {
            if (p[i] <= c.bottomBelow()) {
                if (armed && reachedTop) {
                    // back at the bottom: the rep ends where the movement settles
                    int end = i;
                    while (end + 1 < n && p[end + 1] < p[end] - SETTLED) {
                        end++;
                    }
                    double seconds = file.frames().get(end).t() - file.frames().get(start).t();
                    if (seconds >= c.minRepSeconds()) {
                        reps.add(new int[] {start, end});
                        prevEnd = end;
                    }
                    reachedTop = false;
                }
                state = bottom;
                armed = true;
                lastBottom = i;
            } else if (p[i] >= c.topAbove()) {
                if (armed && !reachedTop) {
                    // the rep started where the movement left its resting place at the bottom
                    start = lastBottom;
                    while (start - 1 >= prevEnd && p[start - 1] < p[start] - SETTLED) {
                        start--;
                    }
                    reachedTop = true;
                }
                state = top;
            } else if (state != unknown) {
                state = between;
            }
        }
        return reps;
    }

    private static int[] baselineWindow(LandmarkFile file, int[] firstRep, double seconds) {
        List<LandmarkFile.Frame> f = file.frames();
        double t0 = f.get(firstRep[0]).t();
        double t1 = t0 + 0.05 * (f.get(firstRep[1]).t() - t0);
        int a = firstRep[0];
        while (a > 0 && f.get(a - 1).t() >= t0 - seconds) {
            a--;
        }
        int b = firstRep[0];
        while (b + 1 < f.size() && f.get(b + 1).t() <= t1) {
            b++;
        }
        return new int[] {a, b};
    }

    // ---- signal helpers --------------------------------------------------------------------------

    private static double[] prepared(double[] raw, int half, Set<String> warnings, String ifMissing) {
        double[] copy = raw.clone();
        if (!fillGaps(copy)) {
            warnings.add(ifMissing);
            return null;
        }
        return smooth(copy, half);
    }

    /** Bridges missing values (NaN) linearly; false when fewer than half the frames have a value. */
    static boolean fillGaps(double[] v) {
        int n = v.length;
        int seen = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                seen++;
            }
        }
        if (seen == 0 || seen * 2 < n) {
            return false;
        }
        int prev = -1;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            if (prev == -1) {
                Arrays.fill(v, 0, i, v[i]);
            } else if (i - prev > 1) {
                for (int k = prev + 1; k < i; k++) {
                    v[k] = v[prev] + (v[i] - v[prev]) * (k - prev) / (i - prev);
                }
            }
            prev = i;
        }
        Arrays.fill(v, prev + 1, n, v[prev]);
        return true;
    }

    /** A centred moving average over 2·half+1 frames (shorter at the ends). */
    static double[] smooth(double[] v, int half) {
        if (half <= 0) {
            return v;
        }
        int n = v.length;
        double[] out = new double[n];
        double sum = 0;
        int lo = 0;
        int hi = -1;
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(n - 1, i + half);
            while (hi < b) {
                sum += v[++hi];
            }
            while (lo < a) {
                sum -= v[lo++];
            }
            out[i] = sum / (hi - lo + 1);
        }
        return out;
    }

    static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.round(q * (s.length - 1))];
    }

    private static double median(double[] v, int a, int b) {
        return percentile(Arrays.copyOfRange(v, a, b + 1), 0.5);
    }

    private static int argMin(double[] v, int a, int b) {
        int best = a;
        for (int i = a; i <= b; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argMax(double[] v, int a, int b) {
        int best = a;
        for (int i = a; i <= b; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** The per-frame measurements, in pixels and degrees, NaN where a landmark was not seen. */
    private static final class Signals {
        final double[] torsoLean;
        final double[] earShoulder;
        final double[] kink;
        private final LandmarkFile file;
        private final CameraView view;
        private final double minVis;
        private final boolean right;
        private final double facing;

        Signals(LandmarkFile file, CameraView view, double minVis) {
            this.file = file;
            this.view = view;
            this.minVis = minVis;
            this.right = sideScore(file, true) >= sideScore(file, false);
            this.facing = view == CameraView.SIDE ? facing() : 1;
            int n = file.frames().size();
            torsoLean = new double[n];
            earShoulder = new double[n];
            kink = new double[n];
            double[] hip = new double[2];
            double[] sh = new double[2];
            double[] ear = new double[2];
            for (int i = 0; i < n; i++) {
                LandmarkFile.Frame f = file.frames().get(i);
                boolean okHip = point(f, Landmark.LEFT_HIP, Landmark.RIGHT_HIP, hip);
                boolean okSh = point(f, Landmark.LEFT_SHOULDER, Landmark.RIGHT_SHOULDER, sh);
                boolean okEar = point(f, Landmark.LEFT_EAR, Landmark.RIGHT_EAR, ear);
                double tx = sh[0] - hip[0];
                double ty = hip[1] - sh[1];
                torsoLean[i] = okHip && okSh ? Math.toDegrees(Math.atan2(facing * tx, ty)) : Double.NaN;
                double ex = ear[0] - sh[0];
                double ey = sh[1] - ear[1];
                if (!(okEar && okSh)) {
                    earShoulder[i] = Double.NaN;
                } else if (view == CameraView.SIDE) {
                    earShoulder[i] = Math.hypot(ex, ey);
                } else if (okHip) {
                    // from the front or back a lean foreshortens the neck and the torso alike: compare the two
                    double len2 = tx * tx + ty * ty;
                    earShoulder[i] = len2 > 0 ? (ex * tx + ey * ty) / len2 : Double.NaN;
                } else {
                    earShoulder[i] = ey;
                }
                if (okEar && okSh && okHip) {
                    double cross = tx * ey - ty * ex;
                    double dot = tx * ex + ty * ey;
                    kink[i] = -facing * Math.toDegrees(Math.atan2(cross, dot));
                } else {
                    kink[i] = Double.NaN;
                }
            }
        }

        /** The movement signal in degrees; for the arms, the arm that moves more. */
        double[] movement(DetectorRules.Signal signal) {
            return switch (signal) {
                case ELBOW_ANGLE -> moreMoving(angles(Landmark.LEFT_SHOULDER, Landmark.LEFT_ELBOW, Landmark.LEFT_WRIST),
                        angles(Landmark.RIGHT_SHOULDER, Landmark.RIGHT_ELBOW, Landmark.RIGHT_WRIST));
                case SHOULDER_ANGLE -> moreMoving(angles(Landmark.LEFT_HIP, Landmark.LEFT_SHOULDER, Landmark.LEFT_ELBOW),
                        angles(Landmark.RIGHT_HIP, Landmark.RIGHT_SHOULDER, Landmark.RIGHT_ELBOW));
                case HIP_ANGLE -> {
                    double[] l = angles(Landmark.LEFT_SHOULDER, Landmark.LEFT_HIP, Landmark.LEFT_KNEE);
                    double[] r = angles(Landmark.RIGHT_SHOULDER, Landmark.RIGHT_HIP, Landmark.RIGHT_KNEE);
                    yield right ? preferFirst(r, l) : preferFirst(l, r);
                }
            };
        }

        private static double[] preferFirst(double[] a, double[] b) {
            double[] out = a.clone();
            for (int i = 0; i < out.length; i++) {
                if (Double.isNaN(out[i])) {
                    out[i] = b[i];
                }
            }
            return out;
        }

        private static double[] moreMoving(double[] a, double[] b) {
            double ra = range(a);
            double rb = range(b);
            if (Double.isNaN(ra)) {
                return b;
            }
            if (Double.isNaN(rb)) {
                return a;
            }
            return ra >= rb ? a : b;
        }

        private static double range(double[] v) {
            double[] c = v.clone();
            if (!fillGaps(c)) {
                return Double.NaN;
            }
            return percentile(c, 0.95) - percentile(c, 0.05);
        }

        /** The angle at {@code b} between a and c, in degrees, per frame. */
        private double[] angles(Landmark a, Landmark b, Landmark c) {
            int n = file.frames().size();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                LandmarkFile.Frame f = file.frames().get(i);
                if (!seen(f, a) || !seen(f, b) || !seen(f, c)) {
                    out[i] = Double.NaN;
                    continue;
                }
                double ax = px(f, a) - px(f, b);
                double ay = py(f, a) - py(f, b);
                double cx = px(f, c) - px(f, b);
                double cy = py(f, c) - py(f, b);
                double la = Math.hypot(ax, ay);
                double lc = Math.hypot(cx, cy);
                out[i] = la == 0 || lc == 0 ? Double.NaN
                        : Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, (ax * cx + ay * cy) / (la * lc)))));
            }
            return out;
        }

        /** From the side: the chosen side's point (or the other's); from the front or back: the middle of both. */
        private boolean point(LandmarkFile.Frame f, Landmark left, Landmark rightL, double[] out) {
            boolean l = seen(f, left);
            boolean r = seen(f, rightL);
            if (view != CameraView.SIDE && l && r) {
                out[0] = (px(f, left) + px(f, rightL)) / 2;
                out[1] = (py(f, left) + py(f, rightL)) / 2;
                return true;
            }
            Landmark use = (right ? r : !l) ? rightL : left;
            if (!seen(f, use)) {
                return false;
            }
            out[0] = px(f, use);
            out[1] = py(f, use);
            return true;
        }

        private boolean seen(LandmarkFile.Frame f, Landmark l) {
            return f.visibility(l) >= minVis;
        }

        private double px(LandmarkFile.Frame f, Landmark l) {
            return f.x(l) * (double) file.width();
        }

        private double py(LandmarkFile.Frame f, Landmark l) {
            return f.y(l) * (double) file.height();
        }

        private static double sideScore(LandmarkFile file, boolean right) {
            Landmark[] ls = right
                    ? new Landmark[] {Landmark.RIGHT_EAR, Landmark.RIGHT_SHOULDER, Landmark.RIGHT_HIP, Landmark.RIGHT_ELBOW}
                    : new Landmark[] {Landmark.LEFT_EAR, Landmark.LEFT_SHOULDER, Landmark.LEFT_HIP, Landmark.LEFT_ELBOW};
            double s = 0;
            for (LandmarkFile.Frame f : file.frames()) {
                for (Landmark l : ls) {
                    s += f.visibility(l);
                }
            }
            return s;
        }

        /** +1 when the lifter faces the right of the picture: the nose ahead of the ear, or the toes ahead of the heel. */
        private double facing() {
            List<Double> d = new ArrayList<>();
            Landmark ear = right ? Landmark.RIGHT_EAR : Landmark.LEFT_EAR;
            Landmark heel = right ? Landmark.RIGHT_HEEL : Landmark.LEFT_HEEL;
            Landmark toe = right ? Landmark.RIGHT_FOOT_INDEX : Landmark.LEFT_FOOT_INDEX;
            for (LandmarkFile.Frame f : file.frames()) {
                if (seen(f, Landmark.NOSE) && seen(f, ear)) {
                    d.add(px(f, Landmark.NOSE) - px(f, ear));
                } else if (seen(f, heel) && seen(f, toe)) {
                    d.add(px(f, toe) - px(f, heel));
                }
            }
            if (d.isEmpty()) {
                return 1;
            }
            double[] arr = d.stream().mapToDouble(Double::doubleValue).toArray();
            return percentile(arr, 0.5) >= 0 ? 1 : -1;
        }
    }
}

package formcoach.video;

import java.util.List;
import java.util.Optional;

/**
 * Where each frame of a clip falls inside its rep, so a figure can show the same moment: for every
 * frame inside a counted rep, the part of the rep (the pull up to the top, the hold at the top, the
 * lower back down) and how far through that part it is (0–1).
 *
 * <p>The parts come from the lift's movement curve (the elbow, shoulder or hip angle scaled 0 at the
 * bottom to 1 at the top, as the rep counter sees it): the top is where the curve is within
 * {@link #TOP_BAND} of the rep's highest point, from the first to the last frame there. Inside the pull
 * and the lower, "how far" is how far the curve has come (a pause holds the figure where the lifter
 * is; it never runs backwards); inside the top it is the time spent there.
 */
public final class RepPhaseMap {
    /** The share of the rep's range below its peak that still counts as the top. */
    public static final double TOP_BAND = 0.1;

    /** The parts of a rep, in order. */
    public enum Part {
        PULL, TOP, LOWER
    }

    /**
     * One frame's place in its rep.
     *
     * @param rep  the rep's number (1 for the first)
     * @param part the part of the rep
     * @param at   how far through the part, 0–1
     */
    public record Moment(int rep, Part part, double at) {
        /**
         * The moment as a fraction 0–1 of a rep done at this tempo (seconds of pull, squeeze at the top,
         * and lower): the figure's rep phase.
         */
        public double fraction(double pull, double squeeze, double lower) {
            double into = switch (part) {
                case PULL -> at * pull;
                case TOP -> pull + at * squeeze;
                case LOWER -> pull + squeeze + at * lower;
            };
            double rep = pull + squeeze + lower;
            return rep <= 0 ? 0 : Math.max(0, Math.min(1, into / rep));
        }
    }

    private final Moment[] moments;

    private RepPhaseMap(Moment[] moments) {
        this.moments = moments;
    }

    /**
     * @param times    each frame's time in seconds, ascending
     * @param progress each frame's movement, 0 at the bottom to 1 at the top (same length as {@code times})
     * @param reps     the counted reps (their start and end times)
     */
    public static RepPhaseMap of(double[] times, double[] progress, List<SetReport.Rep> reps) {
        if (times.length != progress.length) {
            throw new IllegalArgumentException("one progress value per frame: " + times.length + " times, " + progress.length + " values");
        }
        int n = times.length;
        Moment[] out = new Moment[n];
        double slack = n > 1 ? (times[n - 1] - times[0]) / (n - 1) / 2 : 0;
        for (SetReport.Rep r : reps) {
            int a = 0;
            while (a < n && times[a] < r.start() - slack) {
                a++;
            }
            int b = n - 1;
            while (b >= 0 && times[b] > r.end() + slack) {
                b--;
            }
            if (a >= b) {
                continue;
            }
            map(progress, a, b, r.rep(), out);
        }
        return new RepPhaseMap(out);
    }

    private static void map(double[] p, int a, int b, int rep, Moment[] out) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = a; i <= b; i++) {
            peak = Math.max(peak, p[i]);
        }
        double floor = Math.min(p[a], p[b]);
        double top = peak - TOP_BAND * Math.max(0, peak - floor);
        int topStart = a;
        while (topStart < b && p[topStart] < top) {
            topStart++;
        }
        int topEnd = b;
        while (topEnd > topStart && p[topEnd] < top) {
            topEnd--;
        }
        double startLevel = p[a];
        double highest = startLevel;
        for (int i = a; i < topStart; i++) {
            highest = Math.max(highest, p[i]);
            out[i] = new Moment(rep, Part.PULL, share(highest - startLevel, top - startLevel));
        }
        for (int i = topStart; i <= topEnd; i++) {
            out[i] = new Moment(rep, Part.TOP, topEnd == topStart ? 1 : (double) (i - topStart) / (topEnd - topStart));
        }
        double endLevel = p[b];
        double lowest = top;
        for (int i = topEnd + 1; i <= b; i++) {
            lowest = Math.min(lowest, p[i]);
            out[i] = new Moment(rep, Part.LOWER, i == b ? 1 : share(top - lowest, top - endLevel));
        }
    }

    private static double share(double done, double whole) {
        if (!(whole > 0)) {
            return 1;
        }
        return Math.max(0, Math.min(1, done / whole));
    }

    /** Where frame {@code index} falls in its rep; empty outside the reps (the set-up, between reps, re-racking). */
    public Optional<Moment> at(int index) {
        return index < 0 || index >= moments.length ? Optional.empty() : Optional.ofNullable(moments[index]);
    }

    public int frames() {
        return moments.length;
    }
}

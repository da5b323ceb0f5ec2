package formcoach.paincheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The expected course of delayed muscle soreness: it builds over the first day, peaks between 24
 * and 72 hours after the session and is gone by day 5 (pain-check-rules.md §1). Gives the expected
 * severity band for a time since the session, and the ways a series of checks leaves that course.
 */
public final class SorenessCourse {
    public static final double PEAK_FROM_HOURS = 24;
    public static final double PEAK_TO_HOURS = 72;
    public static final double GONE_BY_HOURS = 120;

    private SorenessCourse() {
    }

    /** Expected severity (0-10) at a time since the session; none at all is always within it. */
    public record Band(double hoursSinceSession, int low, int high) {
        public boolean contains(int severity) {
            return severity >= low && severity <= high;
        }
    }

    /** How a check can fall outside the soreness course. Words for each are in advice.json ("course"). */
    public enum Deviation {
        /** stronger than soreness usually is at this point */
        ABOVE_EXPECTED,
        /** worse than the check before, after the 72-hour peak */
        RISING_AFTER_PEAK,
        /** 72 hours or more and not getting better */
        NOT_BETTER_BY_DAY_3,
        /** any pain left after day 5 */
        PAST_DAY_5
    }

    /** One check on the chart: hours since the session, severity and whether it was getting better. */
    public record Point(double hoursSinceSession, int severity, boolean improving) {
    }

    /** A point with the deviations found at it. */
    public record Assessed(Point point, Band expected, Set<Deviation> deviations) {
        public Assessed {
            deviations = deviations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(deviations));
        }

        public boolean outside() {
            return !deviations.isEmpty();
        }
    }

    public static Band expectedAt(double hoursSinceSession) {
        double h = Math.max(0, hoursSinceSession);
        int high;
        if (h < 6) {
            high = 2;
        } else if (h < PEAK_FROM_HOURS) {
            high = 5;
        } else if (h <= PEAK_TO_HOURS) {
            high = 6;
        } else if (h <= GONE_BY_HOURS) {
            high = 4;
        } else {
            high = 0;
        }
        return new Band(h, 0, high);
    }

    /** Assesses each point of a series (in time order) against the course and the point before it. */
    public static List<Assessed> assess(List<Point> series) {
        List<Assessed> out = new ArrayList<>();
        Point previous = null;
        for (Point p : series) {
            Band band = expectedAt(p.hoursSinceSession());
            Set<Deviation> d = EnumSet.noneOf(Deviation.class);
            if (!band.contains(p.severity())) {
                d.add(Deviation.ABOVE_EXPECTED);
            }
            if (p.hoursSinceSession() > PEAK_TO_HOURS && previous != null && p.severity() > previous.severity()) {
                d.add(Deviation.RISING_AFTER_PEAK);
            }
            if (p.hoursSinceSession() >= PEAK_TO_HOURS && !p.improving() && p.severity() > 0) {
                d.add(Deviation.NOT_BETTER_BY_DAY_3);
            }
            if (p.hoursSinceSession() > GONE_BY_HOURS && p.severity() > 0) {
                d.add(Deviation.PAST_DAY_5);
            }
            out.add(new Assessed(p, band, d));
            previous = p;
        }
        return out;
    }

    /** Exact hours since the session, when the session time is known. */
    public static double hoursSinceSession(PainCheckRecord check, Instant sessionTime) {
        return Duration.between(sessionTime, check.time()).toMinutes() / 60.0;
    }

    /**
     * An estimate when the session time is not known: the pain began {@code onsetHours} after the
     * session and {@code daysSinceOnset} whole days have passed since.
     */
    public static double estimatedHoursSinceSession(PainCheckRecord check) {
        return check.facts().onsetHours() + 24.0 * check.facts().daysSinceOnset();
    }

    /** The chart series for saved checks, using the session time when known (null: estimate). */
    public static List<Point> series(List<PainCheckRecord> checks, Instant sessionTimeOrNull) {
        return checks.stream().map(c -> new Point(sessionTimeOrNull == null ? estimatedHoursSinceSession(c)
                : hoursSinceSession(c, sessionTimeOrNull), c.facts().severity(), c.facts().improving())).toList();
    }
}

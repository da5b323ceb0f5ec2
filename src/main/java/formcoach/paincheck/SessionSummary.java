package formcoach.paincheck;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A training session as the pain checker sees it: when it ended, its name, the lifts done (names for
 * people, ids for the library's form hints), what kind it was and how long it took.
 *
 * @param time     when the session ended (hours since the session count from here)
 * @param kind     "warmup", "cooldown" or "custom" for a timer run, "plan" for a "before you lift" plan; may be empty
 * @param duration how long it took; {@link Duration#ZERO} when not known
 */
public record SessionSummary(Instant time, String title, List<String> lifts, List<String> liftIds, String kind, Duration duration) {
    public SessionSummary {
        Objects.requireNonNull(time, "time");
        title = title == null ? "" : title;
        lifts = lifts == null ? List.of() : List.copyOf(lifts);
        liftIds = liftIds == null ? List.of() : List.copyOf(liftIds);
        kind = kind == null ? "" : kind;
        duration = duration == null || duration.isNegative() ? Duration.ZERO : duration;
    }

    /** A session known only by its time, name and lift names (as the clinician report lists it). */
    public SessionSummary(Instant time, String title, List<String> lifts) {
        this(time, title, lifts, List.of(), "", Duration.ZERO);
    }
}

package formcoach.paincheck;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A training session as the clinician report shows it: when, its name and the lifts done. */
public record SessionSummary(Instant time, String title, List<String> lifts) {
    public SessionSummary {
        Objects.requireNonNull(time, "time");
        title = title == null ? "" : title;
        lifts = lifts == null ? List.of() : List.copyOf(lifts);
    }
}

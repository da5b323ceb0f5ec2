package formcoach.paincheck;

import formcoach.store.StoreException;
import formcoach.timer.SessionLog;
import formcoach.timer.SessionRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Sessions from the timer's record ({@code sessions.json}): each recorded warm-up, cool-down or
 * custom routine run, timed by when it ended. Timer routines list no library lifts, so there are
 * no form hints here; the library adds those.
 */
public final class TimerSessionLinks implements PainCheckLinks {
    private final SessionLog log;

    public TimerSessionLinks(SessionLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public List<SessionSummary> sessionsBetween(Instant from, Instant to) throws StoreException {
        return recordsBetween(from, to).stream().map(TimerSessionLinks::summary).toList();
    }

    /** The recorded runs that ended from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<SessionRecord> recordsBetween(Instant from, Instant to) throws StoreException {
        return log.all().stream()
                .filter(r -> r.endedAt() != null && !r.endedAt().isBefore(from) && r.endedAt().isBefore(to))
                .sorted(Comparator.comparing(SessionRecord::endedAt))
                .toList();
    }

    static SessionSummary summary(SessionRecord r) {
        String title = r.routineName() == null || r.routineName().isBlank() ? r.routineId() : r.routineName();
        return new SessionSummary(r.endedAt(), title, List.of(), List.of(),
                r.kind() == null ? "" : r.kind().id(), Duration.ofSeconds(Math.max(0, r.durationSeconds())));
    }
}

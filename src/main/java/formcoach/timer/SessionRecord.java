package formcoach.timer;

import java.time.Instant;

/**
 * One finished (or more than half done) run of a routine, kept in {@code sessions.json}. The
 * pain checker and the history read these.
 *
 * @param durationSeconds time from start to end without pauses
 * @param completed       the routine ran to its end (false: stopped after at least half of it)
 */
public record SessionRecord(String id, Instant startedAt, Instant endedAt, String routineId, String routineName,
                            RoutineKind kind, int stepsCompleted, int totalSteps, long durationSeconds, boolean completed)
        implements formcoach.store.StoredRecord {
    /** A stored session needs its id, its times and the routine it ran: history and the pain check read them. */
    @Override
    public String storeProblem() {
        if (id == null || id.isBlank()) {
            return "the session has no id";
        }
        if (startedAt == null || endedAt == null) {
            return "session '" + id + "' has no " + (startedAt == null ? "start" : "end") + " time";
        }
        if (routineId == null) {
            return "session '" + id + "' does not say which routine it ran";
        }
        return null;
    }
}

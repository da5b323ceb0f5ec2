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
                            RoutineKind kind, int stepsCompleted, int totalSteps, long durationSeconds, boolean completed) {
}

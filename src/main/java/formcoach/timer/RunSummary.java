package formcoach.timer;

/**
 * How far a run got, for the session record.
 *
 * @param routineId      the plan's routine id
 * @param routineName    its name
 * @param kind           its kind
 * @param stepsCompleted distinct steps whose work ran to its end (skipped steps do not count)
 * @param totalSteps     steps in the routine
 * @param workedNanos    time spent in work phases (not lead-ins, switches or pauses)
 * @param totalWorkNanos work time of the whole routine
 * @param activeNanos    time from start to end (or to now) minus pauses
 * @param completed      the run reached the end of the routine
 */
public record RunSummary(String routineId, String routineName, RoutineKind kind, int stepsCompleted, int totalSteps,
                         long workedNanos, long totalWorkNanos, long activeNanos, boolean completed) {
}

package formcoach.timer;

/**
 * Something that happened in the run, emitted in order by {@link TimerEngine#tick()} and the commands.
 *
 * @param type        what happened
 * @param dueNanos    when it was due on the monotonic clock: the ideal schedule, not the tick that noticed it
 * @param stepIndex   0-based step it belongs to
 * @param side        1 or 2
 * @param number      COUNTDOWN: seconds left (3, 2, 1); TEMPO_PHASE: the rep (1-based); otherwise 0
 * @param label       TEMPO_PHASE: "pull", "squeeze" or "lower"; otherwise null
 * @param interrupted STEP_END only: the step was left early (skip, back, restart, stop)
 */
public record CueEvent(CueType type, long dueNanos, int stepIndex, int side, int number, String label, boolean interrupted) {
}

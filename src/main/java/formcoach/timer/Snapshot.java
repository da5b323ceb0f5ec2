package formcoach.timer;

/**
 * What the timer screen shows, read from {@link TimerEngine#snapshot(long)}. One small record per
 * call; everything it points to already exists in the plan, so a frame costs one allocation that
 * escape analysis can usually remove.
 *
 * @param phase              READY, LEAD_IN, WORK, SWITCH_SIDES, DONE or STOPPED
 * @param stepIndex          0-based, always within 0..stepCount-1 (the last step once DONE)
 * @param stepCount          number of steps
 * @param side               1 or 2
 * @param sides              the current step's side count
 * @param label              tempo phase name ("pull", "squeeze", "lower") or null
 * @param rep                tempo rep (1-based) or 0
 * @param remainingNanos     time left in the current phase, never negative
 * @param phaseNanos         the current phase's full length (0 when READY, DONE or STOPPED)
 * @param stepProgress       0-1 through the current step's work and switch (0 during its lead-in)
 * @param routineProgress    0-1 through the whole plan's running time
 * @param totalRemainingNanos time left in the whole plan, lead-ins and pauses included
 * @param paused             paused by the person
 * @param current            the current step
 * @param next               the step after it, or null on the last step
 */
public record Snapshot(Phase phase, int stepIndex, int stepCount, int side, int sides, String label, int rep,
                       long remainingNanos, long phaseNanos, double stepProgress, double routineProgress,
                       long totalRemainingNanos, boolean paused, RoutineStep current, RoutineStep next) {

    /** Remaining time in the phase in milliseconds, rounded up (so 0 only when the phase is over). */
    public long remainingMs() {
        return ceilDiv(remainingNanos, 1_000_000L);
    }

    /** Remaining whole seconds as the big digits show them, rounded up: 2.1 s left shows 3. */
    public long remainingSecondsShown() {
        return ceilDiv(remainingNanos, 1_000_000_000L);
    }

    public boolean running() {
        return phase == Phase.LEAD_IN || phase == Phase.WORK || phase == Phase.SWITCH_SIDES;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}

package formcoach.timer;

/**
 * One timed piece of a {@link TimerPlan}: a lead-in, one side of a step, a switch pause or a tempo phase.
 *
 * @param phase     LEAD_IN, WORK or SWITCH_SIDES
 * @param stepIndex the step it belongs to
 * @param side      1 or 2
 * @param nanos     its length (&gt; 0)
 * @param label     a tempo phase's name ("pull"), else null
 * @param rep       a tempo phase's rep (1-based), else 0
 * @param countdown emit COUNTDOWN 3-2-1 over its last seconds
 * @param halfway   emit HALFWAY at its middle (when longer than 6 s)
 */
public record Segment(Phase phase, int stepIndex, int side, long nanos, String label, int rep,
                      boolean countdown, boolean halfway) {
    public Segment {
        if (phase != Phase.LEAD_IN && phase != Phase.WORK && phase != Phase.SWITCH_SIDES) {
            throw new IllegalArgumentException("a segment is a lead-in, work or switch, not " + phase);
        }
        if (nanos <= 0) {
            throw new IllegalArgumentException("segment length must be positive: " + nanos);
        }
    }
}

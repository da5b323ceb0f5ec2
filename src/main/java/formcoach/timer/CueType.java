package formcoach.timer;

/** The kinds of cue the engine emits; see {@link CueEvent}. */
public enum CueType {
    /** start() or restart(): a run begins */
    ROUTINE_START,
    /** a lead-in (3-2-1) before a step begins */
    LEAD_IN_START,
    /** the first work of a step begins (after its lead-in) */
    STEP_START,
    /** the second side of a two-sided step begins, after the switch pause */
    SIDE_START,
    /** a tempo phase begins (pull, squeeze, lower): {@code label} names it, {@code number} is the rep */
    TEMPO_PHASE,
    /** halfway through a work phase (only for phases longer than 6 s, so it never runs into the countdown) */
    HALFWAY,
    /** {@code number} seconds left (3, 2, 1) in a lead-in, work or switch phase */
    COUNTDOWN,
    /** the switch-sides pause begins */
    SWITCH_SIDES,
    /** a step is over: ran to its end, or {@code interrupted} by skip, back, restart or stop */
    STEP_END,
    /** the last step ended (or skip went past it): the run is finished */
    ROUTINE_END,
    /** stop() or restart() ended the run before its end */
    ROUTINE_STOPPED
}

package formcoach.timer;

/** Where the timer is. The screen gives each its own colour. */
public enum Phase {
    /** not started yet */
    READY,
    /** the 3-2-1 before a step */
    LEAD_IN,
    /** doing the step (one side of it for a two-sided step) */
    WORK,
    /** the short pause between the two sides of a step */
    SWITCH_SIDES,
    /** the routine ran to its end */
    DONE,
    /** stopped before the end */
    STOPPED
}

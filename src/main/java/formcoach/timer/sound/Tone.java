package formcoach.timer.sound;

/** The timer's tones; each sounds different so it can be told apart without looking. */
public enum Tone {
    /** a short high beep for each of the last three seconds */
    COUNTDOWN,
    /** a bright bell as a step (or its second side) begins */
    STEP_START,
    /** two quick low blips at the middle of a phase */
    HALFWAY,
    /** two falling notes: change sides */
    SWITCH_SIDES,
    /** a rising three-note chime of about 1.5 s: the routine is over */
    ROUTINE_END
}

package formcoach.ui;

/**
 * How one feature's view opens another without knowing its classes: the app shell implements it.
 */
public interface Navigator {
    /** Shows a section of the rail: "library", "timer", "paincheck" or "history". */
    void showSection(String sectionId);

    /** Opens an exercise's page in the library. */
    void openExercise(String exerciseId);

    /** Opens the pain check at its first question. */
    void startPainCheck();

    /** Opens the timer with a routine selected (or the picker, for null). */
    void openRoutine(String routineId);
}

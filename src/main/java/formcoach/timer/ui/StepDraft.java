package formcoach.timer.ui;

import formcoach.timer.RoutineStep;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One step as the editor holds it while it is typed: numbers are kept as the text in their fields,
 * so a half-typed or wrong value stays on screen with its message instead of being lost.
 */
final class StepDraft {
    final String exerciseId;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty seconds = new SimpleStringProperty("");
    final ObjectProperty<Integer> sides = new SimpleObjectProperty<>(1);
    final StringProperty reps = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty nameError = new SimpleStringProperty("");
    final StringProperty secondsError = new SimpleStringProperty("");
    final StringProperty sidesError = new SimpleStringProperty("");
    final StringProperty repsError = new SimpleStringProperty("");
    final StringProperty exerciseError = new SimpleStringProperty("");

    StepDraft(String exerciseId) {
        this.exerciseId = exerciseId;
    }

    static StepDraft of(RoutineStep s) {
        StepDraft d = new StepDraft(s.exerciseId());
        d.name.set(s.name() == null ? "" : s.name());
        d.seconds.set(Integer.toString(s.seconds()));
        d.sides.set(s.sides());
        d.reps.set(s.reps() == null ? "" : s.reps().toString());
        d.note.set(s.note() == null ? "" : s.note());
        return d;
    }

    /** The fields a change of which should re-check the routine. */
    Observable[] inputs() {
        return new Observable[] {name, seconds, sides, reps, note};
    }

    /** What the list cell shows: re-drawn when any of these change. */
    Observable[] shown() {
        return new Observable[] {name, seconds, sides, reps, nameError, secondsError, sidesError, repsError, exerciseError};
    }

    boolean hasProblem() {
        return !nameError.get().isEmpty() || !secondsError.get().isEmpty() || !sidesError.get().isEmpty()
                || !repsError.get().isEmpty() || !exerciseError.get().isEmpty();
    }

    void clearErrors() {
        nameError.set("");
        secondsError.set("");
        sidesError.set("");
        repsError.set("");
        exerciseError.set("");
    }
}

package formcoach.timer.ui;

import formcoach.timer.TimerExercises.ExerciseRef;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The tempo trainer's set-up: which lift, what tempo, how many reps. The view reads read-only
 * properties and picks a lift with {@link #pick}; the three fields the person types into (search,
 * tempo, reps) are plain properties, because their controls bind to them both ways.
 */
final class TempoModel {
    private final ObservableList<ExerciseRef> lifts = FXCollections.observableArrayList();
    private final ObservableList<ExerciseRef> liftsShown = FXCollections.unmodifiableObservableList(lifts);
    /** typed in the search field (two-way bound to it) */
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ExerciseRef> lift = new ReadOnlyObjectWrapper<>();
    /** typed in the tempo field (two-way bound to it); the interactor fills in a lift's own tempo */
    private final StringProperty tempo = new SimpleStringProperty("2-1-2");
    /** the reps spinner's value (two-way bound to it) */
    private final ObjectProperty<Integer> reps = new SimpleObjectProperty<>(8);
    private final ReadOnlyStringWrapper tempoError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper liftCue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper momentumCue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper planText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    /** The lifts the search finds (read-only; {@link #showLifts} changes them). */
    ObservableList<ExerciseRef> lifts() {
        return liftsShown;
    }

    /** The search over the lifts; writable because the search field binds to it both ways. */
    StringProperty queryProperty() {
        return query;
    }

    ReadOnlyObjectProperty<ExerciseRef> liftProperty() {
        return lift.getReadOnlyProperty();
    }

    /** The tempo as typed ("2-1-2"); writable because the tempo field binds to it both ways. */
    StringProperty tempoProperty() {
        return tempo;
    }

    /** How many reps; writable because the reps spinner binds to it both ways. */
    ObjectProperty<Integer> repsProperty() {
        return reps;
    }

    ReadOnlyStringProperty tempoErrorProperty() {
        return tempoError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty liftCueProperty() {
        return liftCue.getReadOnlyProperty();
    }

    ReadOnlyStringProperty momentumCueProperty() {
        return momentumCue.getReadOnlyProperty();
    }

    ReadOnlyStringProperty planTextProperty() {
        return planText.getReadOnlyProperty();
    }

    /** The set can start. */
    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** The person (or a restored set) picks a lift; null for none. */
    void pick(ExerciseRef e) {
        lift.set(e);
    }

    void showLifts(List<ExerciseRef> found) {
        lifts.setAll(found);
    }

    /** The picked lift's cues, shown beside the set-up. */
    void showCues(String cue, String momentum) {
        liftCue.set(cue);
        momentumCue.set(momentum);
    }

    void showTempoError(String message) {
        tempoError.set(message);
    }

    /** What the set will be, and whether it can start. */
    void showPlan(String text, boolean canStart) {
        planText.set(text);
        valid.set(canStart);
    }
}

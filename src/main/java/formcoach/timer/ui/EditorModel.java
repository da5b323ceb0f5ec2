package formcoach.timer.ui;

import formcoach.timer.RoutineKind;
import formcoach.timer.TimerExercises.ExerciseRef;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The routine editor's state: the routine being edited, its steps as typed, messages beside each field. */
final class EditorModel {
    /** id of the routine being edited; null for a new one */
    final StringProperty id = new SimpleStringProperty();
    final BooleanProperty readOnly = new SimpleBooleanProperty();
    final StringProperty heading = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<RoutineKind> kind = new SimpleObjectProperty<>(RoutineKind.CUSTOM);
    final StringProperty description = new SimpleStringProperty("");
    final ObservableList<StepDraft> steps = FXCollections.observableArrayList(StepDraft::shown);
    final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    final ObjectProperty<StepDraft> selectedStep = new SimpleObjectProperty<>();

    final StringProperty nameError = new SimpleStringProperty("");
    final StringProperty kindError = new SimpleStringProperty("");
    /** problems of the routine as a whole: no steps, too long */
    final StringProperty stepsError = new SimpleStringProperty("");
    final StringProperty totalText = new SimpleStringProperty("");
    final BooleanProperty valid = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** a save that failed, or why nothing can be saved */
    final StringProperty message = new SimpleStringProperty("");

    /** the exercise picker for "Add step" */
    final BooleanProperty adding = new SimpleBooleanProperty();
    final StringProperty filter = new SimpleStringProperty("");
    final ObservableList<ExerciseRef> library = FXCollections.observableArrayList();

    /** Cancel was pressed with unsaved edits: "Discard your changes?" is on show */
    final BooleanProperty confirmingDiscard = new SimpleBooleanProperty();

    final BooleanBinding canSave = valid.and(readOnly.not()).and(busy.not());
    final BooleanBinding editable = readOnly.not().and(busy.not());
}

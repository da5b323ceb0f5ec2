package formcoach.timer.ui;

import formcoach.timer.RoutineKind;
import formcoach.timer.TimerExercises.ExerciseRef;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * The routine editor's state: the routine being edited, its steps as typed, messages beside each field.
 * The view reads read-only properties; the interactor and controller change them through the named
 * commands below. The fields the person types into (name, kind, description, the "Add step" search)
 * are plain properties, because their controls bind to them both ways; so are a step's own fields
 * ({@link StepDraft}).
 */
final class EditorModel {
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    /** typed in the name field (two-way bound to it) */
    private final StringProperty name = new SimpleStringProperty("");
    /** chosen in the kind box (two-way bound to it) */
    private final ObjectProperty<RoutineKind> kind = new SimpleObjectProperty<>(RoutineKind.CUSTOM);
    /** typed in the description area (two-way bound to it) */
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<StepDraft> steps = FXCollections.observableArrayList(StepDraft::shown);
    private final ObservableList<StepDraft> stepsShown = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<StepDraft> selectedStep = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();
    /** typed in the "Add step" search (two-way bound to it) */
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ExerciseRef> library = FXCollections.observableArrayList();
    private final ObservableList<ExerciseRef> libraryShown = FXCollections.unmodifiableObservableList(library);

    private final ReadOnlyBooleanWrapper confirmingDiscard = new ReadOnlyBooleanWrapper();

    private final BooleanBinding canSave = valid.and(readOnly.not()).and(busy.not());
    private final BooleanBinding editable = readOnly.not().and(busy.not());

    // ------------------------------------------------------------------ what the view reads

    /** Id of the routine being edited; null for a new one. */
    ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** A built-in routine: shown, not changed. */
    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The routine's name; writable because the name field binds to it both ways. */
    StringProperty nameProperty() {
        return name;
    }

    /** Writable because the kind box binds to it both ways. */
    ObjectProperty<RoutineKind> kindProperty() {
        return kind;
    }

    /** Writable because the description area binds to it both ways. */
    StringProperty descriptionProperty() {
        return description;
    }

    /** The steps as typed, in order (read-only; the commands below change the order). */
    ObservableList<StepDraft> steps() {
        return stepsShown;
    }

    ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StepDraft> selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty kindErrorProperty() {
        return kindError.getReadOnlyProperty();
    }

    /** Problems of the routine as a whole: no steps, too long. */
    ReadOnlyStringProperty stepsErrorProperty() {
        return stepsError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A save that failed, or why nothing can be saved. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The exercise picker for "Add step" is open. */
    ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    /** The "Add step" search; writable because its field binds to it both ways. */
    StringProperty filterProperty() {
        return filter;
    }

    /** What the "Add step" search finds. */
    ObservableList<ExerciseRef> library() {
        return libraryShown;
    }

    /** Cancel was pressed with unsaved edits: "Discard your changes?" is on show. */
    ReadOnlyBooleanProperty confirmingDiscardProperty() {
        return confirmingDiscard.getReadOnlyProperty();
    }

    BooleanBinding canSave() {
        return canSave;
    }

    BooleanBinding editable() {
        return editable;
    }

    // ------------------------------------------------------------------ commands

    /** A routine was opened (id null for a new one). */
    void open(String routineId, boolean builtin, String title) {
        id.set(routineId);
        readOnly.set(builtin);
        heading.set(title);
    }

    void showSteps(List<StepDraft> drafts) {
        steps.setAll(drafts);
    }

    void insertStep(int at, StepDraft d) {
        steps.add(at, d);
    }

    void removeStep(int at) {
        steps.remove(at);
    }

    /** The selected step (index -1 and null for none). */
    void showSelected(int index, StepDraft step) {
        selectedIndex.set(index);
        selectedStep.set(step);
    }

    /** The routine's own problems, each under its field; "" for none. */
    void showRoutineErrors(String nameProblem, String kindProblem, String stepsProblem) {
        nameError.set(nameProblem);
        kindError.set(kindProblem);
        stepsError.set(stepsProblem);
    }

    /** Whether the routine can be saved, and its total time ("" while it cannot). */
    void showCheck(boolean ok, String total) {
        valid.set(ok);
        totalText.set(total);
    }

    void setBusy(boolean value) {
        busy.set(value);
    }

    void tell(String text) {
        message.set(text);
    }

    void openAdd() {
        adding.set(true);
    }

    void closeAdd() {
        adding.set(false);
    }

    void showLibrary(List<ExerciseRef> found) {
        library.setAll(found);
    }

    void askDiscard() {
        confirmingDiscard.set(true);
    }

    void dismissDiscard() {
        confirmingDiscard.set(false);
    }
}

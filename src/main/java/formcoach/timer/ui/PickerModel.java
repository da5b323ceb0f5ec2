package formcoach.timer.ui;

import formcoach.timer.RoutineKind;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The routine picker's state: the list, the selected routine's steps, messages and sound settings.
 * The view reads read-only properties; the interactor and controller change them through the named
 * commands below. The four sound settings are plain properties because their controls (slider,
 * check boxes, spinner) bind to them both ways.
 */
final class PickerModel {
    /** One routine in the list. */
    record RoutineRow(String id, String name, RoutineKind kind, boolean builtin, String totalText, boolean valid) {
    }

    /** One step of the selected routine. */
    record StepLine(int number, String name, String time, String reps, String cue) {
    }

    enum MessageKind { INFO, ERROR }

    private final ObservableList<RoutineRow> routines = FXCollections.observableArrayList();
    private final ObservableList<RoutineRow> routinesShown = FXCollections.unmodifiableObservableList(routines);
    private final ReadOnlyObjectWrapper<RoutineRow> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<StepLine> stepsShown = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind = new ReadOnlyObjectWrapper<>(MessageKind.INFO);
    private final ReadOnlyStringWrapper confirmDelete = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** a routine to list first and select (the sore-back mobility routine after a sore pain check), and why */
    private final ReadOnlyStringWrapper firstChoice = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper firstReason = new ReadOnlyStringWrapper("");

    /** the sound settings: two-way bound to their controls */
    private final DoubleProperty volume = new SimpleDoubleProperty(80);
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final BooleanProperty voice = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> leadIn = new SimpleObjectProperty<>(3);

    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanBinding canStart = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().valid() && !busy.get(), selected, busy);
    private final BooleanBinding canChange = Bindings.createBooleanBinding(
            () -> selected.get() != null && !selected.get().builtin() && !busy.get(), selected, busy);

    // ------------------------------------------------------------------ what the view reads

    ObservableList<RoutineRow> routines() {
        return routinesShown;
    }

    ReadOnlyObjectProperty<RoutineRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected routine's steps. */
    ObservableList<StepLine> steps() {
        return stepsShown;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** Why the selected routine cannot run (a stored routine that no longer passes the rules). */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    /** Non-empty while asking whether to delete. */
    ReadOnlyStringProperty confirmDeleteProperty() {
        return confirmDelete.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The routine to list first and select, or null. */
    ReadOnlyStringProperty firstChoiceProperty() {
        return firstChoice.getReadOnlyProperty();
    }

    /** Why that routine comes first; "" when none does. */
    ReadOnlyStringProperty firstReasonProperty() {
        return firstReason.getReadOnlyProperty();
    }

    /** Volume 0-100; writable because the slider binds to it both ways. */
    DoubleProperty volumeProperty() {
        return volume;
    }

    /** Writable because the "Mute" check box binds to it both ways. */
    BooleanProperty mutedProperty() {
        return muted;
    }

    /** Writable because the "Say the names" check box binds to it both ways. */
    BooleanProperty voiceProperty() {
        return voice;
    }

    /** Lead-in seconds; writable because the spinner binds to it both ways. */
    ObjectProperty<Integer> leadInProperty() {
        return leadIn;
    }

    BooleanBinding hasSelection() {
        return hasSelection;
    }

    BooleanBinding canStart() {
        return canStart;
    }

    BooleanBinding canChange() {
        return canChange;
    }

    // ------------------------------------------------------------------ commands

    void markLoaded() {
        loaded.set(true);
    }

    /** The list of routines and which one is selected (set again, so a re-selection is seen). */
    void showRoutines(List<RoutineRow> rows, RoutineRow pick) {
        routines.setAll(rows);
        selected.set(null);
        selected.set(pick);
    }

    /** The person picked a routine in the list: any earlier message goes. */
    void select(RoutineRow row) {
        selected.set(row);
        message.set("");
    }

    /** The selected routine's details; all empty when nothing is selected. */
    void showDetails(String name, String text, List<StepLine> lines) {
        confirmDelete.set("");
        title.set(name);
        description.set(text);
        steps.setAll(lines);
    }

    /** How long the routine takes, or why it cannot run (one of the two is empty). */
    void showTotal(String total, String why) {
        totalText.set(total);
        problem.set(why);
    }

    void tell(String text, MessageKind kind) {
        message.set(text);
        messageKind.set(kind);
    }

    void clearMessage() {
        message.set("");
    }

    void askDelete(String question) {
        confirmDelete.set(question);
    }

    void cancelDelete() {
        confirmDelete.set("");
    }

    /** List this routine first and select it, saying why (null and "" for none). */
    void putFirst(String routineId, String reason) {
        firstChoice.set(routineId);
        firstReason.set(reason == null ? "" : reason);
    }

    void setBusy(boolean value) {
        busy.set(value);
    }
}

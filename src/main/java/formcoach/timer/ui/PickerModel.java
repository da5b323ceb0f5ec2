package formcoach.timer.ui;

import formcoach.timer.RoutineKind;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The routine picker's state: the list, the selected routine's steps, messages and sound settings. */
final class PickerModel {
    /** One routine in the list. */
    record RoutineRow(String id, String name, RoutineKind kind, boolean builtin, String totalText, boolean valid) {
    }

    /** One step of the selected routine. */
    record StepLine(int number, String name, String time, String reps, String cue) {
    }

    enum MessageKind { INFO, ERROR }

    final ObservableList<RoutineRow> routines = FXCollections.observableArrayList();
    final ObjectProperty<RoutineRow> selected = new SimpleObjectProperty<>();
    final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty totalText = new SimpleStringProperty("");
    /** why the selected routine cannot run (a stored routine that no longer passes the rules) */
    final StringProperty problem = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<MessageKind> messageKind = new SimpleObjectProperty<>(MessageKind.INFO);
    /** non-empty while asking whether to delete */
    final StringProperty confirmDelete = new SimpleStringProperty("");
    final BooleanProperty loaded = new SimpleBooleanProperty();
    /** a routine to list first and select (the sore-back mobility routine after a sore pain check), and why */
    final StringProperty firstChoice = new SimpleStringProperty();
    final StringProperty firstReason = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();

    final DoubleProperty volume = new SimpleDoubleProperty(80);
    final BooleanProperty muted = new SimpleBooleanProperty();
    final BooleanProperty voice = new SimpleBooleanProperty();
    final ObjectProperty<Integer> leadIn = new SimpleObjectProperty<>(3);

    final BooleanBinding hasSelection = selected.isNotNull();
    final BooleanBinding canStart = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().valid() && !busy.get(), selected, busy);
    final BooleanBinding canChange = Bindings.createBooleanBinding(
            () -> selected.get() != null && !selected.get().builtin() && !busy.get(), selected, busy);
}

package formcoach.library.ui;

import formcoach.library.Category;
import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Level;
import formcoach.library.Muscle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import java.util.EnumMap;
import java.util.Map;

/**
 * The custom-exercise form: one property per field of the exercise schema, the validation messages
 * by form field, and which fields the person has touched (their messages show inline).
 *
 * <p>Form field keys: {@code name}, {@code aliases}, {@code category}, {@code equipment}, {@code level},
 * {@code muscles.primary}, {@code muscles.secondary}, {@code summary}, {@code cue}, {@code setup},
 * {@code execution}, {@code breathing}, {@code tempo} and {@code SHRUGGING.fix}-style keys for the faults.
 */
final class ExerciseFormModel {
    /** The optional entry for one fault. */
    static final class FaultFields {
        final BooleanProperty enabled = new SimpleBooleanProperty();
        final StringProperty looksLike = new SimpleStringProperty("");
        final StringProperty feelsLike = new SimpleStringProperty("");
        final StringProperty whyItHurts = new SimpleStringProperty("");
        final StringProperty fix = new SimpleStringProperty("");
        final StringProperty cue = new SimpleStringProperty("");
        final StringProperty selfCheck = new SimpleStringProperty("");
        /** id of the easier exercise, "" for none */
        final StringProperty regression = new SimpleStringProperty("");
    }

    final StringProperty title = new SimpleStringProperty("New exercise");
    /** "" while the exercise is new (the library makes an id from the name). */
    final StringProperty id = new SimpleStringProperty("");
    /** The exercise being edited or copied: its mistakes and pictures, which the form does not show, are kept. */
    final ObjectProperty<Exercise> base = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty aliases = new SimpleStringProperty("");
    final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    final ObservableList<Equipment> equipment = FXCollections.observableArrayList();
    final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    final ObservableList<Muscle> primary = FXCollections.observableArrayList();
    final ObservableList<Muscle> secondary = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty cue = new SimpleStringProperty("");
    final StringProperty setup = new SimpleStringProperty("");
    final StringProperty execution = new SimpleStringProperty("");
    final StringProperty breathing = new SimpleStringProperty("");
    final StringProperty tempo = new SimpleStringProperty("");
    final Map<Fault, FaultFields> faults = new EnumMap<>(Fault.class);

    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final ObservableSet<String> touched = FXCollections.observableSet();
    final BooleanProperty saving = new SimpleBooleanProperty();
    final StringProperty saveError = new SimpleStringProperty("");
    final BooleanBinding canSave = Bindings.isEmpty(errors).and(saving.not());

    ExerciseFormModel() {
        for (Fault f : Fault.values()) {
            faults.put(f, new FaultFields());
        }
    }
}

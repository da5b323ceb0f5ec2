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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 * <p>The form's own fields are plain writable properties (and lists), each bound both ways to its
 * control: that is what a form is. Everything else (title, the exercise being edited, the messages,
 * which fields were touched, saving) is read-only to the view and changed through the named commands
 * below.
 *
 * <p>Form field keys: {@code name}, {@code aliases}, {@code category}, {@code equipment}, {@code level},
 * {@code muscles.primary}, {@code muscles.secondary}, {@code summary}, {@code cue}, {@code setup},
 * {@code execution}, {@code breathing}, {@code tempo} and {@code SHRUGGING.fix}-style keys for the faults.
 */
final class ExerciseFormModel {
    /** The optional entry for one fault: each field bound both ways to its control. */
    static final class FaultFields {
        private final BooleanProperty enabled = new SimpleBooleanProperty();
        private final StringProperty looksLike = new SimpleStringProperty("");
        private final StringProperty feelsLike = new SimpleStringProperty("");
        private final StringProperty whyItHurts = new SimpleStringProperty("");
        private final StringProperty fix = new SimpleStringProperty("");
        private final StringProperty cue = new SimpleStringProperty("");
        private final StringProperty selfCheck = new SimpleStringProperty("");
        /** id of the easier exercise, "" for none */
        private final StringProperty regression = new SimpleStringProperty("");

        BooleanProperty enabledProperty() {
            return enabled;
        }

        StringProperty looksLikeProperty() {
            return looksLike;
        }

        StringProperty feelsLikeProperty() {
            return feelsLike;
        }

        StringProperty whyItHurtsProperty() {
            return whyItHurts;
        }

        StringProperty fixProperty() {
            return fix;
        }

        StringProperty cueProperty() {
            return cue;
        }

        StringProperty selfCheckProperty() {
            return selfCheck;
        }

        /** Id of the easier exercise, "" for none. */
        StringProperty regressionProperty() {
            return regression;
        }
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("New exercise");
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Exercise> base = new ReadOnlyObjectWrapper<>();

    // the form's fields, bound both ways to their controls
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty aliases = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObservableList<Equipment> equipment = FXCollections.observableArrayList();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final ObservableList<Muscle> primary = FXCollections.observableArrayList();
    private final ObservableList<Muscle> secondary = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty cue = new SimpleStringProperty("");
    private final StringProperty setup = new SimpleStringProperty("");
    private final StringProperty execution = new SimpleStringProperty("");
    private final StringProperty breathing = new SimpleStringProperty("");
    private final StringProperty tempo = new SimpleStringProperty("");
    private final Map<Fault, FaultFields> faults = new EnumMap<>(Fault.class);

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> errorsShown = FXCollections.unmodifiableObservableMap(errors);
    private final ObservableSet<String> touched = FXCollections.observableSet();
    private final ObservableSet<String> touchedShown = FXCollections.unmodifiableObservableSet(touched);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave = Bindings.isEmpty(errors).and(saving.not());

    ExerciseFormModel() {
        for (Fault f : Fault.values()) {
            faults.put(f, new FaultFields());
        }
    }

    // ------------------------------------------------------------------ what the view reads

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "" while the exercise is new (the library makes an id from the name). */
    ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** The exercise being edited or copied: its mistakes and pictures, which the form does not show, are kept. */
    ReadOnlyObjectProperty<Exercise> baseProperty() {
        return base.getReadOnlyProperty();
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty aliasesProperty() {
        return aliases;
    }

    ObjectProperty<Category> categoryProperty() {
        return category;
    }

    ObservableList<Equipment> equipment() {
        return equipment;
    }

    ObjectProperty<Level> levelProperty() {
        return level;
    }

    ObservableList<Muscle> primary() {
        return primary;
    }

    ObservableList<Muscle> secondary() {
        return secondary;
    }

    StringProperty summaryProperty() {
        return summary;
    }

    StringProperty cueProperty() {
        return cue;
    }

    StringProperty setupProperty() {
        return setup;
    }

    StringProperty executionProperty() {
        return execution;
    }

    StringProperty breathingProperty() {
        return breathing;
    }

    StringProperty tempoProperty() {
        return tempo;
    }

    FaultFields fault(Fault f) {
        return faults.get(f);
    }

    /** The validation messages by form field (read-only; {@link #showErrors} changes them). */
    ObservableMap<String, String> errors() {
        return errorsShown;
    }

    /** The fields the person has touched: their messages show inline (read-only; see {@link #touch}). */
    ObservableSet<String> touched() {
        return touchedShown;
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    BooleanBinding canSave() {
        return canSave;
    }

    // ------------------------------------------------------------------ commands

    /** A new, edited or copied exercise opens; {@code original} is null for a new one. */
    void open(String heading, String exerciseId, Exercise original) {
        title.set(heading);
        id.set(exerciseId);
        base.set(original);
    }

    /** The messages now: those no longer true go, the rest are added or replaced (a quiet update). */
    void showErrors(Map<String, String> now) {
        errors.keySet().retainAll(now.keySet());
        errors.putAll(now);
    }

    void touch(String key) {
        touched.add(key);
    }

    void touchAll(java.util.Collection<String> keys) {
        touched.addAll(keys);
    }

    void untouch(String key) {
        touched.remove(key);
    }

    /** A fresh form shows no complaints yet. */
    void untouchAll() {
        touched.clear();
    }

    void startSaving() {
        saving.set(true);
    }

    void saved() {
        saving.set(false);
    }

    void saveFailed(String message) {
        saving.set(false);
        saveError.set(message);
    }

    void clearSaveError() {
        saveError.set("");
    }
}

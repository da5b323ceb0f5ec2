package formcoach.timer.ui;

import formcoach.timer.TimerExercises.ExerciseRef;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tempo trainer's set-up: which lift, what tempo, how many reps. */
final class TempoModel {
    final ObservableList<ExerciseRef> lifts = FXCollections.observableArrayList();
    /** what is typed in the search over the lifts */
    final StringProperty query = new SimpleStringProperty("");
    final ObjectProperty<ExerciseRef> lift = new SimpleObjectProperty<>();
    final StringProperty tempo = new SimpleStringProperty("2-1-2");
    final ObjectProperty<Integer> reps = new SimpleObjectProperty<>(8);
    final StringProperty tempoError = new SimpleStringProperty("");
    final StringProperty liftCue = new SimpleStringProperty("");
    final StringProperty momentumCue = new SimpleStringProperty("");
    final StringProperty planText = new SimpleStringProperty("");
    final BooleanProperty valid = new SimpleBooleanProperty();
}

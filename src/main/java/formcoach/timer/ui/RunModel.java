package formcoach.timer.ui;

import formcoach.timer.Phase;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the timer screen shows. Written by {@link RunInteractor}, read by {@link RunViewBuilder}. */
final class RunModel {
    final StringProperty routineName = new SimpleStringProperty("");
    final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.READY);
    final BooleanProperty paused = new SimpleBooleanProperty();
    /** the big clock face of the current phase, "0:42" */
    final StringProperty digits = new SimpleStringProperty("0:00");
    /** "Get ready", "Go", "Switch sides", "Done"; in a tempo set "PULL", "SQUEEZE", "LOWER" */
    final StringProperty phaseWord = new SimpleStringProperty("");
    /** above the step name: "Get ready for", "Now", "Switch sides", "Paused" */
    final StringProperty infoHeading = new SimpleStringProperty("");
    final StringProperty stepCounter = new SimpleStringProperty("");
    final StringProperty stepName = new SimpleStringProperty("");
    final StringProperty stepCue = new SimpleStringProperty("");
    final StringProperty stepDetail = new SimpleStringProperty("");
    /** "Left side · 1 of 2"; empty for one-sided steps */
    final StringProperty sideText = new SimpleStringProperty("");
    final StringProperty nextName = new SimpleStringProperty("");
    final StringProperty nextCue = new SimpleStringProperty("");
    final StringProperty totalLeft = new SimpleStringProperty("");
    /** 0-1, updated every frame (the ring) */
    final DoubleProperty stepProgress = new SimpleDoubleProperty();
    /** 0-1, updated every frame (the bar) */
    final DoubleProperty routineProgress = new SimpleDoubleProperty();
    final BooleanProperty muted = new SimpleBooleanProperty();
    final BooleanProperty confirmingStop = new SimpleBooleanProperty();
    /** done or stopped: the summary shows */
    final BooleanProperty finished = new SimpleBooleanProperty();
    final StringProperty summaryTitle = new SimpleStringProperty("");
    final StringProperty summaryText = new SimpleStringProperty("");
    final StringProperty recordText = new SimpleStringProperty("");

    final BooleanProperty tempoMode = new SimpleBooleanProperty();
    /** "Rep 3 of 8" in a tempo set */
    final StringProperty repText = new SimpleStringProperty("");
    final StringProperty momentumCue = new SimpleStringProperty("");

    /** goes up by one on every phase change; the view flashes on it */
    final IntegerProperty phaseChanges = new SimpleIntegerProperty();
    /** goes up by one on each of the last three seconds of a phase; the view pulses its edges */
    final IntegerProperty countdowns = new SimpleIntegerProperty();
    /** goes up by one at halfway through a long enough step; the view shows "Halfway" */
    final IntegerProperty halfways = new SimpleIntegerProperty();
    /** full screen (F11): the clock fills the screen */
    final BooleanProperty bigClock = new SimpleBooleanProperty();
    /** "Sound is off: …" when the timer cannot be heard; empty otherwise */
    final StringProperty soundNotice = new SimpleStringProperty("");
    /** the next step's library exercise id ("" when none): its figure shows in "next up" */
    final StringProperty nextExerciseId = new SimpleStringProperty("");
}

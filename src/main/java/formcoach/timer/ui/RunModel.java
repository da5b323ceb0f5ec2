package formcoach.timer.ui;

import formcoach.timer.Phase;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What the timer screen shows. The view reads it through read-only properties; {@link RunInteractor}
 * (and, for the window's own state, {@link RunController}) change it through the named commands below,
 * each of which sets what belongs together.
 */
final class RunModel {
    private final ReadOnlyStringWrapper routineName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper phaseWord = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper infoHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCounter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sideText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextCue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper stepProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper routineProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper confirmingStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summaryTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper tempoMode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper repText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper momentumCue = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper phaseChanges = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper countdowns = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper halfways = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper bigClock = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper soundNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextExerciseId = new ReadOnlyStringWrapper("");

    // ------------------------------------------------------------------ what the view reads

    public ReadOnlyStringProperty routineNameProperty() {
        return routineName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** The big clock face of the current phase, "0:42". */
    public ReadOnlyStringProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    /** "Get ready", "Go", "Switch sides", "Done"; in a tempo set "PULL", "SQUEEZE", "LOWER". */
    public ReadOnlyStringProperty phaseWordProperty() {
        return phaseWord.getReadOnlyProperty();
    }

    /** Above the step name: "Get ready for", "Now", "Switch sides", "Paused". */
    public ReadOnlyStringProperty infoHeadingProperty() {
        return infoHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCounterProperty() {
        return stepCounter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepNameProperty() {
        return stepName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCueProperty() {
        return stepCue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepDetailProperty() {
        return stepDetail.getReadOnlyProperty();
    }

    /** "Left side · 1 of 2"; empty for one-sided steps. */
    public ReadOnlyStringProperty sideTextProperty() {
        return sideText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextNameProperty() {
        return nextName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextCueProperty() {
        return nextCue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalLeftProperty() {
        return totalLeft.getReadOnlyProperty();
    }

    /** 0-1, updated every frame (the ring). */
    public ReadOnlyDoubleProperty stepProgressProperty() {
        return stepProgress.getReadOnlyProperty();
    }

    /** 0-1, updated every frame (the bar). */
    public ReadOnlyDoubleProperty routineProgressProperty() {
        return routineProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    /** "Stop the routine?" is on show. */
    public ReadOnlyBooleanProperty confirmingStopProperty() {
        return confirmingStop.getReadOnlyProperty();
    }

    /** Done or stopped: the summary shows. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTitleProperty() {
        return summaryTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** Whether and how the run went into the history. */
    public ReadOnlyStringProperty recordTextProperty() {
        return recordText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tempoModeProperty() {
        return tempoMode.getReadOnlyProperty();
    }

    /** "Rep 3 of 8" in a tempo set. */
    public ReadOnlyStringProperty repTextProperty() {
        return repText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty momentumCueProperty() {
        return momentumCue.getReadOnlyProperty();
    }

    /** Goes up by one on every phase change; the view flashes on it. */
    public ReadOnlyIntegerProperty phaseChangesProperty() {
        return phaseChanges.getReadOnlyProperty();
    }

    /** Goes up by one on each of the last three seconds of a phase; the view pulses its edges. */
    public ReadOnlyIntegerProperty countdownsProperty() {
        return countdowns.getReadOnlyProperty();
    }

    /** Goes up by one at halfway through a long enough step; the view shows "Halfway". */
    public ReadOnlyIntegerProperty halfwaysProperty() {
        return halfways.getReadOnlyProperty();
    }

    /** Full screen (F11): the clock fills the screen. */
    public ReadOnlyBooleanProperty bigClockProperty() {
        return bigClock.getReadOnlyProperty();
    }

    /** "Sound is off: …" when the timer cannot be heard; empty otherwise. */
    public ReadOnlyStringProperty soundNoticeProperty() {
        return soundNotice.getReadOnlyProperty();
    }

    /** The next step's library exercise id, "" when none. */
    public ReadOnlyStringProperty nextExerciseIdProperty() {
        return nextExerciseId.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands (interactor and controller)

    /** A new run: its name and kind; the summary and any stop question go. */
    void beginRun(String name, boolean tempoSet, String momentum) {
        routineName.set(name);
        tempoMode.set(tempoSet);
        momentumCue.set(momentum == null ? "" : momentum);
        finished.set(false);
        confirmingStop.set(false);
        summaryTitle.set("");
        summaryText.set("");
        recordText.set("");
    }

    /** The ring and the bar, every frame. */
    void showProgress(double step, double routine) {
        stepProgress.set(step);
        routineProgress.set(routine);
    }

    /** What changes with the shown second or a pause. */
    void showTime(String clockFace, String totalLeftText, boolean isPaused, String heading) {
        digits.set(clockFace);
        totalLeft.set(totalLeftText);
        paused.set(isPaused);
        infoHeading.set(heading);
    }

    /** What changes with the phase: the step, its side and what comes next. */
    void showStep(Phase p, String counter, String name, String cue, String detail, String side, String word) {
        phase.set(p);
        stepCounter.set(counter);
        stepName.set(name);
        stepCue.set(cue);
        stepDetail.set(detail);
        sideText.set(side);
        phaseWord.set(word);
    }

    void showNext(String name, String cue) {
        nextName.set(name);
        nextCue.set(cue);
    }

    /** The next step's library exercise id ("" when none): its figure shows in "next up". */
    void showNextExercise(String exerciseId) {
        nextExerciseId.set(exerciseId == null ? "" : exerciseId);
    }

    void showRep(String text) {
        repText.set(text);
    }

    /** The phase changed: the view flashes. */
    void flashPhase() {
        phaseChanges.set(phaseChanges.get() + 1);
    }

    /** One of the last three seconds began: the view pulses. */
    void countDown() {
        countdowns.set(countdowns.get() + 1);
    }

    /** Halfway through a long step: the view says so. */
    void markHalfway() {
        halfways.set(halfways.get() + 1);
    }

    void askStop() {
        confirmingStop.set(true);
    }

    void dismissStop() {
        confirmingStop.set(false);
    }

    /** The run is over: the summary with its title and text. */
    void finish(String title, String text, String record) {
        confirmingStop.set(false);
        finished.set(true);
        summaryTitle.set(title);
        summaryText.set(text);
        recordText.set(record);
    }

    /** What happened to the run's record (saved, not saved and why). */
    void showRecord(String text) {
        recordText.set(text);
    }

    void showMuted(boolean value) {
        muted.set(value);
    }

    void showBigClock(boolean value) {
        bigClock.set(value);
    }

    /** The sound notice follows the app's sound hub. */
    void followSoundNotice(ObservableValue<String> notice) {
        soundNotice.bind(notice);
    }
}

package formcoach.timer.ui;

import formcoach.timer.MonotonicClock;

import java.util.Objects;

/**
 * What the timer screens take from outside besides the app context: the monotonic clock the engine
 * runs on, the sound outputs and the file dialogs. The app uses {@link #system()}; tests swap in a
 * fake clock, silent sound and fixed files.
 *
 * @param runTicker drive the engine from an AnimationTimer (tests that step a fake clock may turn it off)
 */
record TimerUiOptions(MonotonicClock clock, SoundFactory sound, FilePicker files, boolean runTicker) {
    TimerUiOptions {
        Objects.requireNonNull(clock);
        Objects.requireNonNull(sound);
        Objects.requireNonNull(files);
    }

    static TimerUiOptions system() {
        return new TimerUiOptions(MonotonicClock.system(), SoundFactory.SYSTEM, FilePicker.DIALOGS, true);
    }
}

package formcoach.ui;

import formcoach.store.JsonStore;
import formcoach.store.Settings;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What every feature view may use from the shell: the data folder, the wall clock, a background
 * executor, the settings, notices and navigation. Views never call the store themselves; their
 * interactors do, on {@link #executor()}.
 */
public interface UiContext {
    JsonStore store();

    Clock clock();

    /** Background executor for loading and saving; never the FX thread. */
    Executor executor();

    <T> CompletableFuture<T> inBackground(Supplier<T> work);

    /** Runs {@link BackgroundTask}s: the work on {@link #executor()}, the callbacks on the FX thread. */
    default TaskExecutor tasks() {
        return new FxTaskExecutor(executor());
    }

    ReadOnlyObjectProperty<Settings> settingsProperty();

    Settings settings();

    /** Applies at once, saves in the background; a failed save becomes a notice. */
    void updateSettings(UnaryOperator<Settings> change);

    Notices notices();

    Navigator navigator();

    /** False when the data folder cannot be written: views say nothing will be saved. */
    boolean storeWritable();
}

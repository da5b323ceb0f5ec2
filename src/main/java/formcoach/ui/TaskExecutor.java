package formcoach.ui;

import java.util.concurrent.CompletableFuture;

/** Runs {@link BackgroundTask}s: the work off the FX thread, the callbacks on it. */
public interface TaskExecutor {
    /** Starts the task; the future completes with its value (or error) after its callbacks have run. */
    <T> CompletableFuture<T> execute(BackgroundTask<T> task);
}

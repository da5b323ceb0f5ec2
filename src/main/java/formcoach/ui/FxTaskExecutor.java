package formcoach.ui;

import javafx.application.Platform;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The app's task executor: the work on a background executor, every callback on the FX thread
 * ({@code onRunning} at once when called from it).
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final Executor background;

    public FxTaskExecutor(Executor background) {
        this.background = Objects.requireNonNull(background);
    }

    @Override
    public <T> CompletableFuture<T> execute(BackgroundTask<T> task) {
        CompletableFuture<T> done = new CompletableFuture<>();
        onFx(() -> {
            task.running();
            try {
                background.execute(() -> {
                    T value;
                    try {
                        value = task.call();
                    } catch (Throwable e) {
                        onFx(() -> {
                            try {
                                task.failed(e);
                            } finally {
                                done.completeExceptionally(BackgroundTask.unwrap(e));
                            }
                        });
                        return;
                    }
                    onFx(() -> {
                        try {
                            task.succeeded(value);
                        } finally {
                            done.complete(value);
                        }
                    });
                });
            } catch (RuntimeException rejected) {
                // the executor is shut down (the window is closing): say so the same way as a failure
                task.failed(rejected);
                done.completeExceptionally(rejected);
            }
        });
        return done;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}

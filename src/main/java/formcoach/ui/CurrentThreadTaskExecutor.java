package formcoach.ui;

import java.util.concurrent.CompletableFuture;

/**
 * The same-thread twin of {@link FxTaskExecutor} for tests (after JabRef's
 * {@code CurrentThreadTaskExecutor}): the work and every callback run at once on the caller's
 * thread, so a test sees the outcome as soon as {@code execute} returns, with no toolkit.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> CompletableFuture<T> execute(BackgroundTask<T> task) {
        task.running();
        T value;
        try {
            value = task.call();
        } catch (Throwable e) {
            task.failed(e);
            return CompletableFuture.failedFuture(BackgroundTask.unwrap(e));
        }
        task.succeeded(value);
        return CompletableFuture.completedFuture(value);
    }
}

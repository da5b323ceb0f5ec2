package formcoach.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Work for off the FX thread, with what to do with its result or error back on it (after JabRef's
 * {@code BackgroundTask}). Build one, then run it with a {@link TaskExecutor}: {@link FxTaskExecutor}
 * in the app, {@link CurrentThreadTaskExecutor} in tests.
 *
 * <pre>
 * BackgroundTask.of(() -> interactor.save(job))
 *         .onSuccess(interactor::applySaved)
 *         .onFailure(e -> interactor.applySaveFailed(BackgroundTask.message(e)))
 *         .executeWith(ctx.tasks());
 * </pre>
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Work that returns a value; checked exceptions are delivered to {@link #onFailure}. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work with no value. */
    public static BackgroundTask<Void> run(ThrowingRunnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Runs on the FX thread before the work starts (e.g. show "busy"). */
    public BackgroundTask<T> onRunning(Runnable r) {
        this.onRunning = Objects.requireNonNull(r);
        return this;
    }

    /** Runs on the FX thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        this.onSuccess = Objects.requireNonNull(c);
        return this;
    }

    /** Runs on the FX thread with the error (already unwrapped from CompletionException and the like). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = Objects.requireNonNull(c);
        return this;
    }

    /** Runs on the FX thread after success or failure (e.g. clear "busy"). */
    public BackgroundTask<T> onFinished(Runnable r) {
        this.onFinished = Objects.requireNonNull(r);
        return this;
    }

    /** Hands the task to an executor; the future completes with the work's value once the callbacks have run. */
    public CompletableFuture<T> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    // -------------------------------------------------------------- for executors

    /** Calls the work on the current thread. */
    public T call() throws Exception {
        return work.call();
    }

    void running() {
        onRunning.run();
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(unwrap(error));
        } finally {
            onFinished.run();
        }
    }

    /** The real error inside CompletionException / ExecutionException wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** The error's own message for a person, or its kind when it has none. */
    public static String message(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "you may not write to " + a.getFile() + ". Pick another folder.";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "the folder for " + n.getFile() + " does not exist. Pick another folder.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

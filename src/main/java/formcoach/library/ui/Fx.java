package formcoach.library.ui;

import formcoach.library.LibraryException;
import formcoach.store.StoreException;
import formcoach.ui.BackgroundTask;
import formcoach.ui.FxTaskExecutor;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs core calls on the background executor and hands the result back on the FX thread (through the shared {@link BackgroundTask}). */
final class Fx {
    private Fx() {
    }

    static <T> CompletableFuture<T> background(Executor executor, Callable<T> work, Consumer<T> onDone,
                                               Consumer<Throwable> onFailure) {
        return BackgroundTask.of(work).onSuccess(onDone).onFailure(onFailure).executeWith(new FxTaskExecutor(executor));
    }

    static void later(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** A sentence for a person: the core's own message when it wrote one, else what kind of failure it was. */
    static String message(Throwable error) {
        Throwable e = unwrap(error);
        String m = e.getMessage();
        if (e instanceof LibraryException || e instanceof StoreException) {
            return Texts.sentence(m == null ? "Something went wrong." : m);
        }
        return "Something went wrong (" + e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + ").";
    }
}

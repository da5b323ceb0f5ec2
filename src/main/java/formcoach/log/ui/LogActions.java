package formcoach.log.ui;

import formcoach.log.LogBook;
import formcoach.log.Session;
import formcoach.store.StoreException;
import formcoach.ui.UiContext;
import javafx.application.Platform;

import java.util.Optional;
import java.util.function.Consumer;

/** Runs a change to the log off the FX thread and reports back on it; a failure becomes the model's message. */
final class LogActions {
    @FunctionalInterface
    interface Work<T> {
        T run(LogBook book) throws Exception;
    }

    private final UiContext ctx;
    private final LogModel model;

    LogActions(UiContext ctx, LogModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    <T> void run(Work<T> work, Consumer<T> done) {
        run(work, done, msg -> model.showMessage(msg));
    }

    <T> void run(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        ctx.executor().execute(() -> {
            try {
                T result = work.run(book);
                Platform.runLater(() -> {
                    done.accept(result);
                    model.changed();
                });
            } catch (StoreException e) {
                Platform.runLater(() -> failed.accept("Not saved: " + e.getMessage()));
            } catch (Exception e) {
                Platform.runLater(() -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    /** Puts a session back as it was before the last change (or removes it when it was new). */
    void undo() {
        LogModel.Undo u = model.undo().pollFirst();
        if (u == null) {
            model.showMessage("Nothing to undo.");
            return;
        }
        run(book -> {
            Optional<Session> before = u.before();
            if (before.isPresent()) {
                if (!before.get().id().equals(u.idAfter())) {
                    book.log().delete(u.idAfter());
                }
                book.log().save(before.get());
            } else {
                book.log().delete(u.idAfter());
            }
            return u;
        }, x -> model.showMessage("Undone: " + u.label() + "."));
    }
}

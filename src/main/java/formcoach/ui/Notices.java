package formcoach.ui;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages the person should see about their data or the app's content: a file that was moved
 * aside, a broken asset, a folder that cannot be written, sound that is off. Safe to call from any
 * thread; the list itself is only touched on the FX thread.
 */
public final class Notices {
    public enum Kind { INFO, WARNING, ERROR }

    public record Notice(Kind kind, String text) {
    }

    private final ObservableList<Notice> items = FXCollections.observableArrayList();
    /** Notices posted before the toolkit started (while settings load in parallel with it). */
    private final List<Notice> early = new ArrayList<>();

    /** The live list; call on the FX thread. */
    public ObservableList<Notice> items() {
        synchronized (early) {
            early.forEach(this::add);
            early.clear();
        }
        return items;
    }

    public void post(Kind kind, String text) {
        Notice n = new Notice(kind, text);
        if (Platform.isFxApplicationThread()) {
            add(n);
            return;
        }
        try {
            Platform.runLater(() -> add(n));
        } catch (IllegalStateException toolkitNotStarted) {
            synchronized (early) {
                early.add(n);
            }
        }
    }

    private void add(Notice n) {
        if (!items.contains(n)) {
            items.add(n);
        }
    }

    public void dismiss(Notice n) {
        items.remove(n);
    }
}

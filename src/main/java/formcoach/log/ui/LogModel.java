package formcoach.log.ui;

import formcoach.log.LogBook;
import formcoach.log.Session;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What the Log section shows: the loaded log (null until loaded), the day being entered, a change
 * counter the panes refresh on, the last message, and the undo history (a session as it was before
 * each change: empty for one that did not exist). The panes read it through read-only properties and
 * change it through the named commands.
 */
final class LogModel {
    /** One undo step: the session's id after the change, and what it was before (empty: it was new). */
    record Undo(String label, String idAfter, Optional<Session> before) {
    }

    private final ReadOnlyObjectWrapper<LogBook> book = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Deque<Undo> undo = new ArrayDeque<>();

    ReadOnlyObjectProperty<LogBook> bookProperty() {
        return book.getReadOnlyProperty();
    }

    LogBook book() {
        return book.get();
    }

    void setBook(LogBook b) {
        book.set(b);
        changed();
    }

    ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** The day being entered. */
    void showDay(LocalDate d) {
        day.set(d);
    }

    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    void changed() {
        changes.set(changes.get() + 1);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the last action did or why it did not, or "". */
    void showMessage(String text) {
        message.set(text);
    }

    Deque<Undo> undo() {
        return undo;
    }
}

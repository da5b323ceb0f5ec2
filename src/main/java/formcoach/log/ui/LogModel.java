package formcoach.log.ui;

import formcoach.log.LogBook;
import formcoach.log.Session;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What the Log section shows: the loaded log (null until loaded), the day being entered, a change
 * counter the panes refresh on, the last message, and the undo history (a session as it was before
 * each change: empty for one that did not exist).
 */
final class LogModel {
    /** One undo step: the session's id after the change, and what it was before (empty: it was new). */
    record Undo(String label, String idAfter, Optional<Session> before) {
    }

    private final ObjectProperty<LogBook> book = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final StringProperty message = new SimpleStringProperty("");
    private final Deque<Undo> undo = new ArrayDeque<>();

    ReadOnlyObjectProperty<LogBook> bookProperty() {
        return book;
    }

    LogBook book() {
        return book.get();
    }

    void setBook(LogBook b) {
        book.set(b);
        changed();
    }

    ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    void changed() {
        changes.set(changes.get() + 1);
    }

    StringProperty messageProperty() {
        return message;
    }

    Deque<Undo> undo() {
        return undo;
    }
}

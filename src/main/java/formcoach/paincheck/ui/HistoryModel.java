package formcoach.paincheck.ui;

import formcoach.paincheck.Level;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Screen state of History: the merged list of checks and sessions, the selection, its chart and result. */
public final class HistoryModel {

    public enum State { LOADING, EMPTY, READY }

    /**
     * One line of the list: a pain check (level set) or a session (level null).
     *
     * @param id       the check's id, or "session-" and its time for a session
     * @param mistake  a check the person marked as entered by mistake (shown struck through)
     */
    public record Row(String id, Instant time, String date, Level level, String chip, String title, String detail, boolean mistake) {
        public Row(String id, Instant time, String date, Level level, String chip, String title, String detail) {
            this(id, time, date, level, chip, title, detail, false);
        }

        public boolean isCheck() {
            return level != null;
        }
    }

    /** A check on the chart: days since the session, severity, and why it is outside the course ("" if it is not). */
    public record ChartPoint(String checkId, double days, int severity, String outside, String tip) {
        public boolean isOutside() {
            return !outside.isEmpty();
        }
    }

    /** The chart for one episode: points in time order, the axis length and what "day 0" is. */
    public record ChartView(String title, String subtitle, List<ChartPoint> points, double maxDays) {
        public ChartView {
            points = List.copyOf(points);
        }
    }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartView> chart = new SimpleObjectProperty<>();
    private final ObjectProperty<ResultView> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty exportStatus = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notAsked = new SimpleStringProperty("");
    private final ObjectProperty<Row> pendingDelete = new SimpleObjectProperty<>();
    private final StringProperty changeStatus = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty canUndo = new javafx.beans.property.SimpleBooleanProperty(false);

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** Checks and sessions, newest first. */
    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The chart of the selected check's episode (or the latest), null when there are no checks. */
    public ObjectProperty<ChartView> chartProperty() {
        return chart;
    }

    /** The selected check's result shown again; null for a session or nothing selected. */
    public ObjectProperty<ResultView> detailProperty() {
        return detail;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty exportStatusProperty() {
        return exportStatus;
    }

    /** For a check that stopped at an emergency answer: the questions it never asked, in words; else "". */
    public StringProperty notAskedProperty() {
        return notAsked;
    }

    /** The check waiting for "Delete" to be confirmed, or null. */
    public ObjectProperty<Row> pendingDeleteProperty() {
        return pendingDelete;
    }

    /** What the last mark or delete did ("Deleted the check of …"), or why it failed; "" when nothing to say. */
    public StringProperty changeStatusProperty() {
        return changeStatus;
    }

    /** True while the last mark or delete can be undone. */
    public javafx.beans.property.BooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** Why something could not be read or shown, or "". */
    public StringProperty problemProperty() {
        return problem;
    }
}

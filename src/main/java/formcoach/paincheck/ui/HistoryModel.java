package formcoach.paincheck.ui;

import formcoach.paincheck.Level;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Screen state of History: the merged list of checks and sessions, the selection, its chart and result.
 * The view reads it through read-only properties; the interactor and controller change it through the
 * named commands below. Only the PDF dates stay writable: the view's date pickers edit them in place.
 */
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

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Row> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartView> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ResultView> detail = new ReadOnlyObjectWrapper<>();
    // writable: the PDF date pickers bind to these both ways
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    // writable: the PDF date pickers bind to these both ways
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notAsked = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Row> pendingDelete = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper changeStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);

    // ------------------------------------------------------------------ what the view reads

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Checks and sessions, newest first. */
    public ObservableList<Row> rows() {
        return rowsShown;
    }

    public ReadOnlyObjectProperty<Row> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The chart of the selected check's episode (or the latest), null when there are no checks. */
    public ReadOnlyObjectProperty<ChartView> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The selected check's result shown again; null for a session or nothing selected. */
    public ReadOnlyObjectProperty<ResultView> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The first day of the PDF's range; writable because the view's date picker binds to it both ways. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day of the PDF's range; writable because the view's date picker binds to it both ways. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** For a check that stopped at an emergency answer: the questions it never asked, in words; else "". */
    public ReadOnlyStringProperty notAskedProperty() {
        return notAsked.getReadOnlyProperty();
    }

    /** The check waiting for "Delete" to be confirmed, or null. */
    public ReadOnlyObjectProperty<Row> pendingDeleteProperty() {
        return pendingDelete.getReadOnlyProperty();
    }

    /** What the last mark or delete did ("Deleted the check of …"), or why it failed; "" when nothing to say. */
    public ReadOnlyStringProperty changeStatusProperty() {
        return changeStatus.getReadOnlyProperty();
    }

    /** True while the last mark or delete can be undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Why something could not be read or shown, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands (interactor and controller)

    /** Why something could not be read or shown, or "". */
    void showProblem(String text) {
        problem.set(text);
    }

    /** The merged list, newest first, and whether there is anything to show. */
    void showRows(List<Row> newestFirst) {
        rows.setAll(newestFirst);
        state.set(newestFirst.isEmpty() ? State.EMPTY : State.READY);
    }

    /** The PDF range as loaded: the first day only when none is chosen yet, the last day always. */
    void offerRange(LocalDate first, LocalDate last) {
        if (from.get() == null) {
            from.set(first);
        }
        to.set(last);
    }

    /** The selected line; the export line clears. */
    void select(Row row) {
        selected.set(row);
        exportStatus.set("");
    }

    /** What the selected line shows: the never-asked questions and the result again (null for a session). */
    void showDetail(String notAskedWords, ResultView result) {
        notAsked.set(notAskedWords);
        detail.set(result);
    }

    /** The chart of an episode, or null when there are no checks. */
    void showChart(ChartView episode) {
        chart.set(episode);
    }

    /** The check waiting for "Delete" to be confirmed, or null when none is. */
    void awaitDelete(Row row) {
        pendingDelete.set(row);
    }

    /** What the last mark or delete did (or why it failed), and whether it can be undone. */
    void showChange(String text, boolean undoable) {
        changeStatus.set(text);
        canUndo.set(undoable);
    }

    /** A change has started: "Saving…". */
    void showChangeStatus(String text) {
        changeStatus.set(text);
    }

    /** Where the PDF is being or was saved, or why it could not be. */
    void showExportStatus(String text) {
        exportStatus.set(text);
    }
}

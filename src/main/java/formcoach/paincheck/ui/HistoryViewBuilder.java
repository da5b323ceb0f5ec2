package formcoach.paincheck.ui;

import formcoach.paincheck.ui.HistoryModel.ChartView;
import formcoach.paincheck.ui.HistoryModel.Row;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import formcoach.ui.FullText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/**
 * History: checks and sessions merged by time on the left; on the right the soreness-course chart
 * of the selected check's episode and its result again; PDF export for a check or a date range.
 */
public final class HistoryViewBuilder implements Builder<Region> {

    /** What History's buttons do; the controller supplies them. */
    public record Actions(Consumer<Row> select, Consumer<String> selectCheck, Runnable exportSelected, Runnable exportRange,
                          Runnable startCheck, Consumer<String> openExercise) {
    }

    /** Marking, deleting and undoing; the controller runs them in the background. */
    public record Changes(Runnable toggleMistake, Runnable requestDelete, Runnable confirmDelete, Runnable cancelDelete, Runnable undo) {
    }

    static final String HISTORY_STYLESHEET = formcoach.ui.Stylesheets.of(HistoryViewBuilder.class, "/formcoach/paincheck/ui/history.css");

    private final HistoryModel model;
    private final Actions actions;
    private final Changes changes;
    private final BorderPane root = new BorderPane();
    private final ListView<Row> list = new ListView<>();
    private final CourseChart chart;
    private final VBox chartCard = new VBox(6);
    private final VBox detail = new VBox(16);
    private Node content;

    public HistoryViewBuilder(HistoryModel model, Actions actions, Changes changes) {
        this.model = model;
        this.actions = actions;
        this.changes = changes;
        this.chart = new CourseChart(actions.selectCheck());
    }

    @Override
    public Region build() {
        root.getStyleClass().add("pain-history");
        root.getStylesheets().addAll(PainCheckViewBuilder.STYLESHEET, HISTORY_STYLESHEET);
        root.setId("history-root");
        // Ctrl+Z undoes the last mark or delete wherever the focus is in History
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.Z && model.canUndoProperty().get()) {
                changes.undo().run();
                e.consume();
            }
        });
        root.setTop(createHeader());
        content = createContent();
        model.stateProperty().addListener((o, a, b) -> showState());
        showState();
        return root;
    }

    private void showState() {
        root.setCenter(switch (model.stateProperty().get()) {
            case LOADING -> createLoading();
            case EMPTY -> createEmpty();
            case READY -> content;
        });
    }

    private Node createHeader() {
        Label title = new Label("History");
        title.getStyleClass().add("title-1");
        Label sub = new Label("Your pain checks and sessions, newest first. Pick a check to see its result again.");
        sub.getStyleClass().add("text-muted");
        sub.setWrapText(true);
        Label problem = PainCheckViewBuilder.wrap("");
        problem.setId("history-problem");
        problem.getStyleClass().add("danger-text");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox box = new VBox(4, title, sub, problem, createConfirmBar(), createUndoBar());
        box.setPadding(new Insets(20, 24, 12, 24));
        return box;
    }

    /** "Delete the check of …? [Delete] [Keep it]": shown while a delete waits for confirmation. */
    private Node createConfirmBar() {
        Label text = PainCheckViewBuilder.wrap("");
        text.setId("delete-confirm-text");
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Row r = model.pendingDeleteProperty().get();
            return r == null ? "" : "Delete the check of " + r.date() + " for good? It is removed from your history; "
                    + "you can undo straight after. (To keep it but leave it out of the chart and the PDF, mark it as a mistake instead.)";
        }, model.pendingDeleteProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button delete = new Button("_Delete");
        delete.setId("confirm-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> changes.confirmDelete().run());
        Button keep = new Button("_Keep it");
        keep.setId("cancel-delete");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.setOnAction(e -> {
            changes.cancelDelete().run();
            list.requestFocus();
        });
        HBox bar = new HBox(10, new FontIcon("mdi2d-delete-alert-outline"), text, delete, keep);
        bar.getStyleClass().add("history-confirm");
        bar.setId("delete-confirm");
        bar.managedProperty().bind(model.pendingDeleteProperty().isNotNull());
        bar.visibleProperty().bind(bar.managedProperty());
        bar.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                changes.cancelDelete().run();
                list.requestFocus();
                e.consume();
            }
        });
        // the confirm button takes the focus, so Delete then Enter (or Space) deletes and Esc keeps it; at
        // once, not later, for an Enter typed right after Delete may already be queued (the bar is shown
        // by now: its visibility is bound to the same property)
        model.pendingDeleteProperty().addListener((o, a, b) -> {
            if (b != null) {
                delete.requestFocus();
            }
        });
        return bar;
    }

    /** What the last mark or delete did, with Undo while it can be undone. */
    private Node createUndoBar() {
        Label text = PainCheckViewBuilder.wrap("");
        text.setId("history-change-status");
        text.textProperty().bind(model.changeStatusProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button("_Undo (Ctrl+Z)");
        undo.setId("undo-change");
        undo.setOnAction(e -> changes.undo().run());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.managedProperty().bind(model.canUndoProperty());
        undo.visibleProperty().bind(undo.managedProperty());
        HBox bar = new HBox(10, text, undo);
        bar.getStyleClass().add("history-undo");
        bar.setId("undo-bar");
        bar.managedProperty().bind(model.changeStatusProperty().isNotEmpty());
        bar.visibleProperty().bind(bar.managedProperty());
        return bar;
    }

    private Node createLoading() {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        VBox box = new VBox(12, p, new Label("Loading your history…"));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node createEmpty() {
        FontIcon icon = new FontIcon("mdi2h-history");
        icon.getStyleClass().add("empty-icon");
        Label head = new Label("Nothing here yet");
        head.getStyleClass().add("title-3");
        Label text = PainCheckViewBuilder.wrap("Your pain checks appear here once you have made one, with the sessions you "
                + "did with the timer. A chart then shows how the pain follows the usual course of soreness.");
        text.setMaxWidth(520);
        text.setId("history-empty");
        Button start = new Button("Start a pain check");
        start.setId("history-start-check");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> actions.startCheck().run());
        VBox box = new VBox(12, icon, head, text, start);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(48, 24, 24, 24));
        return box;
    }

    private Node createContent() {
        list.setId("history-list");
        list.getStyleClass().add("history-list");
        list.setItems(model.rows());
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label("No checks or sessions."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row != model.selectedProperty().get()) {
                actions.select().accept(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> {
            if (row != list.getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(row);
                    list.scrollTo(row);
                }
            }
        });
        model.rows().addListener((ListChangeListener<Row>) c -> {
            Row sel = model.selectedProperty().get();
            if (sel != null) {
                list.getSelectionModel().select(sel);
            }
        });
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Row sel = model.selectedProperty().get();
            if (sel == null || !sel.isCheck() || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE) {
                changes.requestDelete().run();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.M) {
                changes.toggleMistake().run();
                e.consume();
            }
        });
        list.setContextMenu(createRowMenu());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(12, list, createRangeExport());
        left.setPadding(new Insets(0, 8, 16, 24));
        left.setMinWidth(240);
        left.setPrefWidth(320);
        left.setMaxWidth(360);

        createChartCard();
        model.chartProperty().addListener((o, a, c) -> updateChart(c));
        updateChart(model.chartProperty().get());
        model.detailProperty().addListener((o, a, d) -> updateDetail());
        model.selectedProperty().addListener((o, a, d) -> updateDetail());
        updateDetail();
        Label status = PainCheckViewBuilder.wrap("");
        status.setId("history-export-status");
        status.textProperty().bind(model.exportStatusProperty());
        status.managedProperty().bind(model.exportStatusProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        VBox right = new VBox(18, chartCard, status, detail);
        right.setPadding(new Insets(0, 24, 24, 16));
        right.setMaxWidth(900);
        StackPane centre = new StackPane(right);
        StackPane.setAlignment(right, Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("history-detail-scroll");

        SplitPane split = new SplitPane(left, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getStyleClass().add("history-split");
        split.setDividerPositions(0.34);
        return split;
    }

    /** Right-click on a check: the same mark and delete as the buttons and keys. */
    private javafx.scene.control.ContextMenu createRowMenu() {
        javafx.scene.control.MenuItem mistake = new javafx.scene.control.MenuItem();
        mistake.setId("menu-mistake");
        mistake.setOnAction(e -> changes.toggleMistake().run());
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem("Delete this check\u2026 (Delete)");
        delete.setId("menu-delete");
        delete.setOnAction(e -> changes.requestDelete().run());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(mistake, delete);
        menu.setOnShowing(e -> {
            Row sel = model.selectedProperty().get();
            boolean check = sel != null && sel.isCheck();
            mistake.setDisable(!check);
            delete.setDisable(!check);
            mistake.setText(check && sel.mistake() ? "Count this check again (M)" : "Mark as entered by mistake (M)");
        });
        return menu;
    }

    private Node createRangeExport() {
        Label head = new Label("PDF for your GP or physio");
        head.getStyleClass().add("title-4");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        DatePicker from = new DatePicker();
        from.setId("export-from");
        PickerDates.apply(from);
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setMaxWidth(Double.MAX_VALUE);
        DatePicker to = new DatePicker();
        to.setId("export-to");
        PickerDates.apply(to);
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setMaxWidth(Double.MAX_VALUE);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        Label fromLabel = new Label("From");
        Label toLabel = new Label("To");
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(0, fromLabel, from);
        g.addRow(1, toLabel, to);
        GridPane.setHgrow(from, Priority.ALWAYS);
        GridPane.setHgrow(to, Priority.ALWAYS);
        Button export = new Button("Export PDF of these dates…");
        export.setId("export-range");
        export.setGraphic(new FontIcon("mdi2f-file-pdf-box"));
        export.setOnAction(e -> actions.exportRange().run());
        export.setMaxWidth(Double.MAX_VALUE);
        export.setWrapText(true);
        export.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, head, g, export);
        box.getStyleClass().add("range-export");
        return box;
    }

    private void createChartCard() {
        chartCard.getStyleClass().add("chart-card");
        chartCard.setId("course-chart-card");
        chart.setId("course-chart");
    }

    private void updateChart(ChartView c) {
        chartCard.getChildren().clear();
        if (c == null) {
            chartCard.setVisible(false);
            chartCard.setManaged(false);
            return;
        }
        chartCard.setVisible(true);
        chartCard.setManaged(true);
        Label title = new Label(c.title());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label sub = PainCheckViewBuilder.wrap(c.subtitle());
        sub.getStyleClass().add("text-muted");
        chart.setData(c);
        chartCard.getChildren().addAll(title, sub, chart, legend(c));
    }

    private Node legend(ChartView c) {
        Rectangle band = new Rectangle(18, 12);
        band.getStyleClass().add("course-band");
        Circle in = new Circle(6);
        in.getStyleClass().add("course-point");
        Polygon out = new Polygon(0, -7, 7, 0, 0, 7, -7, 0);
        out.getStyleClass().add("course-point-outside");
        FlowPane box = new FlowPane(16, 4, item(band, "Usual soreness range"), item(in, "A check within it"),
                item(out, "Outside it (point at it to see why)"));
        box.getStyleClass().add("chart-legend");
        long outside = c.points().stream().filter(HistoryModel.ChartPoint::isOutside).count();
        Label summary = PainCheckViewBuilder.wrap(outside == 0 ? "Every check so far is within the usual course of soreness."
                : outside + (outside == 1 ? " check is" : " checks are") + " outside the usual course of soreness.");
        summary.setId("chart-summary");
        VBox v = new VBox(6, box, summary);
        return v;
    }

    private static Node item(Node swatch, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        HBox h = new HBox(6, swatch, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void updateDetail() {
        detail.getChildren().clear();
        ResultView r = model.detailProperty().get();
        Row row = model.selectedProperty().get();
        if (r != null) {
            boolean mistake = row != null && row.mistake();
            Button export = new Button("Export this check as a PDF…");
            export.setId("export-selected");
            export.setGraphic(new FontIcon("mdi2f-file-pdf-box"));
            export.setOnAction(e -> actions.exportSelected().run());
            export.setDisable(mistake);
            Button mark = new Button(mistake ? "Count it again" : "Mark as entered by _mistake");
            mark.setId("toggle-mistake");
            mark.setGraphic(new FontIcon(mistake ? "mdi2u-undo-variant" : "mdi2c-cancel"));
            mark.setOnAction(e -> changes.toggleMistake().run());
            Button delete = new Button("Delete\u2026");
            delete.setId("delete-check");
            delete.setGraphic(new FontIcon("mdi2d-delete-outline"));
            delete.setOnAction(e -> changes.requestDelete().run());
            FlowPane buttons = new FlowPane(8, 8, export, mark, delete);
            buttons.getStyleClass().add("check-actions");
            if (mistake) {
                Label banner = PainCheckViewBuilder.wrap("You marked this check as entered by mistake. It is kept here, "
                        + "but left out of the chart, the trend, re-checks and the PDF.");
                banner.getStyleClass().add("mistake-banner");
                banner.setId("mistake-banner");
                detail.getChildren().add(banner);
            }
            // the check's own actions first, where they are seen without scrolling
            detail.getChildren().add(buttons);
            detail.getChildren().addAll(PainCheckViewBuilder.resultContent(r, actions.openExercise()));
            if (!model.notAskedProperty().get().isEmpty()) {
                Label notAsked = PainCheckViewBuilder.wrap(model.notAskedProperty().get());
                notAsked.setId("history-not-asked");
                notAsked.getStyleClass().add("text-muted");
                detail.getChildren().add(notAsked);
            }
        } else if (row != null) {
            Label head = new Label(row.title());
            head.getStyleClass().add("title-3");
            Label when = new Label(row.date() + (row.detail().isEmpty() ? "" : " · " + row.detail()));
            when.getStyleClass().add("text-muted");
            when.setWrapText(true);
            detail.getChildren().addAll(head, when);
        }
    }

    /** A list line: date, a chip for the level (or "Session"), what and where. */
    private static final class RowCell extends ListCell<Row> {
        RowCell() {
            // as wide as the list, never wider: long text ends in "…" instead of a sideways scroll bar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label chip = new Label(row.chip());
            chip.getStyleClass().add(row.isCheck() ? "level-chip" : "session-chip");
            if (row.isCheck()) {
                chip.getStyleClass().add(Words.levelClass(row.level()));
            }
            chip.setMinWidth(Region.USE_PREF_SIZE);
            // text that does not fit ends in "…" and shows whole on hover and to screen readers
            Label title = FullText.install(new Label(row.title()));
            title.setId("row-title-" + row.id());
            title.getStyleClass().add("history-row-title");
            if (row.mistake()) {
                title.getStyleClass().add("mistake");
            }
            title.setMinWidth(0);
            // in a narrow list the title goes under the chip; longer than the whole line, it ends in "…"
            FlowPane top = new FlowPane(8, 4, chip, title);
            top.setAlignment(Pos.CENTER_LEFT);
            top.setMinWidth(0);
            title.maxWidthProperty().bind(top.widthProperty());
            // date and detail on lines of their own, so a narrow list does not cut the place short
            Label when = FullText.install(new Label(row.date()));
            when.getStyleClass().add("text-muted");
            when.setMinWidth(0);
            VBox box = new VBox(4, top, when);
            if (!row.detail().isEmpty()) {
                Label where = FullText.install(new Label(row.detail()));
                where.setId("row-detail-" + row.id());
                where.getStyleClass().add("text-muted");
                where.setMinWidth(0);
                box.getChildren().add(where);
            }
            box.setMinWidth(0);
            box.setId("row-" + row.id());
            if (row.mistake()) {
                box.getStyleClass().add("mistake-row");
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(row.chip() + ", " + row.date() + ", " + row.title() + (row.detail().isEmpty() ? "" : ", " + row.detail())
                    + (row.isCheck() ? (row.mistake() ? ". M counts it again" : ". M marks it as a mistake") + ", Delete deletes it" : ""));
        }
    }
}

package formcoach.timer.ui;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/**
 * The timer section's start page: routines and sound settings on the left, the selected one's
 * description and steps on the right, scrolling as one page so a small window still shows most steps.
 */
final class PickerViewBuilder implements Builder<Region> {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    /** What the buttons do. */
    record Actions(Runnable start, Runnable edit, Runnable duplicate, Runnable create, Runnable delete,
                   Runnable confirmDelete, Runnable cancelDelete, Runnable importFile, Runnable exportFile,
                   Runnable tempo, Runnable soundChanged, Consumer<PickerModel.RoutineRow> selected) {
    }

    private final PickerModel model;
    private final Actions actions;

    PickerViewBuilder(PickerModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    @Override
    public Region build() {
        BorderPane root = new BorderPane();
        root.setId("timer-picker");
        root.getStyleClass().add("timer-picker");
        root.setPadding(new Insets(20, 24, 16, 24));
        root.setTop(createHeader());
        root.setCenter(createBody());
        return root;
    }

    private Node createHeader() {
        Label title = Views.text("Warm-up & cool-down", "title-2");
        Label sub = Views.text("Pick a routine and press Enter, then step away: the timer beeps, can speak, and shows the cue for each move.",
                "text-muted");
        sub.setWrapText(true);
        VBox texts = new VBox(2, title, sub);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button tempo = new Button("Tempo trainer", new FontIcon("mdi2m-metronome"));
        tempo.setId("picker-tempo");
        tempo.setMinWidth(Region.USE_PREF_SIZE);
        tempo.setTooltip(new Tooltip("Count each rep of a lift slowly: pull, squeeze, lower"));
        tempo.setOnAction(e -> actions.tempo().run());
        HBox h = new HBox(16, texts, tempo);
        h.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(h, new Insets(0, 0, 14, 0));
        return h;
    }

    private Node createBody() {
        ListView<PickerModel.RoutineRow> list = new ListView<>(model.routines());
        list.setId("picker-list");
        list.getStyleClass().add("picker-list");
        list.setCellFactory(v -> new RoutineCell());
        list.setPrefWidth(280);
        list.setMinWidth(240);
        list.setMaxWidth(340);
        list.setPlaceholder(Views.text("Loading routines…", "text-muted"));
        // the list follows the model (refresh, open from elsewhere) and tells the controller what the person picks
        model.selectedProperty().addListener((o, a, b) -> {
            if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedProperty().get()) {
                actions.selected().accept(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(120);
        // sound sits under the routines, where the list leaves room, so the steps get the full height
        Label first = Views.label(model.firstReasonProperty(), "picker-first-reason");
        first.setId("picker-first-reason");
        first.setWrapText(true);
        first.setMinHeight(Region.USE_PREF_SIZE);
        first.setMaxWidth(Double.MAX_VALUE);
        first.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2h-heart-pulse"));
        first.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis; "
                + "-fx-border-radius: 6; -fx-background-radius: 6; -fx-padding: 8 10 8 10;");
        VBox left = new VBox(12, first, list, createSoundRow());
        left.setPrefWidth(280);
        left.setMinWidth(240);
        left.setMaxWidth(340);
        HBox.setHgrow(left, Priority.SOMETIMES);
        VBox details = createDetails();
        HBox.setHgrow(details, Priority.ALWAYS);
        return new HBox(20, left, details);
    }

    private VBox createDetails() {
        Label title = Views.text("", "title-3");
        title.setId("picker-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        Label kind = Views.text("", "picker-kind");
        kind.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().kind().label() + (model.selectedProperty().get().builtin() ? " · built in, read-only" : " · yours"),
                model.selectedProperty()));
        Label description = Views.label(model.descriptionProperty(), "picker-description");
        description.setWrapText(true);
        Label total = Views.label(model.totalTextProperty(), "picker-total");
        total.setId("picker-total");
        total.setWrapText(true);
        Label problem = Views.label(model.problemProperty(), "picker-problem");
        problem.setWrapText(true);

        // a plain column rather than a ListView: the whole pane scrolls, so every step takes its full height
        VBox steps = new VBox();
        steps.setId("picker-steps");
        steps.getStyleClass().add("picker-steps");
        Runnable fill = () -> {
            steps.getChildren().setAll(model.steps().stream().map(PickerViewBuilder::stepRow).toList());
            if (!steps.getChildren().isEmpty()) {
                steps.getChildren().get(steps.getChildren().size() - 1).getStyleClass().add("last");
            }
        };
        model.steps().addListener((javafx.collections.ListChangeListener<PickerModel.StepLine>) c -> fill.run());
        fill.run();
        steps.visibleProperty().bind(Bindings.isNotEmpty(model.steps()));

        for (Label l : new Label[] {title, kind, description, total, problem}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox page = new VBox(8, title, kind, description, total, problem, steps);
        page.setPadding(new Insets(0, 12, 4, 0));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("picker-details");
        scroll.getStyleClass().addAll("picker-details", "edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.setMinHeight(120);
        // as tall as the page and no taller, so in a big window the buttons sit right under the steps
        scroll.prefViewportHeightProperty().bind(page.heightProperty());
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // a new routine starts at its top, not where the last one was scrolled to
        model.steps().addListener((javafx.collections.ListChangeListener<PickerModel.StepLine>) c -> scroll.setVvalue(0));
        VBox box = new VBox(8, scroll, createButtons(), createMessage(), createConfirm());
        box.setMinWidth(0);
        return box;
    }

    private Node createButtons() {
        Button start = new Button("Start", new FontIcon("mdi2p-play"));
        start.setId("picker-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setTooltip(new Tooltip("Start the routine (Enter)"));
        start.disableProperty().bind(model.canStart().not());
        start.setOnAction(e -> actions.start().run());
        Button edit = button("Edit", "picker-edit", "mdi2p-pencil", actions.edit());
        edit.disableProperty().bind(model.canChange().not());
        Button dup = button("Duplicate", "picker-duplicate", "mdi2c-content-copy", actions.duplicate());
        dup.disableProperty().bind(model.hasSelection().not().or(model.busyProperty()));
        Button create = button("New", "picker-new", "mdi2p-plus", actions.create());
        create.disableProperty().bind(model.loadedProperty().not().or(model.busyProperty()));
        Button delete = button("Delete", "picker-delete", "mdi2d-delete-outline", actions.delete());
        delete.disableProperty().bind(model.canChange().not());
        Button imp = button("Import…", "picker-import", "mdi2f-file-import-outline", actions.importFile());
        imp.disableProperty().bind(model.loadedProperty().not().or(model.busyProperty()));
        Button exp = button("Export…", "picker-export", "mdi2f-file-export-outline", actions.exportFile());
        exp.disableProperty().bind(model.hasSelection().not().or(model.busyProperty()));
        FlowPane row = new FlowPane(8, 8, start, edit, dup, create, delete, imp, exp);
        row.setPadding(new Insets(4, 0, 0, 0));
        return row;
    }

    private static Button button(String text, String id, String icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node createMessage() {
        Label m = Views.label(model.messageProperty(), "picker-message");
        m.setId("picker-message");
        m.setWrapText(true);
        m.setMinHeight(Region.USE_PREF_SIZE);
        model.messageKindProperty().addListener((o, a, b) -> m.pseudoClassStateChanged(ERROR, b == PickerModel.MessageKind.ERROR));
        m.pseudoClassStateChanged(ERROR, model.messageKindProperty().get() == PickerModel.MessageKind.ERROR);
        return m;
    }

    private Node createConfirm() {
        Label q = Views.text("", "picker-confirm-text");
        q.textProperty().bind(model.confirmDeleteProperty());
        q.setWrapText(true);
        q.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(q, Priority.ALWAYS);
        Button yes = new Button("Delete");
        yes.setId("picker-confirm-delete");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> actions.confirmDelete().run());
        Button no = new Button("Keep it");
        no.setCancelButton(true);
        no.setOnAction(e -> actions.cancelDelete().run());
        HBox row = new HBox(10, q, yes, no);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("picker-confirm");
        return Views.showWhen(row, Bindings.isNotEmpty(model.confirmDeleteProperty()));
    }

    private Node createSoundRow() {
        Label head = Views.text("Sound", "picker-sound-head");
        Slider volume = new Slider(0, 100, model.volumeProperty().get());
        volume.setId("picker-volume");
        volume.valueProperty().bindBidirectional(model.volumeProperty());
        volume.setPrefWidth(150);
        volume.setMinWidth(90);
        volume.disableProperty().bind(model.mutedProperty());
        // save once the thumb is let go, not on every pixel of a drag
        volume.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                actions.soundChanged().run();
            }
        });
        volume.valueProperty().addListener((o, a, b) -> {
            if (!volume.isValueChanging()) {
                actions.soundChanged().run();
            }
        });
        Label vol = Views.text("Volume", "text-muted");
        CheckBox mute = new CheckBox("Mute");
        mute.setId("picker-mute");
        mute.selectedProperty().bindBidirectional(model.mutedProperty());
        mute.setOnAction(e -> actions.soundChanged().run());
        CheckBox voice = new CheckBox("Speak names and cues");
        voice.setId("picker-voice");
        voice.selectedProperty().bindBidirectional(model.voiceProperty());
        voice.setOnAction(e -> actions.soundChanged().run());
        Spinner<Integer> lead = new Spinner<>();
        lead.setId("picker-lead-in");
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(3, 10, model.leadInProperty().get());
        lead.setValueFactory(f);
        f.valueProperty().bindBidirectional(model.leadInProperty());
        f.valueProperty().addListener((o, a, b) -> actions.soundChanged().run());
        lead.setPrefWidth(80);
        lead.setEditable(false);
        Label leadText = Views.text("s to get ready", "text-muted");
        HBox volBox = new HBox(6, vol, volume);
        volBox.setAlignment(Pos.CENTER_LEFT);
        HBox leadBox = new HBox(6, lead, leadText);
        leadBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(14, 8, head, volBox, mute, voice, leadBox);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("picker-sound");
        row.getStyleClass().add("picker-sound");
        return row;
    }

    private static final class RoutineCell extends ListCell<PickerModel.RoutineRow> {
        private final Label name = Views.text("", "routine-cell-name");
        private final Label meta = Views.text("", "routine-cell-meta");
        private final VBox box = new VBox(2, name, meta);

        RoutineCell() {
            name.setWrapText(true);
            name.setMinWidth(0);
            name.setMinHeight(Region.USE_PREF_SIZE);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PickerModel.RoutineRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(r.name());
            meta.setText(r.kind().label() + " · " + r.totalText() + (r.builtin() ? " · built in" : ""));
            setText(null);
            setGraphic(box);
        }
    }

    private static Node stepRow(PickerModel.StepLine s) {
        Label number = Views.text(s.number() + ".", "step-cell-number");
        Label name = Views.text(s.name(), "step-cell-name");
        Label time = Views.text(s.reps().isEmpty() ? s.time() : s.time() + " · " + s.reps(), "step-cell-time");
        number.setMinWidth(26);
        time.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, spacer, time);
        VBox texts = new VBox(1, top);
        if (!s.cue().isEmpty()) {
            Label cue = Views.text(s.cue(), "step-cell-cue");
            cue.setMinWidth(0);
            cue.setWrapText(true);
            texts.getChildren().add(cue);
        }
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMinWidth(0);
        HBox row = new HBox(6, number, texts);
        row.getStyleClass().add("step-row");
        row.setMinWidth(0);
        return row;
    }
}

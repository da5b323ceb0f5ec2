package formcoach.timer.ui;

import formcoach.library.Category;
import formcoach.timer.TempoRoutine;
import formcoach.timer.TimerExercises.ExerciseRef;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Arrays;

/** Set-up of a tempo set: the lift on the left, its tempo, reps and the cue against momentum on the right. */
final class TempoViewBuilder implements Builder<Region> {
    private final TempoModel model;
    private final Runnable start;
    private final Runnable back;

    TempoViewBuilder(TempoModel model, Runnable start, Runnable back) {
        this.model = model;
        this.start = start;
        this.back = back;
    }

    @Override
    public Region build() {
        BorderPane root = new BorderPane();
        root.setId("timer-tempo");
        root.getStyleClass().add("timer-tempo");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = Views.text("Tempo trainer", "title-2");
        Label sub = Views.text("Slow, counted reps leave no room for swinging the weight. Pick a lift, set the tempo "
                + "(seconds to pull, squeeze, lower) and follow the count.", "text-muted");
        sub.setWrapText(true);
        VBox top = new VBox(2, title, sub);
        BorderPane.setMargin(top, new Insets(0, 0, 14, 0));
        root.setTop(top);

        ListView<ExerciseRef> lifts = new ListView<>(model.lifts());
        lifts.setId("tempo-lifts");
        lifts.setPrefWidth(290);
        lifts.setMinWidth(230);
        lifts.getStyleClass().add("picker-list");
        lifts.setCellFactory(v -> new LiftCell());
        lifts.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.liftProperty().get()) {
                model.pick(b);
            }
        });
        model.liftProperty().addListener((o, a, b) -> lifts.getSelectionModel().select(b));

        TextField search = new TextField();
        search.setId("tempo-search");
        search.setPromptText("Find a lift");
        search.setAccessibleText("Find a lift");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !lifts.getItems().isEmpty()) {
                lifts.requestFocus();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        Label none = Views.text("No lift matches this search.", "text-muted");
        lifts.setPlaceholder(none);
        VBox.setVgrow(lifts, Priority.ALWAYS);
        VBox listBox = new VBox(8, search, lifts);
        listBox.setPrefWidth(290);
        listBox.setMinWidth(230);
        HBox body = new HBox(20, listBox, createForm());
        root.setCenter(body);
        return root;
    }

    private Node createForm() {
        Label lift = Views.text("", "title-3");
        lift.setId("tempo-lift-name");
        lift.textProperty().bind(Bindings.createStringBinding(() -> model.liftProperty().get() == null ? "" : model.liftProperty().get().name(), model.liftProperty()));
        lift.setWrapText(true);
        Label cue = Views.label(model.liftCueProperty(), "tempo-lift-cue");
        cue.setWrapText(true);

        Label mHead = Views.text("Against momentum", "run-momentum-head");
        Label mCue = Views.text("", "tempo-momentum");
        mCue.setId("tempo-momentum");
        mCue.textProperty().bind(model.momentumCueProperty());
        mCue.setWrapText(true);
        VBox momentum = new VBox(4, mHead, mCue);
        momentum.getStyleClass().add("run-momentum-box");
        Views.showWhen(momentum, Bindings.isNotEmpty(model.momentumCueProperty()));

        TextField tempo = new TextField();
        tempo.setId("tempo-tempo");
        tempo.setPromptText("2-1-2");
        tempo.setPrefColumnCount(6);
        tempo.textProperty().bindBidirectional(model.tempoProperty());
        Label tempoHelp = Views.text("pull - squeeze - lower, in seconds", "text-muted");
        Label tempoErr = Views.label(model.tempoErrorProperty(), "field-error");
        tempoErr.setId("tempo-error");
        tempoErr.setWrapText(true);
        Spinner<Integer> reps = new Spinner<>();
        reps.setId("tempo-reps");
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, TempoRoutine.MAX_REPS, model.repsProperty().get());
        reps.setValueFactory(f);
        f.valueProperty().bindBidirectional(model.repsProperty());
        reps.setEditable(true);
        reps.setPrefWidth(90);

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        Label tempoLabel = Views.text("Tempo", "field-label");
        Label repsLabel = Views.text("Reps", "field-label");
        tempoLabel.setMinWidth(Region.USE_PREF_SIZE);
        repsLabel.setMinWidth(Region.USE_PREF_SIZE);
        tempo.setMinWidth(Region.USE_PREF_SIZE);
        tempoHelp.setWrapText(true);
        tempoHelp.setMinWidth(0);
        HBox tempoRow = new HBox(10, tempo, tempoHelp);
        tempoRow.setAlignment(Pos.CENTER_LEFT);
        g.add(tempoLabel, 0, 0);
        g.add(tempoRow, 1, 0);
        g.add(tempoErr, 1, 1);
        g.add(repsLabel, 0, 2);
        g.add(reps, 1, 2);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(new ColumnConstraints(), grow);

        Label plan = Views.label(model.planTextProperty(), "tempo-plan");
        plan.setId("tempo-plan");
        plan.setWrapText(true);

        Button go = new Button("Start set", new FontIcon("mdi2p-play"));
        go.setId("tempo-start");
        go.getStyleClass().add("accent");
        go.setDefaultButton(true);
        go.disableProperty().bind(model.validProperty().not());
        go.setOnAction(e -> start.run());
        Button backBtn = new Button("Back to routines");
        backBtn.setId("tempo-back");
        backBtn.setCancelButton(true);
        backBtn.setOnAction(e -> back.run());
        HBox buttons = new HBox(10, go, backBtn);

        VBox box = new VBox(12, lift, cue, momentum, g, plan, buttons);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        return box;
    }

    private static final class LiftCell extends ListCell<ExerciseRef> {
        private final Label name = Views.text("", "routine-cell-name");
        private final Label meta = Views.text("", "routine-cell-meta");
        private final VBox box = new VBox(1, name, meta);

        LiftCell() {
            setPrefWidth(0);
            name.setMinWidth(0);
            meta.setMinWidth(0);
            formcoach.ui.FullText.install(name);
            formcoach.ui.FullText.install(meta);
        }

        @Override
        protected void updateItem(ExerciseRef e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            name.setText(e.name());
            meta.setText(category(e.category()) + (e.tempo().isEmpty() ? "" : " · tempo " + e.tempo()));
            setGraphic(box);
        }
    }

    /** The library's own name for the category ("Pull-up / chin-up"), or the id itself for one it does not know. */
    static String category(String id) {
        return Arrays.stream(Category.values()).filter(c -> c.id().equalsIgnoreCase(id)).findFirst()
                .map(Category::displayName).orElse(id);
    }
}

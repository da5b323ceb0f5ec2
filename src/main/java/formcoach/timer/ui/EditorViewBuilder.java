package formcoach.timer.ui;

import formcoach.timer.RoutineKind;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerExercises.ExerciseRef;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** The routine editor: name, kind and description; the steps with their fields; inline messages; Save. */
final class EditorViewBuilder implements Builder<Region> {
    /** What the editor's buttons do. */
    record Actions(Runnable save, Runnable cancel, Runnable duplicate, Runnable openAdd, Runnable closeAdd,
                   Consumer<ExerciseRef> add, Runnable remove, IntConsumer move, IntConsumer select,
                   Runnable discard, Runnable keepEditing) {
    }

    private final EditorModel model;
    private final TimerExercises exercises;
    private final Actions actions;

    EditorViewBuilder(EditorModel model, TimerExercises exercises, Actions actions) {
        this.model = model;
        this.exercises = exercises;
        this.actions = actions;
    }

    @Override
    public Region build() {
        BorderPane root = new BorderPane();
        root.setId("timer-editor");
        root.getStyleClass().add("timer-editor");
        root.setPadding(new Insets(18, 24, 16, 24));
        root.setTop(createTop());
        root.setCenter(createSteps());
        root.setBottom(createBottom());
        return root;
    }

    private Node createTop() {
        Label heading = Views.text("", "title-2");
        heading.textProperty().bind(model.headingProperty());
        Label ro = Views.label(model.messageProperty(), "editor-message");
        ro.setId("editor-message");
        ro.setWrapText(true);
        Button dup = new Button("Duplicate", new FontIcon("mdi2c-content-copy"));
        dup.setId("editor-duplicate");
        dup.setOnAction(e -> actions.duplicate().run());
        Views.showWhen(dup, model.readOnlyProperty());
        HBox banner = new HBox(12, ro, dup);
        banner.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("editor-name");
        name.setPromptText("e.g. My morning warm-up");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.editableProperty().bind(model.editable());
        ChoiceBox<RoutineKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(RoutineKind.values()));
        kind.setId("editor-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(model.editable().not());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoutineKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public RoutineKind fromString(String s) {
                return null;
            }
        });
        javafx.scene.control.TextArea desc = new javafx.scene.control.TextArea();
        desc.setId("editor-description");
        desc.setWrapText(true);
        desc.setPrefRowCount(3);
        desc.setPromptText("optional: what it is for");
        tabLeaves(desc);
        desc.textProperty().bindBidirectional(model.descriptionProperty());
        desc.editableProperty().bind(model.editable());

        GridPane form = grid();
        form.add(fieldLabel("Name"), 0, 0);
        form.add(name, 1, 0);
        form.add(fieldLabel("Kind"), 2, 0);
        form.add(kind, 3, 0);
        form.add(error(model.nameErrorProperty(), "editor-name-error"), 1, 1, 3, 1);
        form.add(fieldLabel("Description"), 0, 2);
        form.add(desc, 1, 2, 3, 1);
        form.getColumnConstraints().setAll(new ColumnConstraints(), grow(), new ColumnConstraints(), new ColumnConstraints());
        form.setMaxWidth(1100);
        VBox top = new VBox(10, heading, banner, form);
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        return top;
    }

    private Node createSteps() {
        ListView<StepDraft> list = new ListView<>(model.steps());
        list.setId("editor-steps");
        list.setCellFactory(v -> new StepCell());
        list.setPrefWidth(320);
        list.setMinWidth(220);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() != model.selectedIndexProperty().get() && b.intValue() >= 0) {
                actions.select().accept(b.intValue());
            }
        });
        model.selectedIndexProperty().addListener((o, a, b) -> {
            if (list.getSelectionModel().getSelectedIndex() != b.intValue()) {
                if (b.intValue() < 0) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(b.intValue());
                    list.scrollTo(b.intValue());
                }
            }
        });
        list.setPlaceholder(Views.text("No steps yet. Add one from the library.", "text-muted"));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = iconButton("Add step…", "editor-add", "mdi2p-plus", actions.openAdd());
        add.disableProperty().bind(model.editable().not());
        Button remove = iconButton("", "editor-remove", "mdi2d-delete-outline", actions.remove());
        remove.setTooltip(new Tooltip("Remove the selected step"));
        remove.setAccessibleText("Remove step");
        remove.disableProperty().bind(model.editable().not().or(model.selectedIndexProperty().lessThan(0)));
        Button up = iconButton("", "editor-up", "mdi2a-arrow-up", () -> actions.move().accept(-1));
        up.setTooltip(new Tooltip("Move up (Alt+Up)"));
        up.setAccessibleText("Move step up");
        up.disableProperty().bind(model.editable().not().or(model.selectedIndexProperty().lessThan(1)));
        Button down = iconButton("", "editor-down", "mdi2a-arrow-down", () -> actions.move().accept(1));
        down.setTooltip(new Tooltip("Move down (Alt+Down)"));
        down.setAccessibleText("Move step down");
        down.disableProperty().bind(model.editable().not().or(Bindings.createBooleanBinding(
                () -> model.selectedIndexProperty().get() < 0 || model.selectedIndexProperty().get() >= model.steps().size() - 1,
                model.selectedIndexProperty(), model.steps())));
        HBox buttons = new HBox(6, add, remove, up, down);
        for (var n : buttons.getChildren()) {
            ((Button) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        Label stepsError = error(model.stepsErrorProperty(), "editor-steps-error");
        Label head = Views.text("Steps", "title-4");
        VBox left = new VBox(6, head, list, buttons, stepsError);
        left.setMinWidth(275);
        left.setPrefWidth(340);

        Node detail = createStepForm();
        Node adder = createAdder();
        VBox right = new VBox(detail, adder);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        HBox box = new HBox(20, left, right);
        return box;
    }

    /** The selected step's fields; each has its message right below it. */
    private Node createStepForm() {
        Label exercise = Views.text("", "editor-exercise");
        exercise.setWrapText(true);
        TextField name = new TextField();
        name.setId("editor-step-name");
        TextField seconds = new TextField();
        seconds.setId("editor-step-seconds");
        seconds.setPrefColumnCount(5);
        ChoiceBox<Integer> sides = new ChoiceBox<>(FXCollections.observableArrayList(1, 2));
        sides.setId("editor-step-sides");
        sides.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n == 2 ? "2 (left, then right)" : n == 1 ? "1" : n.toString();
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        TextField reps = new TextField();
        reps.setId("editor-step-reps");
        reps.setPromptText("optional");
        reps.setPrefColumnCount(5);
        javafx.scene.control.TextArea note = new javafx.scene.control.TextArea();
        note.setId("editor-step-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText("optional: a short reminder");
        tabLeaves(note);
        for (TextField f : new TextField[] {name, seconds, reps}) {
            f.editableProperty().bind(model.editable());
        }
        note.editableProperty().bind(model.editable());
        sides.disableProperty().bind(model.editable().not());

        Label nameErr = new Label();
        Label secErr = new Label();
        Label sidesErr = new Label();
        Label repsErr = new Label();
        Label exErr = new Label();
        for (Label l : new Label[] {nameErr, secErr, sidesErr, repsErr, exErr}) {
            l.getStyleClass().add("field-error");
            l.setWrapText(true);
            Views.showWhen(l, Bindings.isNotEmpty(l.textProperty()));
        }
        secErr.setId("editor-seconds-error");
        sidesErr.setId("editor-sides-error");
        repsErr.setId("editor-reps-error");
        nameErr.setId("editor-step-name-error");

        ChangeListener<StepDraft> rebind = (o, old, d) -> {
            if (old != null) {
                name.textProperty().unbindBidirectional(old.name);
                seconds.textProperty().unbindBidirectional(old.seconds);
                sides.valueProperty().unbindBidirectional(old.sides);
                reps.textProperty().unbindBidirectional(old.reps);
                note.textProperty().unbindBidirectional(old.note);
            }
            for (Label l : new Label[] {nameErr, secErr, sidesErr, repsErr, exErr}) {
                l.textProperty().unbind();
                l.setText("");
            }
            if (d != null) {
                name.textProperty().bindBidirectional(d.name);
                seconds.textProperty().bindBidirectional(d.seconds);
                sides.valueProperty().bindBidirectional(d.sides);
                reps.textProperty().bindBidirectional(d.reps);
                note.textProperty().bindBidirectional(d.note);
                nameErr.textProperty().bind(d.nameError);
                secErr.textProperty().bind(d.secondsError);
                sidesErr.textProperty().bind(d.sidesError);
                repsErr.textProperty().bind(d.repsError);
                exErr.textProperty().bind(d.exerciseError);
                exercise.setText(exercises.find(d.exerciseId)
                        .map(x -> "From the library: " + x.name() + (x.cue().isEmpty() ? "" : ". Cue: " + x.cue()))
                        .orElse("Exercise '" + d.exerciseId + "'"));
            }
        };
        model.selectedStepProperty().addListener(rebind);

        GridPane g = grid();
        int row = 0;
        g.add(exercise, 0, row++, 2, 1);
        g.add(exErr, 0, row++, 2, 1);
        g.add(fieldLabel("Step name"), 0, row);
        g.add(name, 1, row++);
        g.add(nameErr, 1, row++);
        g.add(fieldLabel("Seconds per side"), 0, row);
        g.add(seconds, 1, row++);
        g.add(secErr, 1, row++);
        g.add(fieldLabel("Sides"), 0, row);
        g.add(sides, 1, row++);
        g.add(sidesErr, 1, row++);
        g.add(fieldLabel("Reps"), 0, row);
        g.add(reps, 1, row++);
        g.add(repsErr, 1, row++);
        g.add(fieldLabel("Note"), 0, row);
        g.add(note, 1, row);
        g.getColumnConstraints().setAll(new ColumnConstraints(), grow());
        Label head = Views.text("Selected step", "title-4");
        VBox box = new VBox(8, head, g);
        box.setId("editor-step-form");
        box.setMaxWidth(760);
        return Views.showWhen(box, model.selectedStepProperty().isNotNull().and(model.addingProperty().not()));
    }

    /** "Add step": the library, filtered as you type; Enter or double-click adds. */
    private Node createAdder() {
        TextField filter = new TextField();
        filter.setId("editor-filter");
        filter.setPromptText("Filter: name or kind (stretch, warmup…)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        ListView<ExerciseRef> list = new ListView<>(model.library());
        list.setId("editor-library");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExerciseRef e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + "  ·  " + e.category());
            }
        });
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable addSelected = () -> {
            ExerciseRef e = list.getSelectionModel().getSelectedItem();
            if (e == null && list.getItems().size() == 1) {
                e = list.getItems().get(0);
            }
            if (e != null) {
                actions.add().accept(e);
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelected.run();
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                addSelected.run();
                e.consume();
            }
        });
        Button add = new Button("Add");
        add.setId("editor-add-confirm");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> addSelected.run());
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> actions.closeAdd().run());
        Label head = Views.text("Add a step from the library", "title-4");
        VBox box = new VBox(8, head, filter, list, new HBox(8, add, cancel));
        box.setId("editor-adder");
        box.setMaxWidth(760);
        model.addingProperty().addListener((o, a, b) -> {
            if (b) {
                filter.requestFocus();
            }
        });
        return Views.showWhen(box, model.addingProperty());
    }

    private Node createBottom() {
        Label total = Views.label(model.totalTextProperty(), "editor-total");
        total.setId("editor-total");
        Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        save.setId("editor-save");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save (Ctrl+S)"));
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> actions.save().run());
        Views.showWhen(save, model.readOnlyProperty().not());
        Button cancel = new Button();
        cancel.textProperty().bind(Bindings.when(model.readOnlyProperty()).then("Back to routines").otherwise("Cancel"));
        cancel.setId("editor-cancel");
        cancel.setOnAction(e -> actions.cancel().run());
        // Enter never presses Cancel: a person who types a name and hits Enter must not lose the routine
        cancel.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
        Label why = Views.text("Fix the fields marked in red to save.", "field-error");
        why.setWrapText(true);
        why.setMinWidth(0);
        Views.showWhen(why, model.validProperty().not().and(model.readOnlyProperty().not()));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        total.setMinWidth(0);
        VBox texts = new VBox(2, total, why);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox h = new HBox(12, texts, cancel, save);
        h.setAlignment(Pos.CENTER_LEFT);
        Views.showWhen(h, model.confirmingDiscardProperty().not());
        Label ask = Views.text("Discard your changes to this routine?", "editor-total");
        ask.setWrapText(true);
        ask.setMinWidth(0);
        HBox.setHgrow(ask, Priority.ALWAYS);
        Button discard = new Button("Discard changes");
        discard.setId("editor-discard");
        discard.getStyleClass().add("danger");
        discard.setOnAction(e -> actions.discard().run());
        Button keep = new Button("Keep editing");
        keep.setId("editor-keep-editing");
        keep.getStyleClass().add("accent");
        keep.setOnAction(e -> actions.keepEditing().run());
        discard.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        HBox confirm = new HBox(12, ask, discard, keep);
        confirm.setId("editor-confirm-discard");
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.getStyleClass().add("picker-confirm");
        Views.showWhen(confirm, model.confirmingDiscardProperty());
        VBox bottom = new VBox(h, confirm);
        BorderPane.setMargin(bottom, new Insets(12, 0, 0, 0));
        return bottom;
    }

    /** Tab (and Shift+Tab) move on from a multi-line field, as from every other field; Enter starts a new line. */
    static void tabLeaves(javafx.scene.control.TextArea ta) {
        ta.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                ta.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        return g;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Label fieldLabel(String text) {
        Label l = Views.text(text, "field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label error(javafx.beans.value.ObservableStringValue text, String id) {
        Label l = Views.label(text, "field-error");
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static Button iconButton(String text, String id, String icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static final class StepCell extends ListCell<StepDraft> {
        private final FontIcon warn = new FontIcon("mdi2a-alert-circle-outline");

        StepCell() {
            warn.getStyleClass().add("step-warning");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StepDraft d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String secs = d.seconds.get();
            Integer sides = d.sides.get();
            setText((getIndex() + 1) + ". " + d.name.get() + "  ·  " + secs + " s" + (sides != null && sides == 2 ? " × 2" : "")
                    + (d.reps.get() == null || d.reps.get().isBlank() ? "" : "  ·  " + d.reps.get().strip() + " reps"));
            setGraphic(d.hasProblem() ? warn : null);
        }
    }
}

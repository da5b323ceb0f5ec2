package formcoach.library.ui;

import formcoach.library.Category;
import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.JsonId;
import formcoach.library.Level;
import formcoach.library.Muscle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.SetChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The custom-exercise form: the exercise schema's fields with their validation message right under
 * each one once it has been touched, and Save off while anything is wrong.
 */
final class ExerciseFormViewBuilder implements Builder<Region> {
    interface Actions {
        void save();

        void cancel();
    }

    private final ExerciseFormModel model;
    private final Actions actions;
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final Map<String, Node> inputs = new HashMap<>();
    /** Form field key → the words its label shows, for the line above the form that says what is left to do. */
    private final Map<String, String> labelTexts = new java.util.LinkedHashMap<>();
    private final List<ComboBox<String>> regressionBoxes = new ArrayList<>();
    private final Map<String, String> regressionNames = new HashMap<>();

    ExerciseFormViewBuilder(ExerciseFormModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    /** The input for a form field key, for focusing it and for tests. */
    Node input(String key) {
        return inputs.get(key);
    }

    void setRegressionChoices(List<Exercise> choices) {
        regressionNames.clear();
        List<String> ids = new ArrayList<>();
        ids.add("");
        for (Exercise e : choices) {
            ids.add(e.id());
            regressionNames.put(e.id(), e.name());
        }
        for (ComboBox<String> c : regressionBoxes) {
            String keep = c.getValue();
            c.getItems().setAll(ids);
            c.setValue(keep);
        }
    }

    @Override
    public Region build() {
        VBox form = new VBox(22, section("About the exercise", createAbout()), section("Muscles", createMuscles()),
                section("How to do it", createHowTo()), createFaults());
        form.getStyleClass().add("form-body");
        form.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(0, createHeader(), scroll);
        root.setId("exercise-form");
        root.getStyleClass().add("exercise-form");
        model.errors().addListener((MapChangeListener<String, String>) c -> refreshErrors());
        model.touched().addListener((SetChangeListener<String>) c -> refreshErrors());
        refreshErrors();
        return root;
    }

    private Node createHeader() {
        Button cancel = new Button("Cancel", new FontIcon("mdi2a-arrow-left"));
        cancel.setId("form-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(e -> actions.cancel());
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        save.setId("form-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> actions.save());
        HBox bar = new HBox(10, cancel, title, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("form-status");
        status.setWrapText(true);
        status.getStyleClass().add("form-status");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, model.errors(), model.saveErrorProperty(), model.savingProperty()));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(6, bar, status);
        header.getStyleClass().add("form-header");
        return header;
    }

    private String statusText() {
        if (!model.saveErrorProperty().get().isEmpty()) {
            return model.saveErrorProperty().get();
        }
        if (model.savingProperty().get()) {
            return "Saving…";
        }
        if (model.errors().isEmpty()) {
            return "";
        }
        // in the order the fields appear on the form
        List<String> names = new ArrayList<>();
        labelTexts.forEach((key, label) -> {
            if (model.errors().containsKey(key)) {
                names.add(label);
            }
        });
        model.errors().keySet().stream().filter(k -> !labelTexts.containsKey(k)).map(model.errors()::get).forEach(names::add);
        return "To save, fill in or fix: " + String.join(", ", names) + ".";
    }

    private Node createAbout() {
        GridPane g = grid();
        int r = 0;
        r = row(g, r, "name", "Name", text(model.nameProperty(), "form-name"), null);
        r = row(g, r, "aliases", "Other names", text(model.aliasesProperty(), "form-aliases"), "Separate them with commas.");
        ComboBox<Category> cat = choice("form-category", Category.values(), model.categoryProperty(), "Pick a category");
        r = row(g, r, "category", "Category", cat, null);
        ComboBox<Level> lvl = choice("form-level", Level.values(), model.levelProperty(), "Pick a level");
        r = row(g, r, "level", "Level", lvl, null);
        CheckComboBox<Equipment> eq = CheckCombos.field("form-equipment", "Equipment", "Pick equipment", List.of(Equipment.values()), model.equipment());
        r = row(g, r, "equipment", "Equipment", eq, "Body only when none is needed.");
        r = row(g, r, "summary", "Summary", area(model.summaryProperty(), "form-summary", 3), "What it trains and why it helps the upper back.");
        row(g, r, "cue", "Coaching cue", text(model.cueProperty(), "form-cue"), "One short cue, at most 8 words.");
        return g;
    }

    private Node createMuscles() {
        GridPane g = grid();
        CheckComboBox<Muscle> p = CheckCombos.field("form-primary", "Primary muscles", "Pick the main muscles", List.of(Muscle.values()), model.primary());
        CheckComboBox<Muscle> s = CheckCombos.field("form-secondary", "Secondary muscles", "None", List.of(Muscle.values()), model.secondary());
        int r = row(g, 0, "muscles.primary", "Primary", p, "Strongly shaded on the muscle map.");
        row(g, r, "muscles.secondary", "Secondary", s, "Lightly shaded; a muscle is either primary or secondary.");
        return g;
    }

    private Node createHowTo() {
        GridPane g = grid();
        int r = 0;
        r = row(g, r, "setup", "Setup", area(model.setupProperty(), "form-setup", 4), "One step per line.");
        r = row(g, r, "execution", "Doing it", area(model.executionProperty(), "form-execution", 4), "One step per line.");
        r = row(g, r, "breathing", "Breathing", area(model.breathingProperty(), "form-breathing", 2), null);
        row(g, r, "tempo", "Tempo", text(model.tempoProperty(), "form-tempo"),
                "Lifts and correctives: pull-squeeze-lower in seconds, like 2-1-2.");
        return g;
    }

    private Node createFaults() {
        Label h = new Label("Faults (optional)");
        h.getStyleClass().add("section-title");
        Label hint = new Label("Add what shrugging, rounding or swinging looks and feels like on this exercise, "
                + "and how to fix it. A fault needs at least its fix and a short cue.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(12, h, hint);
        for (Fault f : Fault.values()) {
            ExerciseFormModel.FaultFields ff = model.fault(f);
            String k = f.name() + ".";
            CheckBox on = new CheckBox("Coaching for " + f.displayName().toLowerCase(Locale.ROOT));
            on.setId("form-fault-" + f.name());
            on.getStyleClass().add("form-fault-toggle");
            on.selectedProperty().bindBidirectional(ff.enabledProperty());
            GridPane g = grid();
            int r = 0;
            r = row(g, r, k + "cue", "Cue", text(ff.cueProperty(), "form-" + k + "cue"), "At most 8 words, for the cue card.");
            r = row(g, r, k + "looksLike", "Looks like", area(ff.looksLikeProperty(), "form-" + k + "looksLike", 2), null);
            r = row(g, r, k + "feelsLike", "Feels like", area(ff.feelsLikeProperty(), "form-" + k + "feelsLike", 2), null);
            r = row(g, r, k + "whyItHurts", "Why it hurts", area(ff.whyItHurtsProperty(), "form-" + k + "whyItHurts", 2), null);
            r = row(g, r, k + "fix", "Fix", area(ff.fixProperty(), "form-" + k + "fix", 2), null);
            r = row(g, r, k + "selfCheck", "Check yourself", area(ff.selfCheckProperty(), "form-" + k + "selfCheck", 2), null);
            row(g, r, k + "regression", "Easier variation", regression(ff, "form-" + k + "regression"), null);
            g.visibleProperty().bind(ff.enabledProperty());
            g.managedProperty().bind(ff.enabledProperty());
            Label tag = new Label(f.name());
            tag.getStyleClass().addAll("fault-tag", "fault-tag-" + f.name().toLowerCase(Locale.ROOT));
            HBox head = new HBox(10, tag, on);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox one = new VBox(10, head, g);
            one.getStyleClass().add("form-fault");
            box.getChildren().add(one);
        }
        return box;
    }

    private ComboBox<String> regression(ExerciseFormModel.FaultFields ff, String id) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(12);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String exId) {
                return exId == null || exId.isEmpty() ? "No easier variation" : regressionNames.getOrDefault(exId, exId);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        c.valueProperty().bindBidirectional(ff.regressionProperty());
        regressionBoxes.add(c);
        return c;
    }

    private static VBox section(String title, Node content) {
        Label h = new Label(title);
        h.getStyleClass().add("section-title");
        return new VBox(10, h, content);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(12);
        ColumnConstraints label = new ColumnConstraints(120, 140, 160);
        label.setHalignment(HPos.RIGHT);
        ColumnConstraints field = new ColumnConstraints(200, 500, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field);
        return g;
    }

    private int row(GridPane g, int r, String key, String label, Control input, String hint) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(input);
        l.setWrapText(true);
        l.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        GridPane.setValignment(l, VPos.TOP);
        input.setMaxWidth(Double.MAX_VALUE);
        inputs.put(key, input);
        int dot = key.indexOf('.');
        boolean fault = dot > 0 && key.substring(0, dot).equals(key.substring(0, dot).toUpperCase(Locale.ROOT));
        labelTexts.put(key, fault ? Fault.valueOf(key.substring(0, dot)).displayName() + " " + label.toLowerCase(Locale.ROOT)
                : key.startsWith("muscles.") ? label + " muscles" : label);
        Label error = new Label();
        error.setId("form-error-" + key.replace('.', '-'));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        errorLabels.put(key, error);
        VBox v = new VBox(4, input, error);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().addAll("field-hint", "text-muted");
            h.setWrapText(true);
            v.getChildren().add(1, h);
        }
        g.add(l, 0, r);
        g.add(v, 1, r);
        // the label sits level with the first line of the field
        l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        return r + 1;
    }

    private void refreshErrors() {
        errorLabels.forEach((key, label) -> {
            String msg = model.touched().contains(key) ? model.errors().get(key) : null;
            label.setText(msg == null ? "" : msg);
            label.setVisible(msg != null);
            Node in = inputs.get(key);
            if (in != null) {
                in.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), msg != null);
            }
        });
    }

    private static TextField text(StringProperty p, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static TextArea area(StringProperty p, String id, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static <T extends JsonId> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> p, String prompt) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setPromptText(prompt);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : t.displayName();
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.valueProperty().bindBidirectional((Property<T>) p);
        return c;
    }
}

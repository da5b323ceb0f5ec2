package formcoach.library.ui;

import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.FaultCue;
import formcoach.library.Mistake;
import formcoach.library.Muscle;
import formcoach.library.Source;
import formcoach.library.ui.musclemap.MuscleMap;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lays out an exercise's page: what it is, how to do it, the muscles it works, its three fault cards
 * and "where did you feel it?". Fields an exercise does not have (imported ones have no cues or
 * faults) are left out rather than shown blank.
 */
final class DetailViewBuilder implements Builder<Region> {
    /** Side-by-side fault cards need about 3 × 250 px; below that (a window under ~1000 px) they stack. */
    static final double CARD_COLUMNS_FROM = 780;
    static final double MAP_COLUMN_FROM = 820;

    interface Actions {
        void back();

        void toggleStar();

        void edit();

        void duplicate();

        void askDelete();

        void confirmDelete();

        void cancelDelete();

        void open(String exerciseId);
    }

    private final DetailModel model;
    private final Actions actions;
    private final FeelPanel feel;
    private final Region feelView;
    private final MuscleMap map = new MuscleMap();
    private final VBox body = new VBox(22);
    private final Label title = new Label();
    private ScrollPane scroll;
    private Button back;
    private formcoach.figure.ui.FigurePane figure;

    DetailViewBuilder(DetailModel model, Actions actions, FeelPanel feel) {
        this.model = model;
        this.actions = actions;
        this.feel = feel;
        this.feelView = feel.build();
    }

    /** Where the keyboard starts on a freshly opened lift: the back link, whose focus ring shows it. */
    Node firstFocus() {
        return back;
    }

    MuscleMap map() {
        return map;
    }

    @Override
    public Region build() {
        map.setId("detail-musclemap");
        map.setMaxHeight(520);
        map.setMaxWidth(680);
        body.getStyleClass().add("detail-body");
        body.setFillWidth(true);
        VBox content = new VBox(14, createToolbar(), createTitle(), createConfirm(), createMessage(), body);
        content.getStyleClass().addAll("library-page", "detail");
        scroll = new ScrollPane(content);
        scroll.setId("library-detail");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("detail-scroll", "edge-to-edge");
        model.pageProperty().addListener((o, a, p) -> fill(p));
        fill(model.pageProperty().get());
        return scroll;
    }

    private Node createToolbar() {
        back = new Button("Library", new FontIcon("mdi2a-arrow-left"));
        back.setId("detail-back");
        back.getStyleClass().add("flat");
        back.setTooltip(new Tooltip("Back (Alt+Left or Backspace)"));
        back.setOnAction(e -> actions.back());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button star = new Button();
        star.setId("detail-star");
        star.graphicProperty().bind(Bindings.createObjectBinding(() -> {
            FontIcon i = new FontIcon(model.favouriteProperty().get() ? "mdi2s-star" : "mdi2s-star-outline");
            i.getStyleClass().add(model.favouriteProperty().get() ? "star-on" : "star-off");
            return i;
        }, model.favouriteProperty()));
        star.textProperty().bind(Bindings.when(model.favouriteProperty()).then("Favourite").otherwise("Add to favourites"));
        star.setOnAction(e -> actions.toggleStar());
        Button edit = new Button("Edit", new FontIcon("mdi2p-pencil-outline"));
        edit.setId("detail-edit");
        edit.setOnAction(e -> actions.edit());
        show(edit, model.customBinding());
        Button dup = new Button("Duplicate as my own", new FontIcon("mdi2c-content-copy"));
        dup.setId("detail-duplicate");
        dup.setTooltip(new Tooltip("Make an editable copy among your own exercises"));
        dup.setOnAction(e -> actions.duplicate());
        show(dup, model.customBinding().not());
        Button delete = new Button("Delete", new FontIcon("mdi2d-delete-outline"));
        delete.setId("detail-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> actions.askDelete());
        show(delete, model.customBinding());
        HBox bar = new HBox(8, back, spacer, star, edit, dup, delete);
        bar.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        spacer.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void show(Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }

    private Node createTitle() {
        title.setId("detail-title");
        title.getStyleClass().add("title-1");
        title.setWrapText(true);
        return title;
    }

    private Node createConfirm() {
        Label q = new Label();
        q.setWrapText(true);
        q.textProperty().bind(Bindings.createStringBinding(() -> model.exercise() == null ? ""
                : "Delete \u201c" + model.exercise().name() + "\u201d for good? This cannot be undone.", model.pageProperty()));
        HBox.setHgrow(q, Priority.ALWAYS);
        Button yes = new Button("Delete");
        yes.setId("delete-confirm");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> actions.confirmDelete());
        Button no = new Button("Keep it");
        no.setId("delete-cancel");
        no.setOnAction(e -> actions.cancelDelete());
        HBox bar = new HBox(10, q, yes, no);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("banner", "banner-error");
        show(bar, model.confirmingDeleteProperty());
        model.confirmingDeleteProperty().addListener((o, a, b) -> {
            if (b) {
                no.requestFocus();
            }
        });
        return bar;
    }

    private Node createMessage() {
        Label m = new Label();
        m.setId("detail-message");
        m.setWrapText(true);
        m.getStyleClass().addAll("banner", "banner-error");
        m.textProperty().bind(model.messageProperty());
        show(m, model.messageProperty().isNotEmpty());
        return m;
    }

    private void fill(DetailModel.Page p) {
        body.getChildren().clear();
        if (p == null) {
            title.setText("");
            return;
        }
        Exercise e = p.exercise();
        title.setText(e.name());
        if (!e.aliases().isEmpty()) {
            Label also = text("Also called " + String.join(", ", e.aliases()), "detail-aliases");
            also.getStyleClass().add("text-muted");
            body.getChildren().add(also);
        }
        body.getChildren().add(createFacts(e));
        if (!e.summary().isBlank()) {
            body.getChildren().add(text(e.summary(), "detail-summary"));
        }
        if (!e.cue().isBlank()) {
            Label cue = text(e.cue(), "detail-cue");
            cue.setId("detail-cue");
            cue.setGraphic(new FontIcon("mdi2b-bullhorn-outline"));
            body.getChildren().add(cue);
        }
        if (p.feelAvailable()) {
            Hyperlink jump = new Hyperlink("Felt this lift somewhere? Where did you feel it?");
            jump.setId("detail-feel-jump");
            jump.setGraphic(new FontIcon("mdi2a-arrow-down"));
            jump.setOnAction(ev -> scrollTo(feelView));
            body.getChildren().add(jump);
        }
        if (p.twin() != null) {
            body.getChildren().add(createTwin(p.twin()));
        }
        // the lift performed by its figure (formcoach.figure.ui), the faulty reps under the cards;
        // an imported twin of one of ours is shown by our lift's figure
        figure = formcoach.figure.ui.FigurePane.forLift(e.id())
                .or(() -> p.twin() == null ? java.util.Optional.empty() : formcoach.figure.ui.FigurePane.forLift(p.twin().id()))
                .orElse(null);
        if (figure != null) {
            body.getChildren().add(new VBox(8, heading("Watch it"), figure));
        }
        // the fault cards come before the steps: they are what a person checks right before a set
        if (!e.faults().isEmpty()) {
            body.getChildren().add(createFaults(e, p));
        } else if (p.twin() != null && !p.twin().faults().isEmpty()) {
            body.getChildren().add(createFaults(p.twin(), p));
        }
        map.setHighlights(ids(e.muscles().primary()), ids(e.muscles().secondary()));
        VBox steps = createSteps(e);
        boolean hasMuscles = !e.muscles().all().isEmpty();
        VBox mapBox = new VBox(8, heading("Muscles worked"), map);
        mapBox.getStyleClass().add("map-box");
        VBox.setVgrow(map, Priority.ALWAYS);
        if (hasMuscles && !steps.getChildren().isEmpty()) {
            body.getChildren().add(new Columns(MAP_COLUMN_FROM, 28, false, new double[] {1, 1}, steps, mapBox));
        } else if (hasMuscles) {
            body.getChildren().add(mapBox);
        } else if (!steps.getChildren().isEmpty()) {
            body.getChildren().add(steps);
        }
        if (!e.mistakes().isEmpty()) {
            body.getChildren().add(createMistakes(e.mistakes()));
        }
        if (p.feelAvailable()) {
            feel.setLift(e);
            body.getChildren().add(feelView);
        }
        if (scroll != null) {
            scroll.setVvalue(0);
        }
    }

    /** "Same movement as our Barbell bent-over row": an imported lift points to ours, whose fault cards it shows. */
    private Node createTwin(Exercise twin) {
        Label says = new Label("Same movement as our");
        Hyperlink link = new Hyperlink(twin.name());
        link.setId("detail-twin");
        link.setAccessibleText("Same movement as our " + twin.name() + ": open it");
        link.setOnAction(ev -> actions.open(twin.id()));
        Label rest = new Label(twin.faults().isEmpty() ? "." : "\u2014 its fault cards, with the fix for each, are below.");
        rest.setWrapText(true);
        FlowPane line = new FlowPane(4, 4, new FontIcon("mdi2l-link-variant"), says, link, rest);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().addAll("banner", "banner-info", "detail-twin");
        return line;
    }

    /** Scrolls the page so that {@code n} (a child of the body) starts at the top of the view. */
    private void scrollTo(Node n) {
        scroll.layout();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        double y = n.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
        scroll.setVvalue(content <= view ? 0 : Math.min(1, Math.max(0, y / (content - view))));
        n.requestFocus();
    }

    private static List<String> ids(List<Muscle> muscles) {
        return muscles.stream().map(Muscle::id).toList();
    }

    private Node createFacts(Exercise e) {
        FlowPane facts = new FlowPane(8, 8);
        facts.setId("detail-facts");
        facts.getStyleClass().add("detail-facts");
        if (e.category() != null) {
            facts.getChildren().add(chip(e.category().displayName(), "chip-cat-" + e.category().id()));
        }
        if (e.level() != null) {
            facts.getChildren().add(chip(e.level().displayName(), "chip-level"));
        }
        if (!e.equipment().isEmpty()) {
            facts.getChildren().add(chip(e.equipment().stream().map(Equipment::displayName).collect(Collectors.joining(", ")),
                    "chip-equipment"));
        }
        if (e.source() != Source.BUILTIN) {
            facts.getChildren().add(chip(e.source().displayName(), e.source() == Source.CUSTOM ? "chip-custom" : "chip-imported"));
        }
        if (!e.tempo().isBlank()) {
            String words = Texts.tempoWords(e.tempo());
            boolean numeric = !words.equals(e.tempo().strip());
            Label tempo = new Label(numeric ? "Tempo " + e.tempo() + "  (" + words + ")" : "Tempo: " + e.tempo());
            tempo.setId("detail-tempo");
            tempo.getStyleClass().add("detail-tempo");
            tempo.setGraphic(new FontIcon("mdi2m-metronome"));
            tempo.setWrapText(true);
            facts.getChildren().add(tempo);
        }
        return facts;
    }

    private static Label chip(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("chip", style);
        return l;
    }

    private VBox createSteps(Exercise e) {
        VBox v = new VBox(16);
        v.getStyleClass().add("detail-steps");
        if (!e.setup().isEmpty()) {
            v.getChildren().add(stepList("Setup", e.setup()));
        }
        if (!e.execution().isEmpty()) {
            v.getChildren().add(stepList("Doing it", e.execution()));
        }
        if (!e.breathing().isBlank()) {
            v.getChildren().add(new VBox(6, heading("Breathing"), text(e.breathing(), "detail-text")));
        }
        return v;
    }

    private static Node stepList(String name, List<String> steps) {
        VBox v = new VBox(6, heading(name));
        for (int i = 0; i < steps.size(); i++) {
            Label n = new Label(String.valueOf(i + 1));
            n.getStyleClass().add("step-number");
            n.setMinWidth(Region.USE_PREF_SIZE);
            Label t = text(steps.get(i), "step-text");
            HBox.setHgrow(t, Priority.ALWAYS);
            HBox row = new HBox(10, n, t);
            row.setAlignment(Pos.TOP_LEFT);
            v.getChildren().add(row);
        }
        return v;
    }

    private Node createFaults(Exercise e, DetailModel.Page p) {
        Label h = heading("Don't shrug, round or swing it");
        Label sub = text("Each card: the cue to remember, how the fault looks and feels, and how to fix it.", "text-muted");
        List<Node> cards = e.faults().stream().sorted(java.util.Comparator.comparing(FaultCue::fault))
                .map(f -> createFaultCard(f, p)).toList();
        Columns cols = new Columns(CARD_COLUMNS_FROM, 16, true, null, cards.toArray(Node[]::new));
        cols.setId("fault-cards");
        return new VBox(8, h, sub, cols);
    }

    private Node createFaultCard(FaultCue f, DetailModel.Page p) {
        Fault fault = f.fault();
        String key = fault.name().toLowerCase(Locale.ROOT);
        Label tag = new Label(fault.name());
        tag.getStyleClass().addAll("fault-tag", "fault-tag-" + key);
        VBox card = new VBox(10, tag);
        card.setId("fault-card-" + fault.name());
        card.getStyleClass().addAll("fault-card", "fault-card-" + key);
        if (!f.cue().isBlank()) {
            Label cue = text(f.cue(), "fault-cue");
            cue.setId("fault-cue-" + fault.name());
            card.getChildren().add(cue);
        }
        part(card, "Looks like", f.looksLike());
        if (figure != null) {
            card.getChildren().add(figure.faultComparison(fault));
        }
        part(card, "Feels like", f.feelsLike());
        part(card, "Why it hurts", f.whyItHurts());
        part(card, "Fix", f.fix());
        part(card, "Check yourself", f.selfCheck());
        String name = p.regressionNames().get(f.regression());
        if (name != null) {
            Label easier = new Label("Easier variation");
            easier.getStyleClass().add("card-label");
            Hyperlink link = new Hyperlink(name);
            link.setId("regression-" + fault.name());
            link.setWrapText(true);
            link.setGraphic(new FontIcon("mdi2a-arrow-right"));
            link.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            link.setOnAction(ev -> actions.open(f.regression()));
            link.setTooltip(new Tooltip("Open " + name));
            card.getChildren().add(new VBox(2, easier, link));
        }
        return card;
    }

    private static void part(VBox card, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label l = new Label(label);
        l.getStyleClass().add("card-label");
        card.getChildren().add(new VBox(2, l, text(value, "card-text")));
    }

    private Node createMistakes(List<Mistake> mistakes) {
        VBox v = new VBox(10, heading("Common mistakes"));
        v.setId("detail-mistakes");
        for (Mistake m : mistakes) {
            Label what = text(m.mistake(), "mistake");
            what.setGraphic(new FontIcon("mdi2c-close-circle-outline"));
            Label fix = text(m.fix(), "mistake-fix");
            fix.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
            VBox one = new VBox(4, what, fix);
            one.getStyleClass().add("mistake-item");
            v.getChildren().add(one);
        }
        return v;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}

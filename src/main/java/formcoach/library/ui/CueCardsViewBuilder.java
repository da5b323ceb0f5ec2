package formcoach.library.ui;

import formcoach.library.Exercise;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;
import java.util.stream.Collectors;

/** The lift picker and the full-window cue cards of "before you lift". */
final class CueCardsViewBuilder implements Builder<Region> {
    /**
     * The card's type grows with the window: 1.0 at about 800×600, up to {@link #MAX_SCALE} on a
     * big screen, never under {@link #MIN_SCALE}. Width and height both count, so a wide but short
     * window does not push the lines off the card.
     */
    static final double MIN_SCALE = 0.85;
    static final double MAX_SCALE = 2.8;

    interface Actions {
        void toggle(String exerciseId);

        void showCards();

        void leave();

        void next();

        void back();

        void warmUpDone();

        void startWarmUp();

        String nameOf(String exerciseId);

        Exercise lift(String exerciseId);
    }

    private final CueCardsModel model;
    private final Actions actions;
    private final FeelPanel feel;
    private final Region feelView;
    private final TextField search = new TextField();
    private final ListView<Exercise> list = new ListView<>();
    private final StackPane cardsPane = new StackPane();
    private final VBox cardBox = new VBox();
    private final ToggleGroup feelLifts = new ToggleGroup();
    private final DoubleBinding scale = Bindings.createDoubleBinding(
            () -> cardScale(cardsPane.getWidth(), cardsPane.getHeight()), cardsPane.widthProperty(), cardsPane.heightProperty());

    CueCardsViewBuilder(CueCardsModel model, Actions actions, FeelPanel feel) {
        this.model = model;
        this.actions = actions;
        this.feel = feel;
        this.feelView = feel.build();
        feelLifts.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null && a != null && feelLifts.getToggles().contains(a)) {
                feelLifts.selectToggle(a); // one lift stays picked
            } else if (t != null) {
                feel.setLift(actions.lift((String) t.getUserData()));
            }
        });
    }

    TextField search() {
        return search;
    }

    ListView<Exercise> list() {
        return list;
    }

    StackPane cardsPane() {
        return cardsPane;
    }

    @Override
    public Region build() {
        Region picker = createPicker();
        Region cards = createCards();
        picker.visibleProperty().bind(model.showingCardsProperty().not());
        cards.visibleProperty().bind(model.showingCardsProperty());
        StackPane root = new StackPane(picker, cards);
        root.getStyleClass().add("before-you-lift");
        return root;
    }

    // ------------------------------------------------------------------ picker

    private Region createPicker() {
        Button back = new Button("Library", new FontIcon("mdi2a-arrow-left"));
        back.setId("lift-picker-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> actions.leave());
        Label title = new Label("Before you lift");
        title.getStyleClass().add("title-2");
        Label text = new Label("Pick today's lifts. Next come their cue cards, one lift per card in large type, "
                + "to read at the bar. Your picks are kept as today's plan.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("text-muted");
        search.setId("lift-picker-search");
        search.setPromptText("Find a lift");
        list.setId("lift-picker-list");
        list.setItems(model.lifts());
        list.setCellFactory(v -> new PickCell());
        list.setFixedCellSize(44);
        Label none = new Label("No lift matches this search.");
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        model.picked().addListener((ListChangeListener<String>) c -> list.refresh());
        Label picked = new Label();
        picked.setId("lift-picker-picked");
        picked.setWrapText(true);
        picked.setMinHeight(Region.USE_PREF_SIZE);
        picked.textProperty().bind(Bindings.createStringBinding(() -> model.picked().isEmpty()
                ? "Nothing picked yet."
                : "Today: " + model.picked().stream().map(actions::nameOf).collect(Collectors.joining(", ")), model.picked()));
        HBox.setHgrow(picked, Priority.ALWAYS);
        picked.setMaxWidth(Double.MAX_VALUE);
        Button go = new Button("Show cue cards", new FontIcon("mdi2a-arrow-right"));
        go.setId("show-cue-cards");
        go.getStyleClass().add("accent");
        go.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        go.setDefaultButton(true);
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.disableProperty().bind(Bindings.isEmpty(model.picked()));
        go.setOnAction(e -> actions.showCards());
        HBox bottom = new HBox(12, picked, go);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, back, title, text, search, list, bottom);
        box.setId("lift-picker");
        box.getStyleClass().addAll("library-page", "lift-picker");
        box.setMaxWidth(820);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        return box;
    }

    private final class PickCell extends ListCell<Exercise> {
        private final CheckBox box = new CheckBox();
        private final Label category = new Label();
        private final HBox row;

        PickCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.setFocusTraversable(false);
            formcoach.ui.FullText.install(box);
            HBox.setHgrow(box, Priority.ALWAYS);
            category.getStyleClass().add("chip");
            category.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(10, box, category);
            row.setAlignment(Pos.CENTER_LEFT);
            box.setOnAction(e -> {
                if (getItem() != null) {
                    actions.toggle(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(Exercise e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            box.setText(e.name());
            box.setSelected(model.picked().contains(e.id()));
            category.setText(e.category() == null ? "" : e.category().displayName());
            category.getStyleClass().removeIf(s -> s.startsWith("chip-cat-"));
            if (e.category() != null) {
                category.getStyleClass().add("chip-cat-" + e.category().id());
            }
            setGraphic(row);
        }
    }

    // ------------------------------------------------------------------ cards

    private Region createCards() {
        cardsPane.setId("cue-cards");
        cardsPane.getStyleClass().add("cue-cards");
        cardsPane.setFocusTraversable(true);
        Label progress = new Label();
        progress.setId("cue-card-progress");
        progress.getStyleClass().add("cue-progress");
        progress.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = model.indexProperty().get();
            return i == 0 ? "Before the lifts" : i > model.cards().size() ? "After your sets"
                    : "Lift " + i + " of " + model.cards().size();
        }, model.indexProperty(), model.cards()));
        Label keys = new Label();
        keys.setId("cue-keys");
        keys.getStyleClass().add("cue-keys");
        keys.textProperty().bind(Bindings.createStringBinding(() -> model.onAfterCardBinding().get()
                ? "\u2190 back  ·  Esc leave"
                : model.onWarmUpCardBinding().get() ? "Space or \u2192 on to the lifts  ·  Esc leave"
                : "Space or \u2192 next  ·  \u2190 back  ·  Esc leave", model.onAfterCardBinding(), model.onWarmUpCardBinding()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("cue-cards-close");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip("Leave the cue cards (Esc)"));
        close.setOnAction(e -> actions.leave());
        HBox top = new HBox(12, progress, spacer, keys, close);
        top.setAlignment(Pos.CENTER_LEFT);

        cardBox.setId("cue-card");
        cardBox.getStyleClass().add("cue-card");
        cardBox.setAlignment(Pos.CENTER_LEFT);
        cardBox.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(cardBox);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("cue-scroll", "edge-to-edge");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button prev = new Button("Back", new FontIcon("mdi2a-arrow-left"));
        prev.setId("cue-prev");
        prev.setFocusTraversable(false);
        prev.disableProperty().bind(model.canGoBackBinding().not());
        prev.setOnAction(e -> actions.back());
        Button next = new Button("Next", new FontIcon("mdi2a-arrow-right"));
        next.setId("cue-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setFocusTraversable(false);
        next.getStyleClass().add("accent");
        next.visibleProperty().bind(model.onAfterCardBinding().not());
        next.setOnAction(e -> actions.next());
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox bottom = new HBox(12, prev, spacer2, next);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox frame = new VBox(16, top, scroll, bottom);
        frame.getStyleClass().add("cue-frame");
        cardsPane.getChildren().add(frame);
        model.indexProperty().addListener((o, a, b) -> fillCard());
        model.cards().addListener((ListChangeListener<CueCard>) c -> fillCard());
        model.warmUpDoneProperty().addListener((o, a, b) -> {
            if (model.onWarmUpCardBinding().get()) {
                fillCard();
            }
        });
        fillCard();
        return cardsPane;
    }

    private void fillCard() {
        cardBox.getChildren().clear();
        int i = model.indexProperty().get();
        if (i == 0) {
            fillWarmUp();
        } else if (i <= model.cards().size()) {
            fillLift(model.cards().get(i - 1));
        } else {
            fillAfter();
        }
    }

    private void fillLift(CueCard c) {
        Label name = big(c.name(), "cue-card-title", 38, FontWeight.BOLD);
        name.setId("cue-card-title");
        VBox lines = new VBox(18);
        for (CueCard.Line l : c.lines()) {
            Label tag = new Label(l.fault().name());
            scaled(tag, 15, FontWeight.BOLD);
            tag.getStyleClass().addAll("fault-tag", "fault-tag-" + l.fault().name().toLowerCase(Locale.ROOT));
            Label cue = big(l.cue(), "cue-line", 26, FontWeight.BOLD);
            cue.setId("cue-line-" + l.fault().name());
            lines.getChildren().add(new VBox(4, tag, cue));
        }
        if (!c.generalCue().isBlank()) {
            lines.getChildren().add(big(c.generalCue(), "cue-line", 26, FontWeight.BOLD));
        }
        if (lines.getChildren().isEmpty()) {
            lines.getChildren().add(big("No cues are stored for this lift.", "cue-empty", 22, FontWeight.NORMAL));
        }
        cardBox.getChildren().addAll(name, formcoach.figure.ui.FigureThumb.beside(lines, c.exerciseId(), scale, 220));
        if (!c.tempo().isBlank()) {
            Label tempo = big("Tempo " + c.tempo(), "cue-tempo", 24, FontWeight.NORMAL);
            tempo.setId("cue-tempo");
            FontIcon metronome = new FontIcon("mdi2m-metronome");
            metronome.iconSizeProperty().bind(Bindings.createIntegerBinding(() -> (int) Math.round(26 * scale.get()), scale));
            tempo.setGraphic(metronome);
            VBox t = new VBox(2, tempo);
            if (!c.tempoWords().isBlank()) {
                t.getChildren().add(big(c.tempoWords(), "cue-tempo-words", 18, FontWeight.NORMAL));
            }
            cardBox.getChildren().add(t);
        }
    }

    private void fillWarmUp() {
        Label title = big("Warmed up?", "cue-card-title", 38, FontWeight.BOLD);
        title.setId("warmup-title");
        Label why = big("Warm muscles and a moving upper back take the load better than cold ones. "
                + "Warm up first, then read each lift's cues at the bar.", "cue-warmup-text", 18, FontWeight.NORMAL);
        Button yes = new Button("Yes, I've warmed up", new FontIcon("mdi2c-check"));
        yes.setId("warmup-yes");
        yes.getStyleClass().addAll("accent", "large");
        yes.setOnAction(e -> actions.warmUpDone());
        Button start = new Button("Start the warm-up", new FontIcon("mdi2t-timer-outline"));
        start.setId("warmup-start");
        start.getStyleClass().add("large");
        start.setOnAction(e -> actions.startWarmUp());
        FlowPane buttons = new FlowPane(12, 12, yes, start);
        VBox box = new VBox(14, title, why, buttons);
        box.setId("warmup-card");
        if (model.warmUpDoneProperty().get()) {
            Label done = big("Warm-up noted for today. Lift well.", "cue-warmup-done", 20, FontWeight.NORMAL);
            done.setId("warmup-noted");
            done.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
            box.getChildren().add(done);
        }
        if (!model.messageProperty().get().isEmpty()) {
            Label m = big(model.messageProperty().get(), "cue-message", 16, FontWeight.NORMAL);
            box.getChildren().add(m);
        }
        cardBox.getChildren().add(box);
    }

    /** The last card: where did you feel each lift? */
    private void fillAfter() {
        Label title = big("After your sets", "cue-card-title", 30, FontWeight.BOLD);
        title.setId("after-title");
        cardBox.getChildren().add(title);
        if (!model.cards().isEmpty()) {
            Label after = new Label("Pick a lift and where you felt it most.");
            after.getStyleClass().add("text-muted");
            FlowPane which = new FlowPane(8, 8);
            which.setId("feel-lifts");
            // redrawing this card (the warm-up was just ticked) keeps the lift and the answer on show
            Object keep = feelLifts.getSelectedToggle() == null ? null : feelLifts.getSelectedToggle().getUserData();
            feelLifts.getToggles().clear();
            for (CueCard c : model.cards()) {
                ToggleButton b = new ToggleButton(c.name());
                b.setId("feel-lift-" + c.exerciseId());
                b.setToggleGroup(feelLifts);
                b.setUserData(c.exerciseId());
                which.getChildren().add(b);
            }
            feelLifts.selectToggle(feelLifts.getToggles().stream().filter(t -> t.getUserData().equals(keep))
                    .findFirst().orElse(feelLifts.getToggles().get(0)));
            VBox feelBox = new VBox(10, after);
            if (model.cards().size() > 1) {
                feelBox.getChildren().add(which);
            }
            feelBox.getChildren().add(feelView);
            feelBox.getStyleClass().add("cue-feel");
            cardBox.getChildren().add(feelBox);
        }
    }


    /** {@code min(width / 690, height / 420)}, kept within the bounds: 1.0 is the card pane of an 800×600 window. */
    static double cardScale(double width, double height) {
        if (width <= 0 || height <= 0) {
            return 1;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(width / 690, height / 420)));
    }

    /** A bound font is left alone by CSS, so the stylesheet gives these labels only colours and padding. */
    private void scaled(Label l, double base, FontWeight weight) {
        l.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(Font.getDefault().getFamily(), weight, Math.round(base * scale.get())), scale));
    }

    private Label big(String text, String style, double base, FontWeight weight) {
        Label l = new Label(text);
        scaled(l, base, weight);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }

    Node feelView() {
        return feelView;
    }
}

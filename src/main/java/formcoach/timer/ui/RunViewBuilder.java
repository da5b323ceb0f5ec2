package formcoach.timer.ui;

import formcoach.timer.Phase;
import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Builder;
import javafx.util.Duration;

import java.util.Locale;

/**
 * The timer screen: a ring with the time left in very large digits, the step and its cue beside it,
 * next up, a bar for the whole routine and a key legend. Every size follows the screen's own size
 * (the window minus the rail), so it reads across a room at full HD and still fits at 800×600.
 * Colours per phase come from CSS pseudo-classes on the root ({@code :lead-in}, {@code :work},
 * {@code :switch-sides}, {@code :done}, {@code :stopped}, {@code :paused}).
 */
final class RunViewBuilder implements Builder<Region> {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass TEMPO = PseudoClass.getPseudoClass("tempo");

    private final RunModel model;
    private final Runnable stop;
    private final Runnable keepGoing;
    private final Runnable runAgain;
    private final Runnable back;
    private final StackPane root = new StackPane();
    private DoubleBinding scale;

    RunViewBuilder(RunModel model, Runnable stop, Runnable keepGoing, Runnable runAgain, Runnable back) {
        this.model = model;
        this.stop = stop;
        this.keepGoing = keepGoing;
        this.runAgain = runAgain;
        this.back = back;
    }

    @Override
    public Region build() {
        root.setId("timer-run");
        root.getStyleClass().add("timer-run");
        root.setMinSize(0, 0);
        // 1.0 at 1100×720 of screen; the rail is not part of it
        scale = Bindings.createDoubleBinding(() -> Math.max(0.45, Math.min(root.getWidth() / 1100, root.getHeight() / 720)),
                root.widthProperty(), root.heightProperty());
        BorderPane main = new BorderPane();
        main.getStyleClass().add("run-main");
        main.paddingProperty().bind(Bindings.createObjectBinding(() -> {
            double p = Math.round(24 * scale.get());
            return new Insets(p * 0.7, p, p * 0.6, p);
        }, scale));
        main.setTop(createHeader());
        // once the run is over the summary takes the middle of the screen; the keys for a running timer go away;
        // in full screen (F11) the clock fills the screen instead of the ring
        StackPane center = new StackPane(Views.showWhen(createBody(), model.bigClockProperty().not()),
                Views.showWhen(createBigClock(), model.bigClockProperty()));
        main.setCenter(Views.showWhen(center, model.finishedProperty().not()));
        main.setBottom(createFooter());
        root.getChildren().addAll(main, createPausedBadge(), createConfirm(), createSummary(), createFlash(), createPulse(),
                createHalfway());
        bindPhaseStyles();
        root.setFocusTraversable(true);
        return root;
    }

    private Node createHeader() {
        Label name = Views.text("", "run-routine-name");
        name.textProperty().bind(model.routineNameProperty());
        name.setId("run-routine-name");
        name.setMinWidth(0);
        formcoach.ui.FullText.install(name);
        Views.scaledFont(name, scale, 22, 15, FontWeight.BOLD);
        Label counter = Views.label(model.stepCounterProperty(), "run-step-counter");
        counter.setId("run-step-counter");
        Views.scaledFont(counter, scale, 20, 14, FontWeight.NORMAL);
        Label soundOff = new Label("Sound is off");
        soundOff.setId("run-sound-off");
        soundOff.getStyleClass().add("run-sound-off");
        soundOff.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2v-volume-off"));
        soundOff.setMinWidth(Region.USE_PREF_SIZE);
        soundOff.accessibleTextProperty().bind(model.soundNoticeProperty());
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(model.soundNoticeProperty());
        why.setWrapText(true);
        why.setMaxWidth(420);
        soundOff.setTooltip(why);
        Views.showWhen(soundOff, Bindings.isNotEmpty(model.soundNoticeProperty()));
        Views.scaledFont(soundOff, scale, 16, 13, FontWeight.BOLD);
        Label muted = Views.text("Muted (M)", "run-muted");
        Views.showWhen(muted, model.mutedProperty());
        Views.scaledFont(muted, scale, 16, 13, FontWeight.BOLD);
        Label total = Views.label(model.totalLeftProperty(), "run-total-left");
        total.setId("run-total-left");
        total.setMinWidth(Region.USE_PREF_SIZE);
        Views.scaledFont(total, scale, 22, 15, FontWeight.BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox h = new HBox(16, name, counter, spacer, soundOff, muted, total);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("run-header");
        return h;
    }

    private Node createBody() {
        HBox body = new HBox();
        body.spacingProperty().bind(scale.multiply(44));
        body.setAlignment(Pos.CENTER);
        body.getChildren().addAll(createRing(), createInfo());
        BorderPane.setMargin(body, new Insets(8, 0, 8, 0));
        return body;
    }

    /** The step's ring with the digits inside; its diameter follows the screen size. */
    private Node createRing() {
        DoubleBinding d = Bindings.createDoubleBinding(
                () -> Math.max(150, Math.min(root.getHeight() * 0.64, root.getWidth() * 0.44)),
                root.widthProperty(), root.heightProperty());
        DoubleBinding stroke = d.multiply(0.055);
        DoubleBinding c = d.divide(2);
        DoubleBinding r = c.subtract(stroke.divide(2));
        Circle track = new Circle();
        track.getStyleClass().add("ring-track");
        track.centerXProperty().bind(c);
        track.centerYProperty().bind(c);
        track.radiusProperty().bind(r);
        track.strokeWidthProperty().bind(stroke);
        Arc arc = new Arc();
        arc.setId("run-ring");
        arc.getStyleClass().add("ring-arc");
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(90);
        arc.setStrokeLineCap(StrokeLineCap.ROUND);
        arc.centerXProperty().bind(c);
        arc.centerYProperty().bind(c);
        arc.radiusXProperty().bind(r);
        arc.radiusYProperty().bind(r);
        arc.strokeWidthProperty().bind(stroke);
        arc.lengthProperty().bind(model.stepProgressProperty().multiply(-360));
        // a plain Pane keeps the shapes where they are while the arc's bounds change
        Pane shapes = new Pane(track, arc);
        shapes.minWidthProperty().bind(d);
        shapes.minHeightProperty().bind(d);
        shapes.maxWidthProperty().bind(d);
        shapes.maxHeightProperty().bind(d);
        shapes.prefWidthProperty().bind(d);
        shapes.prefHeightProperty().bind(d);

        Label digits = new Label();
        digits.setId("run-digits");
        digits.getStyleClass().add("run-digits");
        digits.textProperty().bind(model.digitsProperty());
        digits.setMinWidth(Region.USE_PREF_SIZE);
        digits.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.round(d.get() * 0.26)), d));
        Label word = new Label();
        word.getStyleClass().add("run-ring-word");
        word.textProperty().bind(Bindings.when(model.pausedProperty()).then("Paused").otherwise(model.phaseWordProperty()));
        word.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(14, Math.round(d.get() * 0.065))), d));
        Views.showWhen(word, model.tempoModeProperty().not());
        VBox inner = new VBox(0, digits, word);
        inner.setAlignment(Pos.CENTER);
        StackPane ring = new StackPane(shapes, inner);
        ring.getStyleClass().add("run-ring");
        ring.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return ring;
    }

    /**
     * Full screen: the time left in digits that fill the screen (at 1920×1080 they stand over a third
     * of its height, readable from across a room), the phase word above, the step and its cue below,
     * all growing with the screen.
     */
    private Node createBigClock() {
        DoubleBinding font = Bindings.createDoubleBinding(
                () -> Math.max(60, Math.min(root.getHeight() * 0.55, root.getWidth() * 0.92 / 3.2)),
                root.widthProperty(), root.heightProperty());
        DoubleBinding h = Bindings.createDoubleBinding(() -> Math.max(1, root.getHeight()), root.heightProperty());
        javafx.scene.text.Text digits = new javafx.scene.text.Text();
        digits.setId("run-big-digits");
        digits.getStyleClass().add("run-big-digits");
        // the glyphs' own bounds, not the line's: the digits take the room, not their line spacing
        digits.setBoundsType(javafx.scene.text.TextBoundsType.VISUAL);
        digits.textProperty().bind(model.digitsProperty());
        digits.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.round(font.get())), font));
        Label word = new Label();
        word.setId("run-big-word");
        word.getStyleClass().add("run-ring-word");
        word.textProperty().bind(Bindings.when(model.pausedProperty()).then("Paused").otherwise(model.phaseWordProperty()));
        bigFont(word, h, 0.065, FontWeight.BOLD);
        Label name = new Label();
        name.setId("run-big-name");
        name.getStyleClass().add("run-step-name");
        name.textProperty().bind(Bindings.concat(model.stepNameProperty(),
                Bindings.when(Bindings.isEmpty(model.sideTextProperty())).then("").otherwise(Bindings.concat("  \u00b7  ", model.sideTextProperty()))));
        formcoach.ui.FullText.install(name);
        bigFont(name, h, 0.07, FontWeight.BOLD);
        Label cue = Views.label(model.stepCueProperty(), "run-cue");
        cue.setId("run-big-cue");
        cue.setWrapText(true);
        cue.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        bigFont(cue, h, 0.045, FontWeight.NORMAL);
        VBox box = new VBox(0, word, digits, name, cue);
        box.spacingProperty().bind(h.multiply(0.012));
        box.setAlignment(Pos.CENTER);
        box.setId("run-big-clock");
        return box;
    }

    private static void bigFont(Label l, DoubleBinding h, double share, FontWeight weight) {
        l.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(Font.getDefault().getFamily(), weight, Math.max(16, Math.round(h.get() * share))), h));
    }

    private Node createInfo() {
        Label phase = Views.text("", "run-phase-word");
        phase.setId("run-phase-word");
        phase.textProperty().bind(model.infoHeadingProperty());
        Views.scaledFont(phase, scale, 24, 16, FontWeight.BOLD);
        Views.showWhen(phase, model.tempoModeProperty().not());

        Label name = Views.text("", "run-step-name");
        name.setId("run-step-name");
        name.textProperty().bind(model.stepNameProperty());
        name.setWrapText(true);
        Views.scaledFont(name, scale, 46, 26, FontWeight.BOLD);

        Label side = Views.label(model.sideTextProperty(), "run-side");
        side.setId("run-side");
        Views.scaledFont(side, scale, 28, 18, FontWeight.BOLD);

        Label cue = Views.label(model.stepCueProperty(), "run-cue");
        cue.setId("run-cue");
        cue.setWrapText(true);
        Views.scaledFont(cue, scale, 28, 18, FontWeight.NORMAL);

        Label detail = Views.label(model.stepDetailProperty(), "run-detail");
        detail.setWrapText(true);
        Views.scaledFont(detail, scale, 19, 14, FontWeight.NORMAL);

        VBox info = new VBox();
        info.spacingProperty().bind(scale.multiply(10));
        info.getStyleClass().add("run-info");
        info.setAlignment(Pos.CENTER_LEFT);
        info.setMinWidth(0);
        info.maxWidthProperty().bind(scale.multiply(760));
        HBox.setHgrow(info, Priority.ALWAYS);
        info.getChildren().addAll(phase, name, createTempo(), side, cue, detail, createNext());
        return info;
    }

    /** In a tempo set: the phase word and rep very large, and the lift's cue against momentum. */
    private Node createTempo() {
        Label word = Views.text("", "run-tempo-word");
        word.setId("run-tempo-word");
        word.textProperty().bind(Bindings.when(model.pausedProperty()).then("PAUSED").otherwise(
                Bindings.createStringBinding(() -> model.phaseWordProperty().get().toUpperCase(Locale.ROOT), model.phaseWordProperty())));
        Views.scaledFont(word, scale, 84, 40, FontWeight.BOLD);
        // "GET READY" wraps rather than end in "…" in a narrow window
        word.setWrapText(true);
        word.setMinHeight(Region.USE_PREF_SIZE);
        Label rep = Views.label(model.repTextProperty(), "run-rep");
        rep.setId("run-rep");
        Views.scaledFont(rep, scale, 40, 22, FontWeight.BOLD);
        Label head = Views.text("Against momentum", "run-momentum-head");
        Views.scaledFont(head, scale, 16, 13, FontWeight.BOLD);
        Label cue = new Label();
        cue.setId("run-momentum");
        cue.getStyleClass().add("run-momentum");
        cue.textProperty().bind(model.momentumCueProperty());
        cue.setWrapText(true);
        Views.scaledFont(cue, scale, 30, 18, FontWeight.BOLD);
        VBox callout = new VBox(4, head, cue);
        callout.getStyleClass().add("run-momentum-box");
        Views.showWhen(callout, Bindings.isNotEmpty(model.momentumCueProperty()));
        VBox box = new VBox(6, word, rep, callout);
        return Views.showWhen(box, model.tempoModeProperty());
    }

    private Node createNext() {
        Label head = Views.text("Next up", "run-next-head");
        Views.scaledFont(head, scale, 16, 13, FontWeight.BOLD);
        Label name = Views.label(model.nextNameProperty(), "run-next-name");
        name.setId("run-next-name");
        name.setWrapText(true);
        Views.scaledFont(name, scale, 24, 16, FontWeight.BOLD);
        Label cue = Views.label(model.nextCueProperty(), "run-next-cue");
        cue.setId("run-next-cue");
        cue.setWrapText(true);
        Views.scaledFont(cue, scale, 20, 15, FontWeight.NORMAL);
        VBox box = new VBox(2, head, name, cue, formcoach.figure.ui.FigureThumb.slot(model.nextExerciseIdProperty(), scale, 170));
        box.getStyleClass().add("run-next");
        VBox.setMargin(box, new Insets(12, 0, 0, 0));
        return Views.showWhen(box, Bindings.isNotEmpty(model.nextNameProperty()));
    }

    private Node createFooter() {
        ProgressBar bar = new ProgressBar();
        bar.setId("run-routine-bar");
        bar.getStyleClass().add("run-routine-bar");
        bar.progressProperty().bind(model.routineProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.prefHeightProperty().bind(scale.multiply(14));
        FlowPane legend = new FlowPane();
        legend.hgapProperty().bind(scale.multiply(18));
        legend.setVgap(4);
        legend.setId("run-legend");
        legend.getStyleClass().add("run-legend");
        String[][] keys = {{"Space", "pause / go on"}, {"→", "skip"}, {"←", "back"}, {"R", "restart"},
                {"Esc", "stop"}, {"M", "mute"}, {"F11", "full screen"}};
        for (String[] k : keys) {
            Label cap = Views.text(k[0], "key-cap");
            Views.scaledFont(cap, scale, 15, 13, FontWeight.BOLD);
            Label what = Views.text(k[1], "key-what");
            Views.scaledFont(what, scale, 15, 13, FontWeight.NORMAL);
            HBox item = new HBox(5, cap, what);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        Views.showWhen(legend, model.finishedProperty().not());
        VBox foot = new VBox(10, bar, legend);
        return foot;
    }

    private Node createPausedBadge() {
        Label l = Views.text("Paused. Press Space to go on.", "run-paused-badge");
        l.setId("run-paused");
        Views.scaledFont(l, scale, 22, 15, FontWeight.BOLD);
        Views.showWhen(l, model.pausedProperty().and(model.finishedProperty().not()).and(model.confirmingStopProperty().not()));
        StackPane.setAlignment(l, Pos.TOP_CENTER);
        l.translateYProperty().bind(scale.multiply(70));
        l.setMouseTransparent(true);
        return l;
    }

    private Node createConfirm() {
        Label q = Views.text("Stop the routine? Enter = stop, Esc = keep going", "run-confirm-text");
        q.setId("run-confirm-text");
        q.setWrapText(true);
        Views.scaledFont(q, scale, 22, 16, FontWeight.BOLD);
        Button yes = new Button("Stop");
        yes.setId("run-confirm-stop");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> stop.run());
        yes.setFocusTraversable(false);
        Button no = new Button("Keep going");
        no.setOnAction(e -> keepGoing.run());
        no.setFocusTraversable(false);
        Views.scaledFont(yes, scale, 18, 13, FontWeight.BOLD);
        Views.scaledFont(no, scale, 18, 13, FontWeight.NORMAL);
        yes.setMinWidth(Region.USE_PREF_SIZE);
        no.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(16, q, yes, no);
        card.setId("run-confirm");
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("run-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox.setHgrow(q, Priority.ALWAYS);
        StackPane.setAlignment(card, Pos.BOTTOM_CENTER);
        StackPane.setMargin(card, new Insets(0, 24, 90, 24));
        return Views.showWhen(card, model.confirmingStopProperty());
    }

    private Node createSummary() {
        Label title = Views.text("", "run-summary-title");
        title.setId("run-summary-title");
        title.textProperty().bind(model.summaryTitleProperty());
        Views.scaledFont(title, scale, 34, 22, FontWeight.BOLD);
        Label text = Views.text("", "run-summary-text");
        text.setId("run-summary-text");
        text.textProperty().bind(model.summaryTextProperty());
        text.setWrapText(true);
        Views.scaledFont(text, scale, 20, 15, FontWeight.NORMAL);
        Label rec = Views.text("", "run-record");
        rec.setId("run-record");
        rec.textProperty().bind(model.recordTextProperty());
        rec.setWrapText(true);
        Views.scaledFont(rec, scale, 18, 14, FontWeight.NORMAL);
        Button again = new Button("Run again (R)");
        again.setId("run-again");
        again.setOnAction(e -> runAgain.run());
        again.setFocusTraversable(false);
        Button done = new Button();
        done.textProperty().bind(Bindings.when(model.tempoModeProperty()).then("Back to the tempo trainer (Enter)")
                .otherwise("Back to routines (Enter)"));
        done.setId("run-back");
        done.getStyleClass().add("accent");
        done.setOnAction(e -> back.run());
        done.setFocusTraversable(false);
        Views.scaledFont(done, scale, 18, 13, FontWeight.BOLD);
        Views.scaledFont(again, scale, 18, 13, FontWeight.NORMAL);
        HBox buttons = new HBox(12, done, again);
        VBox card = new VBox(12, title, text, rec, buttons);
        card.setId("run-summary");
        card.getStyleClass().add("run-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(root.getWidth() - 48, 720 * Math.max(1, scale.get())),
                root.widthProperty(), scale));
        return Views.showWhen(card, model.finishedProperty());
    }

    /** A brief wash of colour over the screen on every phase change, for anyone looking from across the room. */
    private Node createFlash() {
        Region flash = new Region();
        flash.setId("run-flash");
        // "transient": a passing overlay that the visual regression tests leave out of their shots
        flash.getStyleClass().addAll("run-flash", "transient");
        flash.setMouseTransparent(true);
        flash.setOpacity(0);
        FadeTransition fade = new FadeTransition(Duration.millis(450), flash);
        fade.setFromValue(0.55);
        fade.setToValue(0);
        // the end of the routine flashes three times, so nobody misses it
        javafx.animation.SequentialTransition end = new javafx.animation.SequentialTransition(flash);
        for (int i = 0; i < 3; i++) {
            FadeTransition f = new FadeTransition(Duration.millis(420), flash);
            f.setFromValue(0.75);
            f.setToValue(0);
            end.getChildren().add(f);
        }
        model.phaseChangesProperty().addListener((o, a, b) -> {
            if (model.phaseProperty().get() == Phase.DONE) {
                end.playFromStart();
            } else {
                fade.playFromStart();
            }
        });
        return flash;
    }

    /** The last three seconds of a phase: the screen's edges pulse once a second, in time with the beeps. */
    private Node createPulse() {
        Region pulse = new Region();
        pulse.setId("run-pulse");
        pulse.getStyleClass().addAll("run-pulse", "transient");
        pulse.setMouseTransparent(true);
        pulse.setOpacity(0);
        pulse.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-border-width: " + Math.round(Math.max(10, 22 * scale.get())) + ";", scale));
        FadeTransition fade = new FadeTransition(Duration.millis(380), pulse);
        fade.setFromValue(1);
        fade.setToValue(0);
        model.countdownsProperty().addListener((o, a, b) -> fade.playFromStart());
        return pulse;
    }

    /** Halfway through a long step: "Halfway" across the screen for a moment, with the two blips. */
    private Node createHalfway() {
        Label l = Views.text("Halfway", "run-paused-badge");
        l.setId("run-halfway");
        l.getStyleClass().add("transient");
        Views.scaledFont(l, scale, 40, 24, FontWeight.BOLD);
        l.setMouseTransparent(true);
        l.setOpacity(0);
        StackPane.setAlignment(l, Pos.TOP_CENTER);
        l.translateYProperty().bind(scale.multiply(70));
        FadeTransition fade = new FadeTransition(Duration.millis(1600), l);
        fade.setFromValue(1);
        fade.setToValue(0);
        fade.setInterpolator(javafx.animation.Interpolator.EASE_IN);
        model.halfwaysProperty().addListener((o, a, b) -> fade.playFromStart());
        return l;
    }

    private void bindPhaseStyles() {
        model.phaseProperty().addListener((o, a, b) -> setPhase(b));
        setPhase(model.phaseProperty().get());
        model.pausedProperty().addListener((o, a, b) -> root.pseudoClassStateChanged(PAUSED, b));
        model.tempoModeProperty().addListener((o, a, b) -> root.pseudoClassStateChanged(TEMPO, b));
    }

    private void setPhase(Phase p) {
        for (Phase each : Phase.values()) {
            root.pseudoClassStateChanged(pseudo(each), each == p);
        }
    }

    static PseudoClass pseudo(Phase p) {
        return PseudoClass.getPseudoClass(p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}

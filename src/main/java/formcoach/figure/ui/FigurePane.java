package formcoach.figure.ui;

import formcoach.figure.FigureAsset;
import formcoach.figure.FigureMotion;
import formcoach.figure.FigureTempo;
import formcoach.figure.FigureView;
import formcoach.figure.Figures;
import formcoach.figure.RepPhase;
import formcoach.library.Fault;
import formcoach.ui.Stylesheets;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lift performed by its figure: the clean rep playing, the phase named under it (pull, squeeze,
 * lower, on the lift's tempo), play/pause, 1×, ½× and ¼×, frame step, side or behind, and reduce
 * motion. {@link #faultComparison} gives, for a fault card, the faulty rep beside the clean one, in step.
 *
 * <p>Keyboard (with the figure focused): Space play/pause, {@code ,} and {@code .} (or ← →) frame step,
 * 1, 2, 4 for 1×, ½×, ¼×.
 */
public final class FigurePane extends VBox {
    static final String STYLESHEET = "/formcoach/figure/ui/figure.css";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final FigureAsset asset;
    private final FigurePlayer player;
    private final FigureCanvas main;
    private final List<FigureCanvas> all = new ArrayList<>();
    /** Held so it lives as long as the pane. */
    private final ShowingWatch watch;

    public FigurePane(FigureAsset asset) {
        this.asset = asset;
        this.player = new FigurePlayer(FigureMotion.loop(asset, null));
        getStylesheets().add(Stylesheets.of(FigurePane.class, STYLESHEET));
        getStyleClass().add("figure-pane");
        setId("figure-pane");
        main = canvas(null);
        main.setId("figure-main");
        main.setMaxWidth(520);
        VBox.setVgrow(main, Priority.NEVER);
        getChildren().addAll(main, createPhases(), createControls());
        setSpacing(8);
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            boolean used = true;
            switch (k) {
                case SPACE -> player.toggle();
                case COMMA, LEFT -> player.step(-1);
                case PERIOD, RIGHT -> player.step(1);
                case DIGIT1 -> player.speedProperty().set(1);
                case DIGIT2 -> player.speedProperty().set(0.5);
                case DIGIT4 -> player.speedProperty().set(0.25);
                default -> used = false;
            }
            if (used) {
                e.consume();
            }
        });
        setOnMouseClicked(e -> requestFocus());
        ShowingWatch seen = new ShowingWatch(this);
        seen.showingProperty().addListener((o, a, on) -> player.setShowing(on));
        player.setShowing(seen.isShowing());
        watch = seen;
        player.play();
    }

    /** The pane for a lift that has a figure. */
    public static Optional<FigurePane> forLift(String liftId) {
        return Figures.builtIn().find(liftId).map(FigurePane::new);
    }

    public FigurePlayer player() {
        return player;
    }

    private FigureCanvas canvas(Fault fault) {
        FigureCanvas c = new FigureCanvas(asset, fault);
        all.add(c);
        player.add(c);
        c.setOnMouseClicked(e -> {
            requestFocus();
            player.toggle();
        });
        return c;
    }

    /** For a fault card: the faulty rep beside the clean one, small, in step with the main figure. */
    public Node faultComparison(Fault fault) {
        FigureCanvas ok = canvas(null);
        FigureCanvas bad = canvas(fault);
        ok.setPrefSize(150, 112);
        bad.setPrefSize(150, 112);
        VBox left = new VBox(2, ok, caption("Clean", ok));
        VBox right = new VBox(2, bad, caption(fault.displayName(), bad));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(6, left, right);
        row.setId("figure-fault-" + fault.name());
        row.getStyleClass().add("figure-fault-row");
        row.getStylesheets().add(Stylesheets.of(FigurePane.class, STYLESHEET));
        if (asset.views().contains("back") && fault == Fault.SHRUGGING) {
            // a shrug shows best from behind
            ok.setView(FigureView.BACK);
            bad.setView(FigureView.BACK);
        }
        return row;
    }

    /** The name under one of the pair, growing with its figure when the card is wide. */
    private static Label caption(String text, FigureCanvas under) {
        Label l = new Label(text);
        l.getStyleClass().add("figure-caption");
        // the figure is drawn as large as the canvas's height allows, whatever its width
        FigureCaption.follow(l, FigureCaption.drawnWidth(under, 150.0 / 112), 150, 0.9, 1.3);
        return l;
    }

    private Node createPhases() {
        FigureTempo t = player.clean().tempo();
        HBox row = new HBox(14);
        row.setId("figure-phases");
        row.getStyleClass().add("figure-phases");
        row.setAlignment(Pos.CENTER_LEFT);
        Label[] labels = {phase(RepPhase.PULL, t.pull()), phase(RepPhase.SQUEEZE, t.squeeze()), phase(RepPhase.LOWER, t.lower())};
        for (Label l : labels) {
            row.getChildren().add(l);
        }
        Runnable mark = () -> {
            RepPhase p = player.phaseProperty().get();
            labels[0].pseudoClassStateChanged(CURRENT, p == RepPhase.PULL);
            labels[1].pseudoClassStateChanged(CURRENT, p == RepPhase.SQUEEZE);
            labels[2].pseudoClassStateChanged(CURRENT, p == RepPhase.LOWER);
        };
        player.phaseProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        return row;
    }

    private static Label phase(RepPhase p, double seconds) {
        String s = seconds == Math.rint(seconds) ? String.valueOf((int) seconds) : String.valueOf(seconds);
        Label l = new Label(p.label() + " " + s + " s");
        l.setId("figure-phase-" + p.label());
        l.getStyleClass().add("figure-phase");
        return l;
    }

    private Node createControls() {
        Button play = new Button();
        play.setId("figure-play");
        play.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new FontIcon(player.playingProperty().get() ? "mdi2p-pause" : "mdi2p-play"), player.playingProperty()));
        play.textProperty().bind(javafx.beans.binding.Bindings.when(player.playingProperty()).then("Pause").otherwise("Play"));
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        play.setOnAction(e -> player.toggle());
        play.disableProperty().bind(FigurePlayer.REDUCE_MOTION);
        Button back = new Button(null, new FontIcon("mdi2s-skip-previous"));
        back.setId("figure-step-back");
        back.setTooltip(new Tooltip("Back one frame (,)"));
        back.setOnAction(e -> player.step(-1));
        Button fwd = new Button(null, new FontIcon("mdi2s-skip-next"));
        fwd.setId("figure-step-forward");
        fwd.setTooltip(new Tooltip("Forward one frame (.)"));
        fwd.setOnAction(e -> player.step(1));
        ToggleGroup speeds = new ToggleGroup();
        HBox speedBox = new HBox(0);
        speedBox.getStyleClass().add("figure-speeds");
        for (double s : new double[] {1, 0.5, 0.25}) {
            String label = s == 1 ? "1×" : s == 0.5 ? "½×" : "¼×";
            ToggleButton b = new ToggleButton(label);
            b.setId("figure-speed-" + (s == 1 ? "1" : s == 0.5 ? "half" : "quarter"));
            b.setToggleGroup(speeds);
            b.setTooltip(new Tooltip("Speed " + label + " (" + (s == 1 ? "1" : s == 0.5 ? "2" : "4") + ")"));
            b.setSelected(s == player.speedProperty().get());
            b.setOnAction(e -> {
                player.speedProperty().set(s);
                b.setSelected(true);
            });
            player.speedProperty().addListener((o, a, v) -> b.setSelected(v.doubleValue() == s));
            speedBox.getChildren().add(b);
        }
        HBox row = new HBox(8, play, back, fwd, speedBox);
        if (asset.views().contains("back")) {
            ToggleButton behind = new ToggleButton("From behind");
            behind.setId("figure-view-back");
            behind.setTooltip(new Tooltip("See the figure from behind, where a shrug shows best"));
            behind.setOnAction(e -> main.setView(behind.isSelected() ? FigureView.BACK : FigureView.SIDE));
            row.getChildren().add(behind);
        }
        CheckBox still = new CheckBox("Reduce motion");
        still.setId("figure-reduce-motion");
        still.setTooltip(new Tooltip("Show still frames at the key positions instead of movement; the step buttons move between them"));
        still.selectedProperty().bindBidirectional(FigurePlayer.REDUCE_MOTION);
        still.setOnAction(e -> FigurePlayer.chooseReduceMotion(still.isSelected())); // and stored
        row.getChildren().add(still);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        row.getStyleClass().add("figure-controls");
        return new javafx.scene.layout.FlowPane(8, 6, row.getChildren().toArray(Node[]::new));
    }

    @Override
    public String toString() {
        return "FigurePane[" + asset.lift().toLowerCase(Locale.ROOT) + "]";
    }
}

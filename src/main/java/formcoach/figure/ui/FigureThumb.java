package formcoach.figure.ui;

import formcoach.figure.FigureAsset;
import formcoach.figure.FigureMotion;
import formcoach.figure.Figures;
import formcoach.ui.Stylesheets;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * A small figure doing the clean rep over and over, for the cue cards and the timer's "next up".
 * It moves only while it is on show (the window's one figure clock drives it); with "reduce motion"
 * on it shows two still key positions instead, the start and the top of the rep, side by side.
 * A lift without a figure gets no thumbnail at all (no empty box).
 */
public final class FigureThumb extends VBox {
    private final FigureAsset asset;
    private final FigurePlayer player;
    private final FigureCanvas moving;
    private final FigureCanvas top;
    private final HBox frames;
    private final Label caption = new Label();
    private final double[] keys;
    /** Held so the app-wide switch holds this thumbnail only weakly. */
    private final ChangeListener<Boolean> reduceListener = (o, a, on) -> applyReduceMotion();
    private final ShowingWatch watch;

    private FigureThumb(FigureAsset asset, ObservableDoubleValue scale, double baseWidth) {
        this.asset = asset;
        this.player = new FigurePlayer(FigureMotion.loop(asset, null));
        this.keys = player.clean().keyTimes();
        getStylesheets().add(Stylesheets.of(FigurePane.class, FigurePane.STYLESHEET));
        getStyleClass().add("figure-thumb");
        setId("figure-thumb");
        moving = new FigureCanvas(asset, null);
        moving.setId("figure-thumb-canvas");
        top = new FigureCanvas(asset, null);
        top.setId("figure-thumb-top");
        for (FigureCanvas c : new FigureCanvas[] {moving, top}) {
            // the two stills of reduce motion share the room of the one moving figure
            c.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> (double) Math.round(baseWidth * scale.get() * (FigurePlayer.REDUCE_MOTION.get() ? 0.5 : 1)),
                    scale, FigurePlayer.REDUCE_MOTION));
            c.prefHeightProperty().bind(c.prefWidthProperty().multiply(0.75));
            c.maxWidthProperty().bind(c.prefWidthProperty());
            c.maxHeightProperty().bind(c.prefHeightProperty());
            c.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
            c.setMouseTransparent(true);
        }
        player.add(moving);
        frames = new HBox(6, moving, top);
        frames.setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add("figure-caption");
        caption.setId("figure-thumb-caption");
        // the caption grows with the figure (the theme's text size at least) and wraps under it
        javafx.beans.binding.DoubleBinding figureWidth = Bindings.createDoubleBinding(() -> baseWidth * scale.get(), scale);
        FigureCaption.follow(caption, figureWidth, baseWidth, 0.9, 2.0);
        caption.setWrapText(true);
        caption.maxWidthProperty().bind(figureWidth);
        getChildren().addAll(frames, caption);
        setSpacing(2);
        setFillWidth(false);
        setMaxWidth(USE_PREF_SIZE);
        setAccessibleText("A figure doing the lift with clean form");
        player.holdStillAt(0);
        FigurePlayer.REDUCE_MOTION.addListener(new WeakChangeListener<>(reduceListener));
        applyReduceMotion();
        watch = new ShowingWatch(this);
        watch.showingProperty().addListener((o, a, on) -> player.setShowing(on));
        player.setShowing(watch.isShowing());
        player.play();
    }

    /** The thumbnail for an exercise (ours, or an imported lift's twin), or empty when it has no figure. */
    public static Optional<FigureThumb> forExercise(String exerciseId, ObservableDoubleValue scale, double baseWidth) {
        return Figures.builtIn().forExercise(exerciseId).map(a -> new FigureThumb(a, scale, baseWidth));
    }

    /**
     * {@code content} with the exercise's thumbnail to its right; just {@code content} when the
     * exercise has no figure. For a cue card: the cues and, beside them, the lift done cleanly.
     */
    public static Node beside(Node content, String exerciseId, ObservableDoubleValue scale, double baseWidth) {
        Optional<FigureThumb> thumb = forExercise(exerciseId, scale, baseWidth);
        if (thumb.isEmpty()) {
            return content;
        }
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox row = new HBox(16, content, thumb.get());
        row.setAlignment(Pos.TOP_LEFT);
        row.setId("figure-thumb-row");
        return row;
    }

    /**
     * A place that holds the thumbnail of whichever exercise {@code exerciseId} names (the timer's next
     * step), and takes no room while that exercise has no figure.
     */
    public static Node slot(ObservableValue<String> exerciseId, ObservableDoubleValue scale, double baseWidth) {
        StackPane box = new StackPane();
        box.setId("figure-thumb-slot");
        box.setAlignment(Pos.TOP_LEFT);
        Runnable fill = () -> {
            Optional<FigureAsset> a = Figures.builtIn().forExercise(exerciseId.getValue());
            if (a.isPresent() && !box.getChildren().isEmpty() && ((FigureThumb) box.getChildren().get(0)).asset == a.get()) {
                return; // the same lift again: keep its figure (and its place in the rep)
            }
            box.getChildren().setAll(a.<java.util.List<Node>>map(x -> java.util.List.of(new FigureThumb(x, scale, baseWidth)))
                    .orElse(java.util.List.of()));
            box.setVisible(a.isPresent());
            box.setManaged(a.isPresent());
        };
        exerciseId.addListener((o, a, b) -> fill.run());
        fill.run();
        return box;
    }

    private void applyReduceMotion() {
        boolean still = FigurePlayer.REDUCE_MOTION.get();
        top.setVisible(still);
        top.setManaged(still);
        if (still) {
            top.draw(keys[1]);
            caption.setText("Start and top of the rep");
        } else {
            caption.setText("Clean rep");
        }
    }

    public FigurePlayer player() {
        return player;
    }

    public FigureAsset asset() {
        return asset;
    }

    /** True while it is on screen (its figure moves then, unless reduce motion is on). */
    public boolean showing() {
        return watch.isShowing();
    }

    @Override
    public String toString() {
        return "FigureThumb[" + asset.lift() + "]";
    }
}

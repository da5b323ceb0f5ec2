package formcoach.figure.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * The caption under a figure ("Clean rep", "Clean", a fault's name, the rep and its phase beside a video):
 * never smaller than the theme's text, and growing with the figure when a large window draws the figure
 * large, so it reads at 1920×1080 as well as at 800×600.
 */
public final class FigureCaption {
    private FigureCaption() {
    }

    /**
     * Sizes {@code caption} after the figure above it: {@code baseEm} of the theme's text while the figure
     * is {@code baseWidth} wide, in proportion beyond that, at least 1 em and at most {@code maxEm}.
     */
    public static void follow(Label caption, ObservableDoubleValue figureWidth, double baseWidth, double baseEm, double maxEm) {
        caption.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.2fem;", em(figureWidth.get(), baseWidth, baseEm, maxEm)),
                figureWidth));
    }

    /**
     * How wide a figure of {@code aspect} (width over height) is drawn in {@code box}: the box's width,
     * or less when the box is too short for it.
     */
    public static DoubleBinding drawnWidth(Region box, double aspect) {
        return Bindings.createDoubleBinding(() -> Math.min(box.getWidth(), box.getHeight() * aspect),
                box.widthProperty(), box.heightProperty());
    }

    /** The caption's size in em of the theme's text for a figure {@code width} wide (1 before it is laid out). */
    static double em(double width, double baseWidth, double baseEm, double maxEm) {
        if (!(width > 0) || !(baseWidth > 0)) {
            return 1;
        }
        // in steps of 0.05 em, so a window being dragged wider does not re-lay the caption at every pixel
        double em = Math.round(baseEm * width / baseWidth * 20) / 20.0;
        return Math.max(1, Math.min(Math.max(1, maxEm), em));
    }
}

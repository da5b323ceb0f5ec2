package formcoach.video.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A row of two parts, a stretchy {@code main} (the scrub bar, the progress bar) and a {@code side} that
 * keeps its preferred width (the labels): on one line while {@code main} still gets its minimum width
 * beside the side, else on two lines, the side on a line of its own (above the main part when it
 * comes first, below when it comes after), so neither is cut short in a small window.
 */
final class WrapRow extends Region {
    private static final double HGAP = 10;
    private static final double VGAP = 4;
    private final Node main;
    private final Node side;
    private final boolean sideFirst;

    WrapRow(Node main, Node side, boolean sideFirst) {
        this.main = main;
        this.side = side;
        this.sideFirst = sideFirst;
        getChildren().setAll(main, side);
    }

    /** Whether the two parts share one line at this width. */
    boolean oneLine(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return !side.isManaged() || inner >= main.minWidth(-1) + HGAP + side.prefWidth(-1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double sideWidth = side.isManaged() ? side.prefWidth(-1) : 0;
        return snappedLeftInset() + snappedRightInset() + Math.max(main.minWidth(-1), sideWidth);
    }

    @Override
    protected double computePrefWidth(double height) {
        double sideWidth = side.isManaged() ? HGAP + side.prefWidth(-1) : 0;
        return snappedLeftInset() + snappedRightInset() + Math.max(main.minWidth(-1), main.prefWidth(-1)) + sideWidth;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double m = main.prefHeight(-1);
        double s = side.isManaged() ? side.prefHeight(-1) : 0;
        double h = width < 0 || oneLine(width) ? Math.max(m, s) : m + VGAP + s;
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double m = main.prefHeight(-1);
        if (!side.isManaged()) {
            main.resizeRelocate(left, top, w, m);
            return;
        }
        double sw = Math.min(w, side.prefWidth(-1));
        double s = side.prefHeight(-1);
        if (oneLine(getWidth())) {
            double h = Math.max(m, s);
            double mw = w - HGAP - sw;
            double mx = sideFirst ? left + sw + HGAP : left;
            double sx = sideFirst ? left : left + mw + HGAP;
            main.resizeRelocate(snapPositionX(mx), snapPositionY(top + (h - m) / 2), snapSizeX(mw), m);
            side.resizeRelocate(snapPositionX(sx), snapPositionY(top + (h - s) / 2), snapSizeX(sw), s);
        } else {
            double my = sideFirst ? top + s + VGAP : top;
            double sy = sideFirst ? top : top + m + VGAP;
            main.resizeRelocate(left, snapPositionY(my), w, m);
            side.resizeRelocate(left, snapPositionY(sy), snapSizeX(sw), s);
        }
    }
}

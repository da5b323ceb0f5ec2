package formcoach.library.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * Children side by side in weighted columns when there is room, stacked in one column when there is
 * not. The fault cards and the steps/muscle-map row use it so they never get squeezed into columns too
 * narrow to read.
 */
final class Columns extends Region {
    private final double breakpoint;
    private final double gap;
    private final double[] weights;
    private final boolean equalHeights;

    /**
     * @param breakpoint   the narrowest width (inside the padding) that still gets columns
     * @param equalHeights side-by-side children share the tallest one's height (cards line up)
     */
    Columns(double breakpoint, double gap, boolean equalHeights, double[] weights, Node... children) {
        this.breakpoint = breakpoint;
        this.gap = gap;
        this.equalHeights = equalHeights;
        this.weights = weights == null ? new double[0] : weights.clone();
        getStyleClass().add("columns");
        getChildren().addAll(children);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    boolean isWide() {
        return inner(getWidth()) >= breakpoint;
    }

    private double inner(double width) {
        Insets in = getInsets();
        return width - in.getLeft() - in.getRight();
    }

    private List<Node> kids() {
        return getManagedChildren();
    }

    private double weight(int i) {
        return i < weights.length ? weights[i] : 1;
    }

    private double[] widths(double inner) {
        List<Node> k = kids();
        double total = 0;
        for (int i = 0; i < k.size(); i++) {
            total += weight(i);
        }
        double room = inner - gap * Math.max(0, k.size() - 1);
        double[] w = new double[k.size()];
        for (int i = 0; i < k.size(); i++) {
            w[i] = Math.floor(room * weight(i) / total);
        }
        return w;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return breakpoint + in.getLeft() + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double min = 0;
        for (Node n : kids()) {
            min = Math.max(min, n.minWidth(-1));
        }
        return min + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = inner(width < 0 ? computePrefWidth(-1) : width);
        List<Node> k = kids();
        double h = 0;
        if (w >= breakpoint) {
            double[] cw = widths(w);
            for (int i = 0; i < k.size(); i++) {
                h = Math.max(h, boundedPrefHeight(k.get(i), cw[i]));
            }
        } else {
            for (Node n : k) {
                h += boundedPrefHeight(n, w);
            }
            h += gap * Math.max(0, k.size() - 1);
        }
        return h + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private static double boundedPrefHeight(Node n, double width) {
        double h = n.prefHeight(width);
        double max = n.maxHeight(width);
        return Math.max(n.minHeight(width), Math.min(h, max));
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = inner(getWidth());
        List<Node> k = kids();
        double x = in.getLeft();
        double y = in.getTop();
        if (w >= breakpoint) {
            double[] cw = widths(w);
            double row = 0;
            for (int i = 0; i < k.size(); i++) {
                row = Math.max(row, boundedPrefHeight(k.get(i), cw[i]));
            }
            for (int i = 0; i < k.size(); i++) {
                Node n = k.get(i);
                double h = equalHeights ? Math.min(row, n.maxHeight(cw[i])) : boundedPrefHeight(n, cw[i]);
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), cw[i], h);
                x += cw[i] + gap;
            }
        } else {
            for (Node n : k) {
                double h = boundedPrefHeight(n, w);
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), w, h);
                y += h + gap;
            }
        }
    }
}

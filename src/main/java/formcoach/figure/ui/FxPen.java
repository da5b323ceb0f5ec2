package formcoach.figure.ui;

import formcoach.figure.Pen;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** Draws on a JavaFX canvas with the theme's colours; allocates nothing per call. */
final class FxPen implements Pen {
    private final Color[] palette = new Color[Ink.values().length];
    private GraphicsContext gc;
    private double width;
    private double height;

    FxPen() {
        java.util.Arrays.fill(palette, Color.GRAY);
    }

    void setColour(Ink ink, Color c) {
        palette[ink.ordinal()] = c;
    }

    void begin(GraphicsContext gc, double width, double height) {
        this.gc = gc;
        this.width = width;
        this.height = height;
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void clear(Ink ink) {
        // a full-size opaque fill also lets the canvas drop the previous frame's commands
        gc.setFill(palette[ink.ordinal()]);
        gc.fillRect(0, 0, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double w, Ink ink) {
        gc.setStroke(palette[ink.ordinal()]);
        gc.setLineWidth(w);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, double w, Ink ink) {
        gc.setStroke(palette[ink.ordinal()]);
        gc.setLineWidth(w);
        gc.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Ink ink) {
        gc.setFill(palette[ink.ordinal()]);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, double w, Ink ink) {
        gc.setStroke(palette[ink.ordinal()]);
        gc.setLineWidth(w);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Ink ink) {
        gc.setFill(palette[ink.ordinal()]);
        gc.fillRect(x, y, w, h);
    }
}

package formcoach.figure.ui;

import formcoach.figure.FigureAsset;
import formcoach.figure.FigureMotion;
import formcoach.figure.FigureRenderer;
import formcoach.figure.FigureView;
import formcoach.figure.Pen;
import formcoach.figure.PoseParam;
import formcoach.figure.Skeleton;
import formcoach.figure.Viewport;
import formcoach.library.Fault;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * One figure on a canvas: a lift, clean or with a fault, from one view. The canvas follows the
 * region's size; the theme's colours come from hidden labels styled in figure.css, read again only
 * when the theme changes. {@link #draw} allocates nothing.
 */
public final class FigureCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final FigureAsset asset;
    private final FigureMotion motion;
    private final FigureMotion clean;
    private final double[] pose = new double[PoseParam.COUNT];
    private final double[] points = new double[3 * Skeleton.POINTS];
    private final FigureRenderer renderer = new FigureRenderer();
    private final FxPen pen = new FxPen();
    private final Label[] inks = new Label[Pen.Ink.values().length];
    private final double[][] bounds = new double[FigureView.values().length][];
    private FigureView view = FigureView.SIDE;
    private Viewport viewport;
    private double lastTime;

    public FigureCanvas(FigureAsset asset, Fault fault) {
        this.asset = asset;
        this.motion = FigureMotion.loop(asset, fault);
        this.clean = FigureMotion.loop(asset, null);
        getStyleClass().add("figure-canvas");
        getChildren().add(canvas);
        for (Pen.Ink ink : Pen.Ink.values()) {
            Label l = new Label();
            l.getStyleClass().add("figure-ink-" + ink.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            l.setManaged(false);
            l.setVisible(false);
            l.textFillProperty().addListener((o, a, b) -> {
                setInk(ink, b);
                draw(lastTime);
            });
            inks[ink.ordinal()] = l;
            getChildren().add(l);
        }
        for (FigureView v : FigureView.values()) {
            bounds[v.ordinal()] = bounds(v);
        }
        setMinSize(60, 45);
        setPrefSize(360, 270);
    }

    private void setInk(Pen.Ink ink, Paint p) {
        if (p instanceof Color c) {
            pen.setColour(ink, c);
        }
    }

    /** The region in metres that the clean and the faulty rep both stay inside, from a view. */
    private double[] bounds(FigureView v) {
        int n = 48;
        double[][] placed = new double[2 * n][3 * Skeleton.POINTS];
        for (int i = 0; i < n; i++) {
            motion.sample(motion.duration() * i / n, pose);
            Skeleton.place(pose, asset, placed[i]);
            clean.sample(clean.duration() * i / n, pose);
            Skeleton.place(pose, asset, placed[n + i]);
        }
        Viewport unit = formcoach.figure.FigureExport.frame(asset, v, placed, 1, 1);
        // keep the fitted region as metres: left, right, bottom and top of the unit picture
        return new double[] {(0 - unit.originX()) / unit.scale(), (1 - unit.originX()) / unit.scale(),
                (unit.originY() - 1) / unit.scale(), unit.originY() / unit.scale()};
    }

    public void setView(FigureView view) {
        this.view = view;
        viewport = null;
        draw(lastTime);
    }

    public FigureView view() {
        return view;
    }

    public FigureAsset asset() {
        return asset;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport = null;
            draw(lastTime);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width * 0.75 : super.computePrefHeight(width);
    }

    /** Draws the figure at {@code repTime} seconds into the clean rep (the fault in step with it). */
    public void draw(double repTime) {
        lastTime = repTime;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 2 || h < 2) {
            return;
        }
        if (viewport == null) {
            double[] b = bounds[view.ordinal()];
            viewport = Viewport.fit(w, h, b[0], b[1], b[2], b[3], 0);
        }
        motion.sampleInStep(clean, repTime, pose);
        Skeleton.place(pose, asset, points);
        pen.begin(canvas.getGraphicsContext2D(), w, h);
        renderer.draw(pen, points, asset, view, viewport);
    }
}

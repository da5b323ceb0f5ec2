package formcoach.paincheck.ui;

import formcoach.paincheck.SorenessCourse;
import formcoach.paincheck.ui.HistoryModel.ChartPoint;
import formcoach.paincheck.ui.HistoryModel.ChartView;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Severity (0-10) against days since the session, over the band where muscle soreness usually
 * sits (rising over the first day, highest between 24 and 72 hours, gone by day 5). Checks within
 * the course are round dots; checks outside it are red diamonds whose tooltip says why. Drawn with
 * nodes so the theme's colours apply and each point can carry a tooltip and a click.
 */
final class CourseChart extends Region {
    private static final double LEFT = 44;
    private static final double RIGHT = 14;
    private static final double TOP = 12;
    private static final double BOTTOM = 42;
    /** The band's corners: where the expected upper bound changes, in hours since the session. */
    private static final double[] STEPS = {0, 6, SorenessCourse.PEAK_FROM_HOURS, SorenessCourse.PEAK_TO_HOURS, SorenessCourse.GONE_BY_HOURS};

    private ChartView data;
    private final Consumer<String> onPick;

    // made once; a layout pass only moves them
    private final Polygon band = new Polygon();
    private final List<Line> grid = new ArrayList<>();
    private final List<Text> gridLabels = new ArrayList<>();
    private final Line yAxis = new Line();
    private final Text xTitle = text("Days since the session");
    private final Text bandLabel = text("Usual soreness");
    private final Polyline line = new Polyline();
    // made again only when the data changes: the day ticks (their number follows the axis length) and the points
    private final List<Line> ticks = new ArrayList<>();
    private final List<Text> tickLabels = new ArrayList<>();
    private final List<Node> points = new ArrayList<>();
    private double shownMaxDays = -1;

    CourseChart(Consumer<String> onPick) {
        this.onPick = onPick;
        getStyleClass().add("course-chart");
        setMinHeight(220);
        setPrefHeight(280);
        setMinWidth(260);
        band.getStyleClass().add("course-band");
        for (int s = 0; s <= 10; s += 2) {
            Line g = new Line();
            g.getStyleClass().add(s == 0 ? "chart-axis" : "chart-grid");
            grid.add(g);
            gridLabels.add(text(String.valueOf(s)));
        }
        yAxis.getStyleClass().add("chart-axis");
        // low inside the band, where the line of checks rarely runs
        bandLabel.getStyleClass().add("course-band-label");
        line.getStyleClass().add("course-line");
        rebuild();
    }

    void setData(ChartView view) {
        this.data = view;
        rebuild();
        requestLayout();
    }

    private double maxDays() {
        return data == null ? 7 : data.maxDays();
    }

    /** The nodes that follow the data; then every node in drawing order. */
    private void rebuild() {
        double maxDays = maxDays();
        if (maxDays != shownMaxDays) {
            shownMaxDays = maxDays;
            ticks.clear();
            tickLabels.clear();
            int every = maxDays <= 10 ? 1 : maxDays <= 20 ? 2 : 5;
            for (int d = 0; d <= maxDays; d += every) {
                Line tick = new Line();
                tick.getStyleClass().add("chart-axis");
                ticks.add(tick);
                tickLabels.add(text(String.valueOf(d)));
            }
        }
        points.clear();
        boolean hasPoints = data != null && !data.points().isEmpty();
        if (hasPoints) {
            for (ChartPoint p : data.points()) {
                points.add(point(p));
            }
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(band);
        for (int i = 0; i < grid.size(); i++) {
            nodes.add(grid.get(i));
            nodes.add(gridLabels.get(i));
        }
        nodes.add(yAxis);
        for (int i = 0; i < ticks.size(); i++) {
            nodes.add(ticks.get(i));
            nodes.add(tickLabels.get(i));
        }
        nodes.add(xTitle);
        nodes.add(bandLabel);
        if (hasPoints) {
            nodes.add(line);
            nodes.addAll(points);
        }
        getChildren().setAll(nodes);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double plotW = Math.max(10, w - LEFT - RIGHT);
        double plotH = Math.max(10, h - TOP - BOTTOM);
        double maxDays = maxDays();

        List<Double> corners = new ArrayList<>();
        corners.add(x(0, maxDays, plotW));
        corners.add(y(0, plotH));
        for (int i = 0; i < STEPS.length; i++) {
            int high = SorenessCourse.expectedAt(STEPS[i]).high();
            double from = STEPS[i] / 24.0;
            double to = i + 1 < STEPS.length ? STEPS[i + 1] / 24.0 : from;
            corners.addAll(List.of(x(from, maxDays, plotW), y(high, plotH), x(to, maxDays, plotW), y(high, plotH)));
        }
        corners.add(x(STEPS[STEPS.length - 1] / 24.0, maxDays, plotW));
        corners.add(y(0, plotH));
        band.getPoints().setAll(corners);

        for (int i = 0; i < grid.size(); i++) {
            int s = i * 2;
            setLine(grid.get(i), LEFT, y(s, plotH), LEFT + plotW, y(s, plotH));
            place(gridLabels.get(i), LEFT - 8, y(s, plotH), TextAlignment.RIGHT, VPos.CENTER);
        }
        setLine(yAxis, LEFT, TOP, LEFT, TOP + plotH);
        int every = maxDays <= 10 ? 1 : maxDays <= 20 ? 2 : 5;
        for (int i = 0; i < ticks.size(); i++) {
            double px = x(i * every, maxDays, plotW);
            setLine(ticks.get(i), px, TOP + plotH, px, TOP + plotH + 4);
            place(tickLabels.get(i), px, TOP + plotH + 6, TextAlignment.CENTER, VPos.TOP);
        }
        place(xTitle, LEFT + plotW / 2, h - 4, TextAlignment.CENTER, VPos.BOTTOM);
        place(bandLabel, x(0.35, maxDays, plotW), y(0.4, plotH), TextAlignment.LEFT, VPos.BOTTOM);

        if (data != null && !data.points().isEmpty()) {
            List<Double> xy = new ArrayList<>();
            for (int i = 0; i < data.points().size(); i++) {
                ChartPoint p = data.points().get(i);
                double px = x(p.days(), maxDays, plotW);
                double py = y(p.severity(), plotH);
                xy.add(px);
                xy.add(py);
                Node shape = points.get(i);
                shape.setLayoutX(px);
                shape.setLayoutY(py);
            }
            line.getPoints().setAll(xy);
        }
    }

    /** A point's shape, drawn around (0, 0); the layout moves it to its place. */
    private Node point(ChartPoint p) {
        Node shape;
        if (p.isOutside()) {
            double r = 8;
            Polygon diamond = new Polygon(0, -r, r, 0, 0, r, -r, 0);
            diamond.getStyleClass().add("course-point-outside");
            shape = diamond;
        } else {
            Circle c = new Circle(0, 0, 6);
            c.getStyleClass().add("course-point");
            shape = c;
        }
        shape.setId("point-" + p.checkId());
        shape.getProperties().put("outside", p.outside());
        Tooltip tip = new Tooltip(p.tip());
        tip.setShowDelay(Duration.millis(150));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(shape, tip);
        shape.setOnMouseClicked(e -> onPick.accept(p.checkId()));
        shape.setCursor(javafx.scene.Cursor.HAND);
        return shape;
    }

    private static Text text(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("chart-text");
        // set here, not in CSS, so the width measured for alignment is the width drawn
        t.setFont(Font.font(12.5));
        return t;
    }

    private static void place(Text t, double x, double y, TextAlignment align, VPos baseline) {
        t.setTextOrigin(baseline);
        double width = t.getLayoutBounds().getWidth();
        t.setX(align == TextAlignment.RIGHT ? x - width : align == TextAlignment.CENTER ? x - width / 2 : x);
        t.setY(y);
    }

    private static void setLine(Line l, double x1, double y1, double x2, double y2) {
        l.setStartX(x1);
        l.setStartY(y1);
        l.setEndX(x2);
        l.setEndY(y2);
    }

    private static double x(double days, double maxDays, double plotW) {
        return LEFT + Math.max(0, Math.min(days, maxDays)) / maxDays * plotW;
    }

    private static double y(double severity, double plotH) {
        return TOP + plotH - severity / 10.0 * plotH;
    }
}

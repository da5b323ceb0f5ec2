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

    CourseChart(Consumer<String> onPick) {
        this.onPick = onPick;
        getStyleClass().add("course-chart");
        setMinHeight(220);
        setPrefHeight(280);
        setMinWidth(260);
    }

    void setData(ChartView view) {
        this.data = view;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = new ArrayList<>();
        double w = getWidth();
        double h = getHeight();
        double plotW = Math.max(10, w - LEFT - RIGHT);
        double plotH = Math.max(10, h - TOP - BOTTOM);
        double maxDays = data == null ? 7 : data.maxDays();

        Polygon band = new Polygon();
        band.getStyleClass().add("course-band");
        band.getPoints().addAll(x(0, maxDays, plotW), y(0, plotH));
        for (int i = 0; i < STEPS.length; i++) {
            int high = SorenessCourse.expectedAt(STEPS[i]).high();
            double from = STEPS[i] / 24.0;
            double to = i + 1 < STEPS.length ? STEPS[i + 1] / 24.0 : from;
            band.getPoints().addAll(x(from, maxDays, plotW), y(high, plotH), x(to, maxDays, plotW), y(high, plotH));
        }
        band.getPoints().addAll(x(STEPS[STEPS.length - 1] / 24.0, maxDays, plotW), y(0, plotH));
        nodes.add(band);

        for (int s = 0; s <= 10; s += 2) {
            Line grid = new Line(LEFT, y(s, plotH), LEFT + plotW, y(s, plotH));
            grid.getStyleClass().add(s == 0 ? "chart-axis" : "chart-grid");
            nodes.add(grid);
            nodes.add(text(String.valueOf(s), LEFT - 8, y(s, plotH), TextAlignment.RIGHT, VPos.CENTER));
        }
        Line yAxis = new Line(LEFT, TOP, LEFT, TOP + plotH);
        yAxis.getStyleClass().add("chart-axis");
        nodes.add(yAxis);
        int every = maxDays <= 10 ? 1 : maxDays <= 20 ? 2 : 5;
        for (int d = 0; d <= maxDays; d += every) {
            double px = x(d, maxDays, plotW);
            Line tick = new Line(px, TOP + plotH, px, TOP + plotH + 4);
            tick.getStyleClass().add("chart-axis");
            nodes.add(tick);
            nodes.add(text(String.valueOf(d), px, TOP + plotH + 6, TextAlignment.CENTER, VPos.TOP));
        }
        nodes.add(text("Days since the session", LEFT + plotW / 2, h - 4, TextAlignment.CENTER, VPos.BOTTOM));
        // low inside the band, where the line of checks rarely runs
        Text bandLabel = text("Usual soreness", x(0.35, maxDays, plotW), y(0.4, plotH), TextAlignment.LEFT, VPos.BOTTOM);
        bandLabel.getStyleClass().add("course-band-label");
        nodes.add(bandLabel);

        if (data != null && !data.points().isEmpty()) {
            Polyline line = new Polyline();
            line.getStyleClass().add("course-line");
            for (ChartPoint p : data.points()) {
                line.getPoints().addAll(x(p.days(), maxDays, plotW), y(p.severity(), plotH));
            }
            nodes.add(line);
            for (ChartPoint p : data.points()) {
                nodes.add(point(p, x(p.days(), maxDays, plotW), y(p.severity(), plotH)));
            }
        }
        getChildren().setAll(nodes);
    }

    private Node point(ChartPoint p, double px, double py) {
        Node shape;
        if (p.isOutside()) {
            double r = 8;
            Polygon diamond = new Polygon(px, py - r, px + r, py, px, py + r, px - r, py);
            diamond.getStyleClass().add("course-point-outside");
            shape = diamond;
        } else {
            Circle c = new Circle(px, py, 6);
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

    private static Text text(String s, double x, double y, TextAlignment align, VPos baseline) {
        Text t = new Text(s);
        t.getStyleClass().add("chart-text");
        // set here, not in CSS, so the width measured for alignment is the width drawn
        t.setFont(Font.font(12.5));
        t.setTextOrigin(baseline);
        double width = t.getLayoutBounds().getWidth();
        t.setX(align == TextAlignment.RIGHT ? x - width : align == TextAlignment.CENTER ? x - width / 2 : x);
        t.setY(y);
        return t;
    }

    private static double x(double days, double maxDays, double plotW) {
        return LEFT + Math.max(0, Math.min(days, maxDays)) / maxDays * plotW;
    }

    private static double y(double severity, double plotH) {
        return TOP + plotH - severity / 10.0 * plotH;
    }
}

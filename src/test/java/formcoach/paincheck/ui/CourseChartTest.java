package formcoach.paincheck.ui;

import formcoach.paincheck.ui.HistoryModel.ChartPoint;
import formcoach.paincheck.ui.HistoryModel.ChartView;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The soreness chart makes its nodes once; a layout pass only moves them. */
@ExtendWith(ApplicationExtension.class)
class CourseChartTest {
    private static final ChartView WEEK = CourseChartSnapshotTest.WEEK;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 10, 10));
        stage.show();
    }

    private static StackPane host(CourseChart chart, double w, double h) {
        return CourseChartSnapshotTest.host(chart, w, h);
    }

    @Test
    void aLayoutPassMovesTheNodesItDoesNotMakeThem(FxRobot robot) {
        List<Node> first = new ArrayList<>();
        List<Node> second = new ArrayList<>();
        double[] dot = new double[2];
        robot.interact(() -> {
            CourseChart chart = new CourseChart(id -> { });
            chart.setData(WEEK);
            StackPane root = host(chart, 560, 280);
            first.addAll(chart.getChildrenUnmodifiable());
            dot[0] = pointX(chart.lookup("#point-b"));
            root.resize(900, 400);
            root.layout();
            chart.requestLayout();
            root.layout();
            second.addAll(chart.getChildrenUnmodifiable());
            dot[1] = pointX(chart.lookup("#point-b"));
        });
        assertThat(first).hasSizeGreaterThan(20);
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("child %d is the same node after another layout pass", i).isSameAs(first.get(i));
        }
        assertThat(dot[1]).as("the point moved with the wider chart").isGreaterThan(dot[0]);
    }

    @Test
    void newDataReplacesThePointsAndKeepsTheFrame(FxRobot robot) {
        List<Node> before = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        int[] points = new int[2];
        robot.interact(() -> {
            CourseChart chart = new CourseChart(id -> { });
            chart.setData(WEEK);
            StackPane root = host(chart, 560, 280);
            before.addAll(chart.getChildrenUnmodifiable());
            points[0] = chart.lookupAll("#point-a").size() + chart.lookupAll("#point-b").size() + chart.lookupAll("#point-c").size();
            chart.setData(new ChartView("Upper back", "", List.of(new ChartPoint("d", 2, 4, "", "Day 2")), 7));
            root.layout();
            after.addAll(chart.getChildrenUnmodifiable());
            points[1] = chart.lookupAll("#point-a").size() + chart.lookupAll("#point-d").size();
        });
        assertThat(points).containsExactly(3, 1);
        // the band, the grid, the axes and their labels stay the same nodes
        assertThat(after.get(0)).isSameAs(before.get(0));
        assertThat(after).hasSize(before.size() - 2);
    }

    private static double pointX(Node n) {
        if (n instanceof Circle c) {
            return c.localToParent(c.getCenterX(), c.getCenterY()).getX();
        }
        Polygon p = (Polygon) n;
        return p.localToParent(p.getPoints().get(0), p.getPoints().get(1)).getX();
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ui.HistoryModel.ChartPoint;
import formcoach.paincheck.ui.HistoryModel.ChartView;
import formcoach.ui.Stylesheets;
import formcoach.ui.VisualBaseline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The soreness chart looks like its baseline in both themes (the baselines were taken from the drawing code before the nodes were kept). */
@ExtendWith(ApplicationExtension.class)
class CourseChartSnapshotTest {
    private static String previousTheme;

    /** two checks inside the usual course, one outside it, over a week */
    static final ChartView WEEK = new ChartView("Upper back", "Session on 2 March", List.of(
            new ChartPoint("a", 0.5, 3, "", "Day 0: 3 of 10"),
            new ChartPoint("b", 1.5, 5, "", "Day 1: 5 of 10"),
            new ChartPoint("c", 5.5, 6, "still sore after day 5", "Day 5: 6 of 10, later than soreness lasts")), 7);

    @BeforeAll
    static void rememberTheme() {
        previousTheme = Application.getUserAgentStylesheet();
    }

    @AfterAll
    static void restoreTheme() {
        Application.setUserAgentStylesheet(previousTheme);
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 10, 10));
        stage.show();
    }

    static StackPane host(CourseChart chart, double w, double h) {
        StackPane root = new StackPane(chart);
        root.getStylesheets().addAll(PainCheckViewBuilder.STYLESHEET, HistoryViewBuilder.HISTORY_STYLESHEET);
        new Scene(root, w, h);
        root.applyCss();
        root.layout();
        return root;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void looksLikeItsBaseline(String theme, FxRobot robot) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(Stylesheets.theme(theme));
            CourseChart chart = new CourseChart(id -> { });
            chart.setData(WEEK);
            StackPane root = host(chart, 560, 280);
            try {
                VisualBaseline.check(root, "course-chart-" + theme);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        VisualBaseline.assertClean();
    }
}

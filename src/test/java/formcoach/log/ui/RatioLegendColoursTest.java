package formcoach.log.ui;

import formcoach.app.App;
import formcoach.app.Themes;
import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.WeightUnit;
import formcoach.store.JsonStore;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Each legend symbol of the pictures has the colour of its own series, in the light and the dark theme. */
@ExtendWith(ApplicationExtension.class)
class RatioLegendColoursTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-08T17:00:00Z"), ZoneOffset.UTC);
    private ChartsPane charts;
    private StackPane root;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("formcoach-legend");
        JsonStore store = new JsonStore(dir, CLOCK);
        LogBook book = LogBook.open(store, CLOCK, Library.load(store).all());
        // six weeks of rows and pull-ups, so the ratio has points and every chart has data
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            List<LoggedSet> sets = new ArrayList<>();
            for (int i = 0; i < 4 + w * 2; i++) {
                sets.add(LoggedSet.of(8, 60, WeightUnit.KG));
            }
            sessions.add(new Session(null, LocalDateTime.of(2026, 3, 2, 18, 0).plusWeeks(w), "", "manual", null, "",
                    List.of(new LoggedExercise("barbell-bent-over-row", "Row", sets, ""), new LoggedExercise("pull-up", "Pull-up", sets, ""))));
        }
        book.log().addImported(sessions);
        LogModel model = new LogModel();
        charts = new ChartsPane(model);
        model.setBook(book);
        root = new StackPane(charts.view());
        Scene scene = new Scene(root, 1100, 1400);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
        Themes.apply("light", root);
        stage.setScene(scene);
        stage.show();
    }

    private static Paint firstFill(Node n) {
        Region r = (Region) n;
        assertThat(r.getBackground()).as("background of %s", n).isNotNull();
        return r.getBackground().getFills().get(0).getFill();
    }

    private static Node legendSymbol(XYChart<?, ?> chart, int series) {
        Node symbol = chart.lookup(".chart-legend-item-symbol.series" + series);
        assertThat(symbol).as("legend symbol of series %d in %s", series, chart.getId()).isNotNull();
        return symbol;
    }

    private void checkAllCharts(String theme) {
        List<Paint> ratioLines = new ArrayList<>();
        for (int i = 0; i < charts.ratio.getData().size(); i++) {
            Path line = (Path) charts.ratio.getData().get(i).getNode();
            ratioLines.add(line.getStroke());
            assertThat(firstFill(legendSymbol(charts.ratio, i))).as("%s: ratio series %d '%s'", theme, i,
                    charts.ratio.getData().get(i).getName()).isEqualTo(line.getStroke());
        }
        // the two band lines share a colour, the warning line and the ratio line each have their own
        assertThat(ratioLines.get(0)).isEqualTo(ratioLines.get(1));
        assertThat(ratioLines.get(2)).isNotEqualTo(ratioLines.get(0));
        assertThat(ratioLines.get(3)).isNotIn(ratioLines.get(0), ratioLines.get(2));
        for (XYChart<String, Number> bars : List.of(charts.groups, charts.faults)) {
            for (int i = 0; i < bars.getData().size(); i++) {
                Node bar = bars.getData().get(i).getData().get(0).getNode();
                assertThat(firstFill(legendSymbol(bars, i))).as("%s: %s series %d", theme, bars.getId(), i).isEqualTo(firstFill(bar));
            }
        }
    }

    @Test
    void legendSymbolsMatchTheirSeriesInBothThemes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.ratio.getData().get(3).getData()).isNotEmpty();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        Paint lightBand = ((Path) charts.ratio.getData().get(0).getNode()).getStroke();
        checkAllCharts("light");
        robot.interact(() -> {
            Themes.apply("dark", (Parent) root);
            root.applyCss();
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        checkAllCharts("dark");
        assertThat(((Path) charts.ratio.getData().get(0).getNode()).getStroke()).as("the dark theme's band colour").isNotEqualTo(lightBand);
        robot.interact(() -> Themes.apply("light", (Parent) root));
    }
}

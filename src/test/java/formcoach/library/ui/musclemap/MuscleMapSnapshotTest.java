package formcoach.library.ui.musclemap;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import formcoach.ui.Snapshots;
import formcoach.library.ui.musclemap.MuscleMap.Intensity;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes target/snapshots/musclemap-*.png for a person to look at, and checks the highlights were painted. */
@ExtendWith(ApplicationExtension.class)
class MuscleMapSnapshotTest {
    private static String previousTheme;

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

    @ParameterizedTest(name = "{0} {1} {2}x{3}")
    @CsvSource(textBlock = """
            row,      light, 900, 600, #0969da
            row,      light, 400, 300, #0969da
            row,      dark,  900, 600, #1f6feb
            row,      dark,  400, 300, #1f6feb
            deadlift, light, 900, 600, #0969da
            deadlift, light, 400, 300, #0969da
            deadlift, dark,  900, 600, #1f6feb
            deadlift, dark,  400, 300, #1f6feb
            """)
    void snapshotShowsThePrimaryMusclesInTheThemeAccent(String exercise, String theme, int w, int h, String accent,
                                                        FxRobot robot) throws Exception {
        Map<String, Intensity> highlights = exercise.equals("row") ? MuscleMapTest.row() : MuscleMapTest.deadlift();
        String name = "musclemap-" + exercise + "-" + theme + "-" + w + "x" + h;
        int[] accentPixels = new int[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.equals("dark")
                    ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            MuscleMap map = new MuscleMap();
            map.setHighlights(highlights);
            StackPane root = new StackPane(map);
            new Scene(root, w, h);
            try {
                formcoach.ui.VisualBaseline.check(root, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            accentPixels[0] = countNear(root.snapshot(null, null), Color.web(accent));
        });
        formcoach.ui.VisualBaseline.assertClean();
        assertThat(Files.size(Path.of("target", "snapshots", name + ".png"))).isPositive();
        // Three primary muscles on both sides cover far more than a few hundred pixels even at 400 x 300.
        assertThat(accentPixels[0]).isGreaterThan(w * h / 400);
    }

    private static int countNear(WritableImage img, Color c) {
        PixelReader pr = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                Color p = pr.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.04 && Math.abs(p.getGreen() - c.getGreen()) < 0.04
                        && Math.abs(p.getBlue() - c.getBlue()) < 0.04) {
                    n++;
                }
            }
        }
        return n;
    }
}

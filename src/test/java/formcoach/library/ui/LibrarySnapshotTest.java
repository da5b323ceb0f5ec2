package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.ui.Snapshots;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each library screen in both themes at a small and a large window, compared with its baseline under
 * src/test/resources/snapshots (see {@link formcoach.ui.VisualBaseline}).
 */
@ExtendWith(ApplicationExtension.class)
class LibrarySnapshotTest {
    // the lift's figure would be caught at a different moment of its rep in every run: the still key
    // position (reduce motion) makes the snapshot the same each time
    @org.junit.jupiter.api.BeforeAll
    static void stillFigures() {
        formcoach.figure.ui.FigurePlayer.REDUCE_MOTION.set(true);
    }

    @org.junit.jupiter.api.AfterAll
    static void movingFiguresAgain() {
        formcoach.figure.ui.FigurePlayer.REDUCE_MOTION.set(false);
    }

    private static String previousTheme;
    private Stage stage;
    private LibraryUiHarness h;

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
        this.stage = stage;
    }

    @AfterEach
    void close() {
        formcoach.ui.VisualBaseline.assertClean();
        if (h != null) {
            h.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource(textBlock = """
            light, 800,  600
            dark,  800,  600
            light, 1440, 900
            dark,  1440, 900
            dark,  1920, 1080
            """)
    void everyScreenRendersInBothThemesAndSizes(String theme, int w, int hgt, FxRobot robot) throws Exception {
        h = new LibraryUiHarness(null);
        javafx.scene.Scene[] scene = new javafx.scene.Scene[1];
        robot.interact(() -> scene[0] = h.offscreen(w, hgt, theme));
        String suffix = "-" + theme + "-" + w + "x" + hgt;
        WaitForAsyncUtils.waitForFxEvents();
        List<Path> written = new java.util.ArrayList<>();

        robot.interact(() -> h.section.browse().model().favouritesOnlyProperty().set(false));
        snap(robot, h.root(), "library-browse" + suffix, written);

        robot.interact(() -> h.section.browse().model().queryProperty().set("row"));
        robot.interact(() -> h.section.open("barbell-bent-over-row"));
        snap(robot, h.root(), "library-detail" + suffix, written);
        ScrollPane detail = (ScrollPane) h.section.detail().view();
        robot.interact(() -> h.section.detail().feel().pick(BodyArea.NECK_TRAPS));
        snap(robot, detail.getContent(), "library-detail-full" + suffix, written);
        robot.interact(() -> {
            detail.layout();
            detail.setVvalue(1);
        });
        snap(robot, h.root(), "library-feel" + suffix, written);

        robot.interact(() -> {
            h.section.back();
            h.section.browse().model().queryProperty().set("");
        });
        robot.interact(() -> ((javafx.scene.control.Button) scene[0].lookup("#before-you-lift")).fire());
        robot.interact(() -> {
            h.section.cards().model().pick(java.util.List.of("barbell-bent-over-row", "wide-grip-lat-pulldown", "romanian-deadlift"));
        });
        snap(robot, h.root(), "library-picker" + suffix, written);
        robot.interact(() -> h.section.cards().showCards());
        snap(robot, h.root(), "library-warmup" + suffix, written);
        robot.interact(() -> h.section.cards().model().goToCard(1));
        snap(robot, h.root(), "library-cuecard" + suffix, written);
        robot.interact(() -> h.section.cards().model().goToCard(4));
        robot.interact(() -> h.section.cards().feel().pick(BodyArea.NECK_TRAPS));
        snap(robot, h.root(), "library-after" + suffix, written);

        robot.interact(() -> h.section.back());
        robot.interact(() -> ((javafx.scene.control.Button) scene[0].lookup("#new-exercise")).fire());
        robot.interact(() -> {
            ExerciseFormModel m = h.section.form().model();
            m.nameProperty().set("Band row");
            m.cueProperty().set("Pull the band all the way back to your ribs now");
            m.tempoProperty().set("slow");
            m.categoryProperty().set(formcoach.library.Category.ROW);
        });
        snap(robot, h.root(), "library-form" + suffix, written);

        for (Path p : written) {
            assertThat(Files.size(p)).isGreaterThan(5_000);
        }
    }

    private static void snap(FxRobot robot, Node node, String name, List<Path> written) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                written.add(formcoach.ui.VisualBaseline.check(node, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

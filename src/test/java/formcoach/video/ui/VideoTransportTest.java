package formcoach.video.ui;

import formcoach.app.MainWindow;
import formcoach.ui.Snapshots;
import formcoach.video.SetReport;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's row of buttons under the video (frame steps, play, speed, loop, zoom, full screen, the
 * drawing tools, the figure and the lifter) in the real shell: at most two lines in an 800×600 window
 * and one line from 1280×800, with a clip open; every button still says what it does and its key.
 */
@ExtendWith(ApplicationExtension.class)
class VideoTransportTest {
    private Path dir;
    private VideoShell shell;
    private MainWindow window;
    private VideoSection section;

    @Start
    void start(Stage stage) throws Exception {
        shell = VideoShell.show(stage, "formcoach-video-transport", Clock.systemUTC(),
                (file, lift, view) -> new SetReport(lift, view, List.of(), List.of()), 800, 600);
        dir = shell.dir;
        section = shell.section;
        window = shell.window;
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private VideoView player() {
        return section.player();
    }

    /** The lines the row's children are laid out on: one per distinct vertical centre. */
    private int lines() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            Parent transport = player().transport();
            transport.applyCss();
            transport.layout();
            TreeSet<Long> centres = new TreeSet<>();
            for (Node n : transport.getChildrenUnmodifiable()) {
                if (n.isVisible() && n.isManaged()) {
                    Bounds b = n.getBoundsInParent();
                    centres.add(Math.round(b.getCenterY()));
                }
            }
            return centres.size();
        }).get(5, TimeUnit.SECONDS);
    }

    private static void buttons(Node n, List<ButtonBase> out) {
        if (n instanceof ButtonBase b) {
            out.add(b);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> buttons(c, out));
        }
    }

    @Test
    void theButtonsTakeTwoLinesAt800x600AndOneFrom1280(FxRobot robot) throws Exception {
        shell.size(robot, 800, 600);
        Path clip = dir.resolve("my set.mp4");
        Files.copy(Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI()), clip);
        robot.interact(() -> section.open(clip.toString()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() == 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().drawingLayer().ready());

        robot.interact(() -> {
            try {
                Snapshots.write(window.root(), "video-transport-light-800x600");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(lines()).as("lines of player buttons at 800×600").isLessThanOrEqualTo(2);

        // every control is still there, says what it is and its key, and Tab reaches it
        List<ButtonBase> all = new ArrayList<>();
        robot.interact(() -> buttons(player().transport(), all));
        assertThat(all).hasSize(16);
        for (ButtonBase b : all) {
            assertThat(b.getAccessibleText()).as("accessible text of %s", b).isNotBlank();
            assertThat(b.getTooltip()).as("tooltip of %s", b.getAccessibleText()).isNotNull();
            assertThat(b.getTooltip().getText()).isNotBlank();
            assertThat(b.isFocusTraversable()).as("Tab reaches %s", b.getAccessibleText()).isTrue();
        }
        assertThat(all.stream().map(ButtonBase::getAccessibleText).toList()).contains(
                "One frame back (,)", "Play (Space)", "One frame forward (.)", "Loop rep (L)", "Zoom out (−)",
                "Fit the frame (0)", "Zoom in (+)", "Full screen (F)", "Figure (G)", "Pick the lifter (P)");
        // the speed button names the speed, which its keys change
        Labeled speed = robot.lookup("#video-speed").queryLabeled();
        assertThat(speed.getText()).isEqualTo("1×");
        robot.type(KeyCode.DIGIT3);
        assertThat(speed.getText()).isEqualTo("¼×");
        assertThat(speed.getAccessibleText()).startsWith("Speed ¼×");
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#video-play").queryLabeled().getAccessibleText()).isEqualTo("Pause (Space)");
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#video-play").queryLabeled().getAccessibleText()).isEqualTo("Play (Space)");

        // the keyboard path: Tab from the player reaches the zoom-in button, where Enter and Space press it
        robot.interact(() -> player().root().requestFocus());
        ButtonBase zoomIn = all.stream().filter(x -> "Zoom in (+)".equals(x.getAccessibleText())).findFirst().orElseThrow();
        for (int i = 0; i < 30 && !zoomIn.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(zoomIn.isFocused()).as("Tab reaches zoom in").isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(player().zoomFactor()).isEqualTo(1.25);
        robot.type(KeyCode.SPACE);
        assertThat(player().zoomFactor()).isEqualTo(1.5625);
        assertThat(player().playingProperty().get()).isFalse();
        // the player's keys still work while a button has the focus
        robot.type(KeyCode.DIGIT0);
        assertThat(player().zoomFactor()).isEqualTo(1.0);
        robot.type(KeyCode.PERIOD);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() == 1);
        // after a click on a button, Space is play and pause again
        robot.clickOn(zoomIn);
        assertThat(player().zoomFactor()).isEqualTo(1.25);
        robot.type(KeyCode.SPACE);
        assertThat(player().playingProperty().get()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(player().playingProperty().get()).isFalse();

        shell.size(robot, 1280, 800);
        assertThat(lines()).as("lines of player buttons at 1280×800").isEqualTo(1);
    }
}

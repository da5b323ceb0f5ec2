package formcoach.video.ui;

import formcoach.ui.SceneKeys;
import formcoach.video.SetReport;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R reopens the last clip, which is decoded in the background: the keys typed at once after it (in the
 * same turn of the FX thread, before the clip is ready) act on the clip when it is open, in order.
 */
@ExtendWith(ApplicationExtension.class)
class VideoReopenKeysTest {
    private VideoShell shell;

    @Start
    void start(Stage stage) throws Exception {
        shell = VideoShell.show(stage, "formcoach-video-reopen", Clock.systemUTC(),
                (file, lift, view) -> new SetReport(lift, view, List.of(), List.of()), 800, 600, (dir, store) -> {
                    Path clip = dir.resolve("last set.mp4");
                    Files.copy(Paths.get(VideoReopenKeysTest.class.getResource("/video/messi-lean.mp4").toURI()), clip);
                    new RecentClips(store).add(clip);
                });
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aSpeedKeyAndSpaceTypedRightAfterRPlayTheReopenedClip(FxRobot robot) throws Exception {
        shell.size(robot, 800, 600);
        Labeled offer = robot.lookup(".video-placeholder").match(n -> n instanceof Labeled l
                && l.getText().startsWith("Recent clips")).queryLabeled();
        assertThat(offer.getText()).startsWith("Recent clips");
        AtomicBoolean played = new AtomicBoolean();
        robot.interact(() -> shell.player().playingProperty().addListener((o, was, now) -> {
            if (now) {
                played.set(true);
            }
        }));

        // R, then ¼× and play, all before the clip is decoded
        robot.interact(() -> SceneKeys.type(shell.player().root().getScene(), KeyCode.R, KeyCode.DIGIT3, KeyCode.SPACE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.player().shownFrameProperty().get() >= 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#video-speed").queryLabeled().getText()).isEqualTo("¼×");
        assertThat(played.get()).as("Space typed right after R played the clip").isTrue();
        // the player has the keyboard: Space now pauses
        robot.interact(() -> {
            if (!shell.player().playingProperty().get()) {
                SceneKeys.type(shell.player().root().getScene(), KeyCode.SPACE);
            }
            SceneKeys.type(shell.player().root().getScene(), KeyCode.SPACE);
        });
        assertThat(shell.player().playingProperty().get()).isFalse();
    }
}

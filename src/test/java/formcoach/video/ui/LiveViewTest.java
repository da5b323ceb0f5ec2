package formcoach.video.ui;

import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.ui.Snapshots;
import formcoach.video.RuleBasedSetAnalyzer;
import formcoach.video.decode.VideoClip;
import formcoach.video.live.CameraDevice;
import formcoach.video.live.PacedClipSource;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live view in the real shell: with no camera it says so and the player still works; with a
 * "camera" (the messi clip handed out at its own pace) it shows the picture and the skeleton, the
 * analysed rate, records the set into the data folder and opens the recording in the player.
 */
@ExtendWith(ApplicationExtension.class)
class LiveViewTest {
    private Path dir;
    private VideoShell shell;
    private MainWindow window;
    private VideoSection section;
    private final AtomicReference<PacedClipSource> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        shell = VideoShell.show(stage, "formcoach-live-ui", Clock.fixed(Instant.parse("2026-12-06T19:30:05Z"), ZoneOffset.UTC),
                RuleBasedSetAnalyzer.builtIn(), 1280, 800);
        dir = shell.dir;
        section = shell.section;
        window = shell.window;
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && n.isVisible()) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.Parent p && n.isVisible()) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private boolean liveSays(String text) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> texts(section.live().root())).get(5, TimeUnit.SECONDS).stream()
                    .anyMatch(s -> s != null && s.contains(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withNoCameraTheLiveViewSaysSoAndThePlayerStillWorks(FxRobot robot) throws Exception {
        robot.interact(() -> section.useCameras(List::of, d -> {
            throw new AssertionError("nothing to open");
        }));
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> liveSays(LiveView.NO_CAMERA));
        assertThat(LiveView.NO_CAMERA).isEqualTo("No camera found. Connect one, or open a clip of your set.");
        assertThat(liveSays("Open a clip…")).isTrue();
        assertThat(section.live().runningProperty().get()).isFalse();
        assertThat(section.player().root().isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section.player().root().isVisible()).isTrue();
        assertThat(section.live().root().getScene()).isNull();
        // the player goes on as before
        Path clip = dir.resolve("set.mp4");
        Files.copy(Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI()), clip);
        robot.interact(() -> section.open(clip.toString()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> section.player().shownFrameProperty().get() == 0);
    }

    @Test
    void aCameraIsShownLiveWithTheSkeletonRecordedAndReviewed(FxRobot robot) throws Exception {
        Path messi = Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI());
        CameraDevice fake = new CameraDevice("v4l2", "/dev/video0", "Test camera");
        robot.interact(() -> section.useCameras(() -> List.of(fake), d -> {
            PacedClipSource s = new PacedClipSource(VideoClip.open(messi), System::nanoTime, n -> TimeUnit.NANOSECONDS.sleep(n));
            opened.set(s);
            return s;
        }));
        robot.interact(() -> section.live().selectLift("barbell-bent-over-row"));
        robot.clickOn("Webcam (W)");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> liveSays("Analysing"));
        assertThat(section.live().runningProperty().get()).isTrue();
        assertThat(liveSays("Film from the side")).isTrue();
        assertThat(liveSays("frames dropped")).isTrue();

        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> liveSays("recording"));
        Thread.sleep(800);
        robot.interact(() -> {
            for (String theme : new String[]{"light", "dark"}) {
                Themes.apply(theme, window.root());
                try {
                    Snapshots.write(window.root(), "video-live-" + theme);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        robot.interact(() -> Themes.apply("light", window.root()));
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> liveSays("Saved set-2026-12-06-1930-05.mp4"));
        Path recorded = dir.resolve("video-recordings/set-2026-12-06-1930-05.mp4");
        assertThat(recorded).exists();
        assertThat(dir.resolve("video-recordings/set-2026-12-06-1930-05.landmarks.json")).exists();

        robot.clickOn((Hyperlink h) -> h.getText().startsWith("Review set-2026-12-06-1930-05.mp4"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> section.player().shownFrameProperty().get() == 0);
        assertThat(section.player().root().isVisible()).isTrue();
        // leaving the live view stopped the camera and let go of it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get().isClosed());
        assertThat(section.live().runningProperty().get()).isFalse();
    }
}

package formcoach.video.ui;

import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.Fault;
import formcoach.ui.Snapshots;
import formcoach.video.CameraView;
import formcoach.video.LandmarkFile;
import formcoach.video.SetAnalyzer;
import formcoach.video.SetReport;
import formcoach.video.decode.Webcams;
import javafx.scene.Node;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Video section in the real shell, driven by the keyboard: open the committed clip, step, seek,
 * change speed, cancel and run the analysis, read the reps from an injected SetAnalyzer, loop a rep,
 * zoom, forget the analysis; pictures in both themes go to target/snapshots/video-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class VideoSectionTest {
    private Path dir;
    private VideoShell shell;
    private MainWindow window;
    private VideoSection section;
    private final AtomicReference<LandmarkFile> analysed = new AtomicReference<>();

    /** Two reps: the first shrugged, the second clean; records what it was given. */
    private final SetAnalyzer fake = (file, lift, view) -> {
        analysed.set(file);
        return new SetReport(lift, view, List.of(
                new SetReport.Rep(1, 0.4, 1.8, Set.of(Fault.SHRUGGING), Map.of(
                        "ear-shoulder drop %", new SetReport.Measure(Fault.SHRUGGING, 23.0, 15.0, 1.2, true, false),
                        "torso swing °", new SetReport.Measure(Fault.MOMENTUM, 6.5, 12.0, 1.0, false, false))),
                new SetReport.Rep(2, 2.2, 3.6, Set.of(), Map.of(
                        "ear-shoulder drop %", new SetReport.Measure(Fault.SHRUGGING, 4.0, 15.0, 3.0, false, false)))),
                List.of("The lifter's feet leave the frame in 3 frames."));
    };

    @Start
    void start(Stage stage) throws Exception {
        shell = VideoShell.show(stage, "formcoach-video-ui", Clock.systemUTC(),
                fake, 1280, 800);
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

    private void waitForFrame(int index) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() == index);
    }

    /** Reads the panel on the FX thread, which builds it. */
    private boolean panelSays(String text) {
        List<String> all = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(() -> collect(player().repsPanel(), all)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return all.stream().anyMatch(s -> s.contains(text));
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void aClipIsPlayedSteppedAnalysedAndForgottenFromTheKeyboard(FxRobot robot) throws Exception {
        Path clip = dir.resolve("my set.mp4");
        Files.copy(Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI()), clip);
        robot.interact(() -> section.open(clip.toString()));
        waitForFrame(0);

        robot.type(KeyCode.PERIOD);
        waitForFrame(1);
        robot.type(KeyCode.PERIOD);
        waitForFrame(2);
        robot.type(KeyCode.COMMA);
        waitForFrame(1);
        robot.type(KeyCode.END);
        waitForFrame(59);
        robot.type(KeyCode.HOME);
        waitForFrame(0);
        robot.type(KeyCode.RIGHT);
        waitForFrame(15);

        robot.type(KeyCode.DIGIT3);
        assertThat(player().speed()).isEqualTo(0.25);
        robot.type(KeyCode.DIGIT2);
        assertThat(player().speed()).isEqualTo(0.5);
        robot.type(KeyCode.SPACE);
        assertThat(player().playingProperty().get()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() > 16);
        robot.type(KeyCode.SPACE);
        assertThat(player().playingProperty().get()).isFalse();
        robot.type(KeyCode.DIGIT1);
        assertThat(player().speed()).isEqualTo(1.0);

        robot.type(KeyCode.L);
        assertThat(player().statusText()).contains("analyse the clip first");

        robot.interact(() -> player().selectLift("barbell-bent-over-row"));
        // a cancelled analysis leaves nothing behind
        robot.type(KeyCode.A);
        assertThat(player().analysingProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !player().analysingProperty().get());
        assertThat(player().statusText()).contains("cancelled");
        assertThat(player().landmarks()).isNull();

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !player().analysingProperty().get() && player().report() != null);
        assertThat(player().landmarks().frames()).hasSize(60);
        assertThat(analysed.get().lift()).isEqualTo("barbell-bent-over-row");
        assertThat(analysed.get().view()).isEqualTo(CameraView.SIDE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panelSays("Rep 1")).isTrue();
        assertThat(panelSays("Rep 2")).isTrue();
        assertThat(panelSays("✖ Shrugging: ear-shoulder drop % 23.00 against 15.00")).isTrue();
        assertThat(panelSays("feet leave the frame")).isTrue();
        Path saved;
        try (var files = Files.list(dir.resolve("video-analyses"))) {
            saved = files.filter(p -> p.getFileName().toString().startsWith("pose-")).findFirst().orElseThrow();
        }

        robot.type(KeyCode.HOME);
        waitForFrame(0);
        robot.type(KeyCode.L);
        assertThat(player().loopStart()).isEqualTo(6);
        assertThat(player().loopEnd()).isEqualTo(27);
        assertThat(player().playingProperty().get()).isTrue();
        robot.type(KeyCode.L);
        assertThat(player().loopStart()).isEqualTo(-1);
        // leaving the loop keeps playing; Space pauses
        assertThat(player().playingProperty().get()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(player().playingProperty().get()).isFalse();

        robot.type(KeyCode.EQUALS);
        assertThat(player().zoomFactor()).isEqualTo(1.25);
        robot.type(KeyCode.DIGIT0);
        assertThat(player().zoomFactor()).isEqualTo(1.0);

        // the frame where the first rep's shrug peaked, with the skeleton, in both themes
        robot.interact(() -> {
            player().pause();
        });
        robot.type(KeyCode.HOME);
        waitForFrame(0);
        for (int i = 0; i < 18; i++) {
            robot.type(KeyCode.PERIOD);
        }
        waitForFrame(18);
        for (String theme : List.of("light", "dark")) {
            robot.interact(() -> {
                Themes.apply(theme, window.root());
                try {
                    Snapshots.write(window.root(), "video-player-" + theme);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.interact(() -> Themes.apply("light", window.root()));

        robot.type(KeyCode.DELETE);
        assertThat(player().statusText()).startsWith("Delete this clip's analysis and its drawings?");
        robot.type(KeyCode.SPACE);
        assertThat(player().statusText()).isEqualTo("Kept this clip's analysis and drawings.");
        assertThat(player().landmarks()).isNotNull();
        assertThat(Files.exists(saved)).isTrue();
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().landmarks() == null);
        assertThat(Files.exists(saved)).isFalse();
        assertThat(player().statusText()).contains("deleted");

        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "not a video");
        robot.interact(() -> section.open(text.toString()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().statusText().contains("not a video"));
        assertThat(player().statusText()).isEqualTo("notes.mp4 is not a video Form Coach can read (FFmpeg could not open it).");
    }

    @Test
    void webcamsAreFoundAsVideoDevicesOnLinuxOnly(@org.junit.jupiter.api.io.TempDir Path dev) throws Exception {
        assertThat(Webcams.find(dev, "Linux")).isEmpty();
        Files.createFile(dev.resolve("video0"));
        Files.createFile(dev.resolve("vcs1"));
        assertThat(Webcams.find(dev, "Linux")).containsExactly(dev.resolve("video0"));
        assertThat(Webcams.find(dev, "Windows 11")).isEmpty();
    }

    @Test
    void cameraGuidanceFitsTheLift() {
        assertThat(CameraGuide.recommended(formcoach.library.Category.ROW)).isEqualTo(CameraView.SIDE);
        assertThat(CameraGuide.recommended(formcoach.library.Category.PULLDOWN)).isEqualTo(CameraView.BACK);
        assertThat(CameraGuide.warning(formcoach.library.Category.ROW, CameraView.SIDE)).isNull();
        assertThat(CameraGuide.warning(formcoach.library.Category.ROW, CameraView.BACK)).contains("rounding cannot be judged");
        assertThat(CameraGuide.warning(formcoach.library.Category.PULLUP, CameraView.SIDE)).contains("shrugging is harder to see");
        assertThat(CameraGuide.judgeable(CameraView.BACK)).doesNotContain(Fault.ROUNDING);
    }
}

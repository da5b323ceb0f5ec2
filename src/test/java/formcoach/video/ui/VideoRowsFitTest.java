package formcoach.video.ui;

import formcoach.app.MainWindow;
import formcoach.ui.Snapshots;
import formcoach.video.SetReport;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two rows under the video that hold text beside a bar, in the real shell at 800×600: the scrub bar
 * with the time and "frame N of M · speed", and the analysis's progress (what, how far, the bar, Cancel).
 * Each fits inside the space under the video with every label drawn whole and the bar still usable; in a
 * large window each stays on one line.
 */
@ExtendWith(ApplicationExtension.class)
class VideoRowsFitTest {
    private Path dir;
    private VideoShell shell;
    private MainWindow window;
    private VideoSection section;
    /** Opened by the test to let the (fake) analysis finish: until then the progress row stays up. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch analysing = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        shell = VideoShell.show(stage, "formcoach-video-rows", Clock.systemUTC(), (file, lift, view) -> {
            analysing.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SetReport(lift, view, List.of(), List.of());
        }, 800, 600);
        dir = shell.dir;
        section = shell.section;
        window = shell.window;
    }

    @AfterEach
    void close() {
        release.countDown();
        shell.close();
    }

    private VideoView player() {
        return section.player();
    }

    private void openClip(FxRobot robot) throws Exception {
        shell.size(robot, 800, 600);
        Path clip = dir.resolve("my set.mp4");
        Files.copy(Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI()), clip);
        robot.interact(() -> section.open(clip.toString()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshots.write(window.root(), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            window.root().applyCss();
            window.root().layout();
            return c.call();
        }).get(5, TimeUnit.SECONDS);
    }

    /** What the label's skin draws: its text as shown, with "…" when it was cut short. */
    private static String drawn(Labeled l) {
        Node t = l.lookup(".text");
        assertThat(t).as("the text node of %s", l.getText()).isInstanceOf(Text.class);
        return ((Text) t).getText();
    }

    /** The labels under {@code n}, depth first. */
    private static void labels(Node n, List<Labeled> out) {
        if (n instanceof Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> labels(c, out));
        }
    }

    /** {@code inner} lies horizontally within the content area (inside the padding) of {@code outer}. */
    private static void assertInside(Node inner, Region outer, String what) {
        Bounds b = inner.localToScene(inner.getLayoutBounds());
        Bounds o = outer.localToScene(outer.getLayoutBounds());
        double left = o.getMinX() + outer.snappedLeftInset();
        double right = o.getMaxX() - outer.snappedRightInset();
        assertThat(b.getMinX()).as("%s starts inside the space under the video", what).isGreaterThanOrEqualTo(left - 0.5);
        assertThat(b.getMaxX()).as("%s ends inside the space under the video (right edge %s)", what, right)
                .isLessThanOrEqualTo(right + 0.5);
    }

    @Test
    void theScrubBarKeeps200pxAndThePositionLabelIsWholeAt800x600(FxRobot robot) throws Exception {
        openClip(robot);
        robot.interact(() -> player().selectLift("barbell-bent-over-row"));
        robot.interact(() -> player().root().requestFocus());
        robot.type(javafx.scene.input.KeyCode.DIGIT2);
        robot.type(javafx.scene.input.KeyCode.END);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() == 59);
        snapshot(robot, "video-rows-scrub-light-800x600");

        List<String> problems = onFx(() -> {
            List<String> p = new ArrayList<>();
            Label frame = player().frameLabel();
            if (!frame.getText().equals("frame 60 of 60 · ½×")) {
                p.add("label says " + frame.getText());
            }
            if (!drawn(frame).equals(frame.getText())) {
                p.add("label drawn as '" + drawn(frame) + "'");
            }
            if (frame.getWidth() + 0.5 < frame.prefWidth(-1)) {
                p.add("label " + frame.getWidth() + " px of " + frame.prefWidth(-1));
            }
            if (player().scrub().getWidth() < 200) {
                p.add("scrub bar " + player().scrub().getWidth() + " px");
            }
            return p;
        });
        assertThat(problems).as("at 800×600").isEmpty();
        robot.interact(() -> {
            Region under = (Region) player().scrubRow().getParent();
            assertInside(player().scrubRow(), under, "the scrub row");
            assertInside(player().frameLabel(), under, "the position label");
            assertInside(player().scrub(), under, "the scrub bar");
        });
        // what a screen reader says is the whole position
        assertThat(player().frameLabel().getAccessibleText() == null ? player().frameLabel().getText()
                : player().frameLabel().getAccessibleText()).isEqualTo("frame 60 of 60 · ½×");

        // in a large window the bar and the labels share one line
        shell.size(robot, 1280, 800);
        double[] wide = onFx(() -> {
            Bounds s = player().scrub().localToScene(player().scrub().getLayoutBounds());
            Bounds f = player().frameLabel().localToScene(player().frameLabel().getLayoutBounds());
            return new double[] {s.getCenterY(), f.getCenterY(), player().scrub().getWidth()};
        });
        assertThat(Math.abs(wide[0] - wide[1])).as("label beside the bar at 1280×800").isLessThan(4);
        assertThat(wide[2]).as("scrub bar at 1280×800").isGreaterThan(300);
        assertThat(drawn(player().frameLabel())).isEqualTo("frame 60 of 60 · ½×");
    }

    @Test
    void theProgressRowFitsUnderTheVideoAt800x600(FxRobot robot) throws Exception {
        openClip(robot);
        robot.interact(() -> player().selectLift("barbell-bent-over-row"));
        robot.interact(() -> player().root().requestFocus());
        robot.type(javafx.scene.input.KeyCode.A);
        assertThat(player().analysingProperty().get()).isTrue();
        // the poses are found; the (fake) analyser holds the analysis open while the row is measured
        assertThat(analysing.await(90, TimeUnit.SECONDS)).as("the analysis reached the analyser").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(player().progressRow().isVisible()).isTrue();
        snapshot(robot, "video-rows-progress-light-800x600");

        AtomicReference<String> text = new AtomicReference<>();
        List<String> problems = onFx(() -> {
            List<String> p = new ArrayList<>();
            List<Labeled> all = new ArrayList<>();
            labels(player().progressRow(), all);
            StringBuilder sb = new StringBuilder();
            for (Labeled l : all) {
                sb.append(l.getText()).append(" | ");
                if (l.getText() != null && !l.getText().isEmpty() && !drawn(l).equals(l.getText())) {
                    p.add("'" + l.getText() + "' drawn as '" + drawn(l) + "'");
                }
            }
            text.set(sb.toString());
            ProgressBar bar = (ProgressBar) player().progressRow().lookup(".progress-bar");
            if (bar.getWidth() < 120) {
                p.add("progress bar " + bar.getWidth() + " px");
            }
            return p;
        });
        assertThat(text.get()).contains("Finding the skeleton…", "60 of 60 frames", "Cancel");
        assertThat(problems).as("at 800×600").isEmpty();
        robot.interact(() -> {
            Region under = (Region) player().progressRow().getParent();
            assertInside(player().progressRow(), under, "the progress row");
            List<Labeled> all = new ArrayList<>();
            labels(player().progressRow(), all);
            for (Labeled l : all) {
                assertInside(l, under, "'" + l.getText() + "'");
            }
            assertInside(player().progressRow().lookup(".progress-bar"), under, "the progress bar");
        });
        List<Labeled> inRow = new ArrayList<>();
        robot.interact(() -> labels(player().progressRow(), inRow));
        Button cancel = (Button) inRow.stream().filter(l -> "Cancel".equals(l.getText())).findFirst().orElseThrow();
        assertThat(cancel.isVisible()).isTrue();

        // in a large window it is one line: the text, the bar and Cancel side by side
        shell.size(robot, 1280, 800);
        double[] wide = onFx(() -> {
            Node bar = player().progressRow().lookup(".progress-bar");
            Bounds b = bar.localToScene(bar.getLayoutBounds());
            Bounds c = cancel.localToScene(cancel.getLayoutBounds());
            return new double[] {b.getCenterY(), c.getCenterY(), player().progressRow().getHeight(), b.getWidth()};
        });
        assertThat(Math.abs(wide[0] - wide[1])).isLessThan(4);
        assertThat(wide[2]).as("one line high").isLessThan(cancel.getHeight() + 4);
        assertThat(wide[3]).isGreaterThanOrEqualTo(260);
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !player().analysingProperty().get());
    }
}

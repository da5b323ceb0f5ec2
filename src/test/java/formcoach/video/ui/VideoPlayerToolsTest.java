package formcoach.video.ui;

import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.Fault;
import formcoach.ui.Snapshots;
import formcoach.video.Drawing;
import formcoach.video.DrawingStore;
import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;
import formcoach.video.LifterCandidates;
import formcoach.video.SetAnalyzer;
import formcoach.video.SetReport;
import formcoach.video.pose.PoseCache;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The player's tools in the real shell: an angle drawn with three clicks and its degrees read back,
 * moved and undone by keyboard, kept in the data folder; the correct-form figure beside the video
 * stepping through the rep with the frames; the lifter picked by keyboard among three people.
 * Landmarks come from the clip's saved analysis (written here), so no model runs.
 */
@ExtendWith(ApplicationExtension.class)
class VideoPlayerToolsTest {
    private Path dir;
    private VideoShell shell;
    private MainWindow window;
    private VideoSection section;

    /** One rep from 0.2 s to 1.8 s with a flagged shrug. */
    private final SetAnalyzer fake = (file, lift, view) -> new SetReport(lift, view, List.of(
            new SetReport.Rep(1, 0.2, 1.8, Set.of(Fault.SHRUGGING), Map.of(
                    "shrug", new SetReport.Measure(Fault.SHRUGGING, 0.31, 0.2, 1.0, true, false)))), List.of());

    @Start
    void start(Stage stage) throws Exception {
        shell = VideoShell.show(stage, "formcoach-video-tools", Clock.systemUTC(),
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
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().shownFrameProperty().get() == index);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("frame " + player().shownFrameProperty().get() + " shown, not " + index, e);
        }
    }

    /**
     * A rowing set over the clip's 60 frames: the elbow straight until 0.2 s, bent to 60° at 1 s, straight
     * again by 1.8 s, seen from the side.
     */
    private static LandmarkFile rowing() {
        List<LandmarkFile.Frame> frames = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double t = i / 30.0;
            double u = t < 0.2 || t > 1.8 ? 0 : Math.sin(Math.PI * (t - 0.2) / 1.6);
            double bend = Math.toRadians(180 - 120 * u);
            float[][] lm = new float[Landmark.COUNT][3];
            for (float[] row : lm) {
                row[0] = 0.5f;
                row[1] = 0.5f;
                row[2] = 1;
            }
            set(lm, Landmark.NOSE, 0.62, 0.3);
            set(lm, Landmark.LEFT_EAR, 0.58, 0.3);
            set(lm, Landmark.RIGHT_EAR, 0.58, 0.3);
            set(lm, Landmark.LEFT_HIP, 0.4, 0.55);
            set(lm, Landmark.RIGHT_HIP, 0.4, 0.55);
            for (Landmark[] arm : new Landmark[][] {{Landmark.LEFT_SHOULDER, Landmark.LEFT_ELBOW, Landmark.LEFT_WRIST},
                    {Landmark.RIGHT_SHOULDER, Landmark.RIGHT_ELBOW, Landmark.RIGHT_WRIST}}) {
                set(lm, arm[0], 0.55, 0.38);
                set(lm, arm[1], 0.55, 0.55);
                set(lm, arm[2], 0.55 + 0.15 * Math.sin(bend), 0.55 - 0.15 * Math.cos(bend));
            }
            frames.add(new LandmarkFile.Frame(t, lm));
        }
        return new LandmarkFile(30, 480, 270, null, null, frames);
    }

    private static void set(float[][] lm, Landmark l, double x, double y) {
        lm[l.ordinal()][0] = (float) x;
        lm[l.ordinal()][1] = (float) y;
    }

    private String openAnalysedClip(FxRobot robot) throws Exception {
        Path clip = dir.resolve("my set.mp4");
        Files.copy(Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI()), clip);
        String hash = PoseCache.hash(clip);
        new PoseCache(dir, Clock.systemUTC()).put(hash, clip, rowing());
        robot.interact(() -> player().selectLift("barbell-bent-over-row"));
        robot.interact(() -> section.open(clip.toString()));
        waitForFrame(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().report() != null);
        // the drawing tools wake once the clip's drawings are read
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().drawingLayer().ready());
        return hash;
    }

    private void click(FxRobot robot, double fx, double fy) throws Exception {
        var p = WaitForAsyncUtils.asyncFx(() -> player().screenPoint(fx, fy)).get(5, TimeUnit.SECONDS);
        robot.clickOn(p);
    }

    @Test
    void anAngleIsDrawnWithThreeClicksMovedUndoneAndKeptWithTheClip(FxRobot robot) throws Exception {
        String hash = openAnalysedClip(robot);
        for (int i = 0; i < 18; i++) {
            robot.type(KeyCode.PERIOD);
        }
        waitForFrame(18);

        robot.type(KeyCode.V);
        // elbow corner: one end above it, the corner, the other end to its right: a right angle on the 480×270 frame
        click(robot, 0.55, 0.25);
        click(robot, 0.55, 0.55);
        assertThat(player().drawingLayer().board().placing()).hasSize(2);
        click(robot, 0.80, 0.55);
        WaitForAsyncUtils.waitForFxEvents();
        List<Drawing> all = player().drawingLayer().board().all();
        assertThat(all).hasSize(1);
        Drawing angle = all.get(0);
        assertThat(angle.kind()).isEqualTo(Drawing.Kind.ANGLE);
        assertThat(angle.frame()).isEqualTo(18);
        double degrees = formcoach.video.DrawingGeometry.angleAt(angle.point(0), angle.point(1), angle.point(2), 480, 270);
        assertThat(degrees).isCloseTo(90, within(1.5));
        assertThat(player().drawingLayer().readout()).startsWith("Angle 9").endsWith("° on frame 19");

        // by keyboard: select the corner, move it up, undo
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.S);
        robot.type(KeyCode.S);
        assertThat(player().drawingLayer().board().selection()).contains(new formcoach.video.DrawingBoard.Selection(angle.id(), 1));
        String before = player().drawingLayer().readout();
        robot.press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        Drawing moved = player().drawingLayer().board().all().get(0);
        assertThat(moved.point(1).y()).isCloseTo(angle.point(1).y() - 0.05, within(1e-9));
        assertThat(player().drawingLayer().readout()).startsWith("Angle ").isNotEqualTo(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(player().drawingLayer().board().all()).containsExactly(angle);

        // a note is typed in the window; Esc leaves the selection so the keys go back to the player
        robot.type(KeyCode.T);
        robot.type(KeyCode.ENTER);
        assertThat(player().drawingLayer().noteField().isFocused()).isTrue();
        robot.write("ok");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(player().drawingLayer().noteField().isVisible()).isFalse();
        assertThat(player().drawingLayer().board().all()).hasSize(2);
        assertThat(player().drawingLayer().board().all().get(1).text()).isEqualTo("ok");
        robot.type(KeyCode.DELETE);
        assertThat(player().drawingLayer().board().all()).containsExactly(angle);

        // kept in the data folder by the clip's hash, and shown again when the clip is opened again
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new DrawingStore(dir, Clock.systemUTC()).load(hash).drawings().equals(List.of(angle)));
        robot.type(KeyCode.S);
        robot.type(KeyCode.DELETE);
        assertThat(player().drawingLayer().board().all()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new DrawingStore(dir, Clock.systemUTC()).load(hash).drawings().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new DrawingStore(dir, Clock.systemUTC()).load(hash).drawings().size() == 1);
        robot.interact(() -> section.open(dir.resolve("my set.mp4").toString()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().drawingLayer().board().all().size() == 1);
        assertThat(player().drawingLayer().board().all().get(0)).isEqualTo(angle);

        // deleting the clip's analysis deletes its drawings too
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().landmarks() != null);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().statusText().contains("deleted") && player().statusText().contains("drawings"));
        assertThat(Files.exists(dir.resolve("video-drawings/drawings-" + hash + ".json"))).isFalse();
        assertThat(player().drawingLayer().board().all()).isEmpty();
    }

    @Test
    void theFigureBesideFollowsTheRepAsFramesAreStepped(FxRobot robot) throws Exception {
        openAnalysedClip(robot);
        robot.type(KeyCode.G);
        FigureBeside beside = player().figureBeside();
        assertThat(beside.isShown()).isTrue();
        // slow motion for the comparison
        assertThat(player().speed()).isEqualTo(0.5);
        assertThat(beside.caption()).contains("Outside the counted reps");

        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.PERIOD);
        }
        waitForFrame(9);
        double early = beside.fraction();
        assertThat(early).isGreaterThan(0).isLessThan(0.25);
        assertThat(beside.caption()).startsWith("Rep 1 · pull");
        double last = early;
        for (int f = 10; f <= 50; f += 4) {
            for (int i = 0; i < 4; i++) {
                robot.type(KeyCode.PERIOD);
            }
            waitForFrame(Math.min(f + 3, 59));
            assertThat(beside.fraction()).isGreaterThanOrEqualTo(last);
            last = beside.fraction();
        }
        assertThat(last).isGreaterThan(0.8);
        robot.type(KeyCode.COMMA);
        robot.type(KeyCode.COMMA);
        robot.type(KeyCode.COMMA);
        robot.type(KeyCode.COMMA);
        waitForFrame(49);
        assertThat(beside.fraction()).isLessThan(last);

        // the rep's flagged fault, drawn as the library draws it
        assertThat(beside.caption()).contains("H shows the shrugging");
        robot.type(KeyCode.H);
        assertThat(beside.shownFault()).isEqualTo(Fault.SHRUGGING);
        assertThat(beside.caption()).contains("showing shrugging");

        robot.type(KeyCode.HOME);
        waitForFrame(0);
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.PERIOD);
        }
        waitForFrame(30);
        robot.type(KeyCode.V);
        click(robot, 0.35, 0.2);
        click(robot, 0.55, 0.55);
        click(robot, 0.8, 0.6);
        for (String theme : List.of("light", "dark")) {
            robot.interact(() -> {
                Themes.apply(theme, window.root());
                try {
                    Snapshots.write(window.root(), "video-tools-" + theme);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.interact(() -> Themes.apply("light", window.root()));
    }

    @Test
    void theLifterIsPickedByKeyboardAmongThreePeople(FxRobot robot) throws Exception {
        openAnalysedClip(robot);
        robot.interact(() -> player().lifterPicker().setFinder(image -> List.of(
                new LifterCandidates.Person(0.7, 0.2, 0.2, 0.7, 0.9),
                new LifterCandidates.Person(0.05, 0.3, 0.15, 0.5, 0.8),
                new LifterCandidates.Person(0.4, 0.1, 0.2, 0.8, 0.95))));
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().lifterPicker().active());
        // it starts on the person nearest the middle
        assertThat(player().statusText()).contains("person 2 of 3, middle");
        robot.type(KeyCode.TAB);
        assertThat(player().statusText()).contains("person 3 of 3, right");
        robot.type(KeyCode.TAB);
        assertThat(player().statusText()).contains("person 1 of 3, left");
        robot.type(KeyCode.LEFT);
        assertThat(player().statusText()).contains("person 3 of 3, right");
        assertThat(WaitForAsyncUtils.asyncFx(() -> player().pictureAccessibleText()).get())
                .isEqualTo("Picking the lifter: person 3 of 3, right");
        robot.interact(() -> {
            try {
                Snapshots.write(window.root(), "video-pick-lifter");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.type(KeyCode.ENTER);
        assertThat(player().lifterPicker().active()).isFalse();
        assertThat(player().lifterMark()).containsExactly(new double[] {0.8, 0.55}, within(1e-9));
        assertThat(player().statusText()).contains("Lifter picked: person 3 of 3, right");

        // Esc leaves without picking
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player().lifterPicker().active());
        robot.type(KeyCode.ESCAPE);
        assertThat(player().lifterPicker().active()).isFalse();
        assertThat(player().lifterMark()).containsExactly(new double[] {0.8, 0.55}, within(1e-9));
    }
}

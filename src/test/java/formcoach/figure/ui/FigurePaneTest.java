package formcoach.figure.ui;

import formcoach.figure.Figures;
import formcoach.figure.RepPhase;
import formcoach.library.Fault;
import formcoach.ui.Snapshots;
import formcoach.ui.Stylesheets;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FigurePaneTest {
    private static String previousTheme;
    private Stage stage;
    private FigurePane pane;

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
        // a window from an earlier test may have left its (closed) settings followed: a click here saves nothing
        FigurePlayer.stopFollowingSettings();
    }

    @AfterEach
    void reset(FxRobot robot) {
        robot.interact(() -> {
            FigurePlayer.REDUCE_MOTION.set(false);
            stage.hide();
        });
    }

    private VBox show(FxRobot robot, String lift, String theme) {
        VBox[] root = new VBox[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(Stylesheets.theme(theme));
            pane = FigurePane.forLift(lift).orElseThrow();
            root[0] = new VBox(12, pane, pane.faultComparison(Fault.SHRUGGING), pane.faultComparison(Fault.ROUNDING),
                    pane.faultComparison(Fault.MOMENTUM));
            root[0].setStyle("-fx-padding: 12");
            stage.setScene(new Scene(root[0], 560, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return root[0];
    }

    @Test
    void keyboardPlaysPausesStepsAndChangesSpeed(FxRobot robot) {
        show(robot, "barbell-bent-over-row", "light");
        FigurePlayer p = pane.player();
        assertThat(p.playingProperty().get()).isTrue();
        robot.interact(pane::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(p.playingProperty().get()).isFalse();
        robot.interact(() -> p.setTime(0));
        robot.type(KeyCode.PERIOD);
        assertThat(p.time()).isCloseTo(FigurePlayer.STEP, org.assertj.core.data.Offset.offset(1e-9));
        robot.type(KeyCode.COMMA, 2);
        assertThat(p.time()).isCloseTo(p.clean().repSeconds() - FigurePlayer.STEP, org.assertj.core.data.Offset.offset(1e-9));
        robot.type(KeyCode.DIGIT4);
        assertThat(p.speedProperty().get()).isEqualTo(0.25);
        robot.clickOn("#figure-speed-half");
        assertThat(p.speedProperty().get()).isEqualTo(0.5);
        robot.interact(() -> p.setTime(0.5 * p.clean().tempo().pull()));
        assertThat(p.phaseProperty().get()).isEqualTo(RepPhase.PULL);
        robot.interact(() -> p.setTime(p.clean().tempo().pull() + 0.01));
        assertThat(p.phaseProperty().get()).isEqualTo(RepPhase.SQUEEZE);
        assertThat(robot.lookup("#figure-phase-squeeze").query().getPseudoClassStates()).anyMatch(s -> s.getPseudoClassName().equals("current"));
    }

    @Test
    void reduceMotionShowsStillKeyPositionsAndStepsBetweenThem(FxRobot robot) {
        show(robot, "pull-up", "dark");
        FigurePlayer p = pane.player();
        robot.clickOn("#figure-reduce-motion");
        assertThat(p.playingProperty().get()).isFalse();
        assertThat(robot.lookup("#figure-play").query().isDisabled()).isTrue();
        double[] keys = p.clean().keyTimes();
        assertThat(keys).contains(p.time());
        robot.interact(() -> p.step(1));
        double next = p.time();
        assertThat(keys).contains(next);
        robot.interact(p::play);
        assertThat(p.playingProperty().get()).isFalse();
    }

    @Test
    void drawingAFrameAllocatesOnlyJavaFxsCanvasResetOnTheFxThread(FxRobot robot) {
        show(robot, "wide-grip-lat-pulldown", "light");
        FigurePlayer p = pane.player();
        long[] bytes = new long[1];
        int frames = 3000;
        robot.interact(() -> {
            p.pause();
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long t0 = 0;
            for (int i = 0; i < 4 * frames; i++) {
                p.tick(t0 + i * 16_666_667L); // warm up: the JIT settles
            }
            long before = mx.getThreadAllocatedBytes(id);
            for (int i = 0; i < frames; i++) {
                p.tick(t0 + (4 * frames + i) * 16_666_667L);
            }
            bytes[0] = mx.getThreadAllocatedBytes(id) - before;
        });
        double perFrame = bytes[0] / (double) frames;
        System.out.printf(java.util.Locale.ROOT, "figure frame (7 figures drawn): %.1f bytes allocated per frame over %d frames%n", perFrame, frames);
        // seven canvases (the main figure and three clean/faulty pairs) are drawn each frame. Our code
        // allocates nothing (FigureFrameAllocationTest); what is left is JavaFX's own GraphicsContext,
        // which makes one small State object when a frame's background covers the whole canvas and
        // lets it drop the previous frame's commands: about 110 bytes a canvas.
        assertThat(perFrame / 7).isLessThan(128);
    }

    @Test
    void snapshotsOfKeyPositionsInBothThemes(FxRobot robot) throws Exception {
        for (String lift : Figures.builtIn().all().keySet()) {
            for (String theme : new String[] {"light", "dark"}) {
                if (theme.equals("dark") && !lift.equals("barbell-bent-over-row")) {
                    continue;
                }
                Node root = show(robot, lift, theme);
                FigurePlayer p = pane.player();
                double[] keys = p.clean().keyTimes();
                for (int k = 0; k < 2; k++) {
                    double t = keys[k == 0 ? 0 : 1];
                    robot.interact(() -> {
                        p.pause();
                        p.setTime(t);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    Node[] n = {root};
                    String name = "figure-" + lift + "-" + theme + (k == 0 ? "-start" : "-top");
                    robot.interact(() -> {
                        try {
                            Snapshots.write(n[0], name);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
        }
    }
}

package formcoach.timer.ui;

import formcoach.app.App;
import formcoach.app.Themes;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The timer read from across a room: the full-screen clock, the halfway and last-seconds cues, the paused colour. */
@ExtendWith(ApplicationExtension.class)
class TimerAcrossTheRoomTest {
    private TimerUiFixture fx;
    private TimerSection section;
    private TimerScreens screens;
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        fx = new TimerUiFixture(true);
        section = new TimerSection(fx.services, TimerUiFixture.EXERCISES, fx.options());
        root = (Parent) section.view();
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
        Themes.apply("light", root);
        stage.setScene(scene);
        stage.show();
        screens = section.screens();
    }

    @AfterEach
    void close() {
        formcoach.ui.VisualBaseline.assertClean();
        fx.services.close();
    }

    private void startRoutine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        screens.soundAttached().get(10, TimeUnit.SECONDS);
        robot.interact(() -> screens.startRoutine(TimerUiFixture.THREE_STEPS));
    }

    private void advance(FxRobot robot, double seconds) {
        robot.interact(() -> {
            fx.clock.advanceSeconds(seconds);
            screens.run().frame();
        });
    }

    @Test
    void fullScreenDigitsStandOverAThirdOfA1080pScreenAndTheCueGrows(FxRobot robot) throws Exception {
        startRoutine(robot);
        advance(robot, 4);
        RunModel m = screens.run().model();
        double[] measured = new double[3];
        robot.interact(() -> {
            m.showBigClock(true);
            // the screen alone at 1920×1080, as in full screen (the rail and notices leave it then)
            Scene big = new Scene(new javafx.scene.layout.StackPane(), 1920, 1080);
            root.getScene().setRoot(new javafx.scene.layout.StackPane());
            big.setRoot(root);
            big.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
            root.applyCss();
            root.layout();
            Text digits = (Text) root.lookup("#run-big-digits");
            measured[0] = digits.getLayoutBounds().getHeight();
            measured[1] = ((Label) root.lookup("#run-big-cue")).getFont().getSize();
            measured[2] = digits.localToScene(digits.getLayoutBounds()).getMaxY();
        });
        robot.interact(() -> {
            try {
                TimerUiFixture.snapshot(root, "timer-big-clock-light-1920x1080");
                Themes.apply("dark", root);
                root.applyCss();
                TimerUiFixture.snapshot(root, "timer-big-clock-dark-1920x1080");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(measured[0]).as("digit height in px at 1080").isGreaterThanOrEqualTo(1080 / 3.0);
        assertThat(measured[2]).as("the digits fit on the screen").isLessThanOrEqualTo(1080);
        assertThat(measured[1]).as("cue font at 1080 (28 px on a 1100x720 screen)").isGreaterThan(40);
    }

    @Test
    void f11TurnsTheBigClockOnAndOff(FxRobot robot) throws Exception {
        startRoutine(robot);
        RunModel m = screens.run().model();
        robot.interact(() -> screens.run().view().requestFocus());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.bigClockProperty().get()).isTrue();
        assertThat(robot.lookup("#run-big-clock").query().isVisible()).isTrue();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.bigClockProperty().get()).isFalse();
    }

    @Test
    void halfwayAndTheLastThreeSecondsAreSeenAsWellAsHeard(FxRobot robot) throws Exception {
        startRoutine(robot);
        RunModel m = screens.run().model();
        advance(robot, 3.2); // lead-in over, first step (10 s) begins
        int countdownsBefore = m.countdownsProperty().get();
        double[] halfwayShown = {0};
        javafx.scene.Node halfway = robot.lookup("#run-halfway").query();
        robot.interact(() -> halfway.opacityProperty().addListener((o, was, now) -> halfwayShown[0] = Math.max(halfwayShown[0], now.doubleValue())));
        advance(robot, 5.1);
        assertThat(m.halfwaysProperty().get()).as("halfway through a 10 s step").isEqualTo(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(halfwayShown[0]).as("\"Halfway\" showed").isGreaterThan(0.5);
        assertThat(fx.sound.played).contains(formcoach.timer.sound.Tone.HALFWAY);
        double[] brightest = {0};
        javafx.scene.Node pulse = robot.lookup("#run-pulse").query();
        robot.interact(() -> pulse.opacityProperty().addListener((o, was, now) -> brightest[0] = Math.max(brightest[0], now.doubleValue())));
        advance(robot, 2.0); // 2.7 s left
        advance(robot, 1.0);
        advance(robot, 1.0);
        assertThat(m.countdownsProperty().get() - countdownsBefore).as("3, 2, 1 each pulse the screen").isGreaterThanOrEqualTo(3);
        assertThat(brightest[0]).as("the edge pulse showed").isGreaterThan(0.5);
    }

    @Test
    void pausedIsNotTheGreenOfGo(FxRobot robot) throws Exception {
        startRoutine(robot);
        advance(robot, 3.5);
        Label word = robot.lookup(".run-ring-word").queryAs(Label.class);
        Paint go = word.getTextFill();
        javafx.scene.layout.Background goBg = screens.run().view().getBackground();
        robot.interact(() -> screens.run().view().requestFocus());
        robot.type(KeyCode.SPACE);
        advance(robot, 0.1);
        assertThat(word.getText()).isEqualTo("Paused");
        assertThat(word.getTextFill()).isNotEqualTo(go);
        assertThat(screens.run().view().getBackground()).isNotEqualTo(goBg);
    }

    @Test
    void afterATempoSetTheTrainerComesBackWithItsLiftRememberedInTheDataFolder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        screens.soundAttached().get(10, TimeUnit.SECONDS);
        robot.interact(() -> screens.showTempo());
        robot.interact(() -> screens.tempo().model().queryProperty().set("romanian"));
        TempoModel tm = screens.tempo().model();
        assertThat(tm.liftProperty().get().id()).isEqualTo("romanian-deadlift");
        robot.interact(() -> tm.repsProperty().set(1));
        robot.interact(() -> ((javafx.scene.control.Button) root.lookup("#tempo-start")).fire());
        for (int i = 0; i < 12; i++) {
            advance(robot, 1);
        }
        assertThat(screens.run().model().finishedProperty().get()).isTrue();
        javafx.scene.control.Button back = (javafx.scene.control.Button) root.lookup("#run-back");
        assertThat(back.getText()).isEqualTo("Back to the tempo trainer (Enter)");
        robot.interact(back::fire);
        assertThat(root.lookup("#timer-tempo")).isNotNull();
        assertThat(tm.liftProperty().get().id()).isEqualTo("romanian-deadlift");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(fx.dir.resolve("tempo-trainer.json")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> formcoach.timer.TempoChoice.load(fx.services.store()).value()
                .map(formcoach.timer.TempoChoice::liftId).orElse("").equals("romanian-deadlift"));
    }
}

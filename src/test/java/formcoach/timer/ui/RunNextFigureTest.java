package formcoach.timer.ui;

import formcoach.app.App;
import formcoach.app.Themes;
import formcoach.figure.ui.FigureThumb;
import formcoach.timer.Routine;
import formcoach.timer.RoutineKind;
import formcoach.timer.RoutineStep;
import formcoach.timer.Routines;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Next up" shows a lift with a figure doing it, small and looping; a move with no figure shows none. */
@ExtendWith(ApplicationExtension.class)
class RunNextFigureTest {
    static final Routine WITH_A_LIFT = new Routine("with-a-lift", "With a lift", RoutineKind.WARMUP, null, List.of(
            new RoutineStep("arm-circles", "Arm circles", 10, 1, null, null),
            new RoutineStep("barbell-bent-over-row", "Light bent-over rows", 10, 1, 10, null),
            new RoutineStep("cat-cow", "Cat-cow", 10, 1, null, null)));

    private TimerUiFixture fx;
    private TimerSection section;
    private TimerScreens screens;

    @Start
    void start(Stage stage) throws Exception {
        fx = new TimerUiFixture(true);
        fx.services.store().write(Routines.STORE_NAME, Routines.SCHEMA_VERSION, List.of(TimerUiFixture.THREE_STEPS, WITH_A_LIFT));
        section = new TimerSection(fx.services, TimerUiFixture.EXERCISES, fx.options());
        Parent root = (Parent) section.view();
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
        Themes.apply("dark", root);
        stage.setScene(scene);
        stage.show();
        screens = section.screens();
    }

    @AfterEach
    void close() {
        fx.services.close();
    }

    private boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private void advance(FxRobot robot, double seconds) {
        robot.interact(() -> {
            fx.clock.advanceSeconds(seconds);
            screens.run().frame();
        });
    }

    @Test
    void nextUpShowsTheLiftsFigureAndNoneForAMoveWithout(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        screens.soundAttached().get(10, TimeUnit.SECONDS);
        robot.interact(() -> section.open("with-a-lift"));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#run-next-name").queryLabeled().getText()).startsWith("Light bent-over rows");
        FigureThumb t = robot.lookup("#figure-thumb").query();
        assertThat(t.asset().lift()).isEqualTo("barbell-bent-over-row");
        assertThat(shown(t)).isTrue();
        assertThat(t.player().animating()).isTrue();

        advance(robot, 3.2 + 10); // lead-in and arm circles: now the rows, and cat-cow is next
        assertThat(robot.lookup("#run-step-name").queryLabeled().getText()).isEqualTo("Light bent-over rows");
        assertThat(robot.lookup("#run-next-name").queryLabeled().getText()).startsWith("Cat-cow");
        assertThat(robot.lookup("#figure-thumb").tryQuery()).isEmpty();
        Node slot = robot.lookup("#figure-thumb-slot").query();
        assertThat(slot.isManaged()).isFalse();
        assertThat(t.player().animating()).isFalse();
    }
}

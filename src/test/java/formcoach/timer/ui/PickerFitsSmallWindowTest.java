package formcoach.timer.ui;

import formcoach.app.App;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.beforeyoulift.Checks;
import formcoach.beforeyoulift.SoreSpell;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 800×600, with the sore-back "first choice" reason and a warning line both showing, the
 * routine picker still fits the window: the list, the Start button and the message stay inside
 * it and the view does not shift up.
 */
@ExtendWith(ApplicationExtension.class)
class PickerFitsSmallWindowTest {
    private TimerUiFixture fx;
    private Stage stage;
    private TimerScreens screens;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new TimerUiFixture(true);
    }

    @AfterEach
    void close() {
        fx.services.close();
    }

    private Bounds inScene(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getLayoutBounds());
    }

    private void check(FxRobot robot, String theme) throws Exception {
        robot.interact(() -> Themes.apply(theme, window.root()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.root().layout());
        robot.interact(() -> {
            try {
                // looked at by hand: target/snapshots/timer-picker-800x600-<theme>.png
                formcoach.ui.Snapshots.write(stage.getScene().getRoot(), "timer-picker-800x600-" + theme);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        assertThat(robot.lookup("#picker-first-reason").query().isVisible()).isTrue();
        for (String id : List.of("#picker-list", "#picker-start", "#picker-first-reason", "#picker-message", "#timer-picker")) {
            Bounds b = inScene(robot, id);
            assertThat(b.getMinY()).as("%s: top of %s (%s)", theme, id, b).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxY()).as("%s: bottom of %s in a %sx%s window (%s)", theme, id, w, h, b).isLessThanOrEqualTo(h + 0.5);
            assertThat(b.getMaxX()).as("%s: right of %s (%s)", theme, id, b).isLessThanOrEqualTo(w + 0.5);
        }
        assertThat(inScene(robot, "#picker-list").getHeight()).as("%s: routines still listed", theme).isGreaterThanOrEqualTo(100);
    }

    @Test
    void thePickerFitsAt800x600WithTheReasonAndTheWarningShown(FxRobot robot) throws Exception {
        new PainCheckHistory(fx.services.store()).add(Checks.at("pc-1", Instant.now().minus(Duration.ofHours(20)),
                Level.SELF_CARE_POSSIBLE_STRAIN, 5, null));
        robot.interact(() -> {
            TimerSection section = new TimerSection(fx.services, TimerUiFixture.EXERCISES, fx.options());
            window = new MainWindow(fx.services, List.of(section));
            Scene scene = new Scene(window.root(), 800, 600);
            scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
            Themes.apply("light", window.root());
            stage.setScene(scene);
            stage.show();
            window.showById("timer");
            screens = section.screens();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screens.loaded()
                && !screens.picker().model().firstReasonProperty().get().isEmpty());
        assertThat(screens.picker().model().routines().get(0).id()).isEqualTo(SoreSpell.MOBILITY_ROUTINE);
        // the training log's warning, as the Log section posts it when a month file was set aside
        robot.interact(() -> fx.services.notices().post(formcoach.ui.Notices.Kind.WARNING, "Training log: training-log-2026-04.json could not "
                + "be read (line 1, column 31: unexpected character) and was set aside as training-log-2026-04.json.quarantined-1; "
                + "the sessions of April 2026 are missing from the log until it is restored from a backup or a synced copy."));
        robot.interact(() -> screens.picker().model().tell("Your training log could not be read: the file sessions-2026-04.json "
                + "was moved aside (quarantined) and a copy from its backup is in use; the last entries may be missing.",
                PickerModel.MessageKind.ERROR));
        check(robot, "light");
        check(robot, "dark");
    }
}

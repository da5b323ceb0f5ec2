package formcoach.log.ui;

import formcoach.app.MainWindow;
import formcoach.beforeyoulift.ui.LinksShell;
import formcoach.library.Library;
import formcoach.log.SessionDraft;
import formcoach.ui.SceneKeys;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDateTime;
import java.util.List;

import static formcoach.beforeyoulift.ui.LinksShell.showing;
import static formcoach.beforeyoulift.ui.LinksShell.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys a person types right after the key that brought up the Log section, an offered session
 * or the entry back (Ctrl+5, "Log this session", Esc, Enter) land where the keyboard was sent. In
 * the real window those keys may already be queued ahead of anything the handler runs later; here
 * they are delivered in the same turn of the FX thread ({@link SceneKeys}), so a focus given later
 * loses them.
 */
@ExtendWith(ApplicationExtension.class)
class LogFocusTest {
    private LinksShell shell;
    private Library library;
    private LogSection log;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        shell = LinksShell.inNewFolder("formcoach-logfocus", LinksShell.MONDAY, stage);
        library = shell.library();
    }

    /** The library first, the Log section not shown yet (as in the app, where it is built when first shown). */
    private void window(FxRobot robot) throws Exception {
        LinksShell.Shown shown = shell.showLogAndLibrary(robot, false);
        log = shown.log();
        window = shown.window();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private Scene scene() {
        return window.root().getScene();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private SessionDraft plan() {
        return SessionDraft.fromPlan(LocalDateTime.of(2026, 4, 13, 8, 0),
                List.of(library.find("barbell-bent-over-row").orElseThrow(), library.find("face-pull").orElseThrow()));
    }

    @Test
    void keysTypedRightAfterCtrl5GoIntoTheEntry(FxRobot robot) throws Exception {
        window(robot);
        robot.interact(() -> {
            SceneKeys.ctrl(scene(), KeyCode.DIGIT5);
            SceneKeys.type(scene(), KeyCode.R, KeyCode.O);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.current().id()).isEqualTo(LogSection.ID);
        assertThat(log.entry.exerciseField.getText()).isEqualTo("ro");
        assertThat(log.entry.exerciseField.isFocused()).isTrue();
    }

    @Test
    void keysTypedRightAfterASessionIsOfferedGoIntoItsFirstLiftAndOnAfterEnter(FxRobot robot) throws Exception {
        window(robot);
        // what "Log this session" does on its key, and the keys typed on at once
        robot.interact(() -> {
            SessionDrafts.offer(shell.services, plan());
            SceneKeys.type(scene(), KeyCode.DIGIT3, KeyCode.X, KeyCode.DIGIT8, KeyCode.ENTER, KeyCode.DIGIT2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#log-draft")).isTrue();
        assertThat(field(robot, "#log-draft-sets-0").getText()).isEqualTo("3x8");
        assertThat(field(robot, "#log-draft-sets-1").getText()).isEqualTo("2");
        // nothing given the focus later takes the keyboard back from the second lift
        assertThat(field(robot, "#log-draft-sets-1").isFocused()).isTrue();
        robot.interact(() -> SceneKeys.type(scene(), KeyCode.X, KeyCode.DIGIT9));
        assertThat(field(robot, "#log-draft-sets-1").getText()).isEqualTo("2x9");
        assertThat(field(robot, "#log-draft-sets-0").getText()).isEqualTo("3x8");
    }

    @Test
    void aSessionOfferedOverAnOpenOneKeepsWhatWasTypedForTheLiftsBothShareAndSaysWhatItDropped(FxRobot robot) throws Exception {
        window(robot);
        robot.interact(() -> SessionDrafts.offer(shell.services, plan()));
        waitFor(() -> field(robot, "#log-draft-sets-0").isFocused());
        robot.interact(() -> {
            field(robot, "#log-draft-sets-0").setText("3x8x60");
            field(robot, "#log-draft-sets-1").setText("2x12");
        });
        // another plan: face pull first this time, then a lift the first plan did not have
        var other = library.all().stream()
                .filter(e -> !e.id().equals("barbell-bent-over-row") && !e.id().equals("face-pull"))
                .findFirst().orElseThrow();
        robot.interact(() -> SessionDrafts.offer(shell.services, SessionDraft.fromPlan(LocalDateTime.of(2026, 4, 13, 9, 0),
                List.of(library.find("face-pull").orElseThrow(), other))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#log-draft-sets-0").getText()).as("face pull's sets follow face pull").isEqualTo("2x12");
        assertThat(field(robot, "#log-draft-sets-1").getText()).as("nothing typed for " + other.name()).isEmpty();
        assertThat(robot.lookup("#log-draft-message").queryLabeled().getText())
                .isEqualTo("The sets typed for Barbell bent-over row were not kept: that lift is not in this session.");
    }

    @Test
    void keysTypedRightAfterEscGoIntoTheEntry(FxRobot robot) throws Exception {
        window(robot);
        robot.interact(() -> SessionDrafts.offer(shell.services, plan()));
        waitFor(() -> field(robot, "#log-draft-sets-0").isFocused());
        robot.interact(() -> SceneKeys.type(scene(), KeyCode.ESCAPE, KeyCode.F, KeyCode.A));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#log-draft")).isFalse();
        assertThat(log.entry.exerciseField.getText()).isEqualTo("fa");
        assertThat(log.entry.exerciseField.isFocused()).isTrue();
    }
}

package formcoach.timer.ui;

import formcoach.app.App;
import formcoach.app.Themes;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
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

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The routine editor by keyboard: the focus after "Add step", Enter never discards, leaving with edits asks. */
@ExtendWith(ApplicationExtension.class)
class TimerEditorKeysTest {
    private TimerUiFixture fx;
    private TimerScreens screens;
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        fx = new TimerUiFixture(true);
        TimerSection section = new TimerSection(fx.services, TimerUiFixture.EXERCISES, fx.options());
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
        fx.services.close();
    }

    private boolean showing(String id) {
        Node n = root.lookup(id);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }

    @Test
    void addStepByKeyboardFocusesTheNewStepAndEnterNeverDiscards(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        robot.interact(() -> screens.create());
        robot.interact(() -> ((TextField) root.lookup("#editor-name")).setText("Desk break"));
        assertThat(root.lookup("#editor-description")).isInstanceOf(TextArea.class);
        robot.interact(() -> ((Button) root.lookup("#editor-add")).fire());
        robot.interact(() -> ((TextField) root.lookup("#editor-filter")).setText("arm circ"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screens.editor().model().steps()).hasSize(1);
        Node focused = root.getScene().getFocusOwner();
        assertThat(focused).as("the focus is on the new step, not on Cancel").isNotNull();
        assertThat(focused.getId()).isEqualTo("editor-step-name");
        assertThat(root.lookup("#editor-step-note")).isInstanceOf(TextArea.class);

        robot.type(KeyCode.ENTER);
        robot.interact(() -> root.lookup("#editor-cancel").requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#timer-editor")).as("Enter on Cancel does not discard").isTrue();
        assertThat(screens.editor().model().steps()).hasSize(1);

        // leaving with unsaved edits asks first; Esc keeps editing
        robot.interact(() -> ((Button) root.lookup("#editor-cancel")).fire());
        assertThat(showing("#editor-confirm-discard")).isTrue();
        assertThat(showing("#timer-editor")).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(showing("#editor-confirm-discard")).isFalse();
        assertThat(showing("#timer-editor")).isTrue();
        robot.interact(() -> ((Button) root.lookup("#editor-cancel")).fire());
        robot.interact(() -> ((Button) root.lookup("#editor-discard")).fire());
        assertThat(showing("#timer-picker")).isTrue();
    }

    /**
     * Keys typed at once after the one that changed the editor (in the real window they may be queued
     * before anything run later): after Enter in "Add step" they go into the new step's name; after
     * Space on Cancel, Enter answers "Keep editing" (the question has the keyboard, not the hidden Cancel).
     */
    @Test
    void keysTypedRightAfterAddStepAndCancelGoWhereTheKeyboardWasSent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        robot.interact(() -> screens.create());
        robot.interact(() -> ((TextField) root.lookup("#editor-name")).setText("Desk break"));
        robot.interact(() -> ((Button) root.lookup("#editor-add")).fire());
        robot.interact(() -> ((TextField) root.lookup("#editor-filter")).setText("arm circ"));
        robot.interact(() -> root.lookup("#editor-filter").requestFocus());
        robot.interact(() -> formcoach.ui.SceneKeys.type(root.getScene(), KeyCode.ENTER, KeyCode.X));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screens.editor().model().steps()).hasSize(1);
        TextField stepName = (TextField) root.lookup("#editor-step-name");
        assertThat(stepName.getText()).endsWith("x");
        assertThat(stepName.isFocused()).isTrue();

        robot.interact(() -> root.lookup("#editor-cancel").requestFocus());
        robot.interact(() -> formcoach.ui.SceneKeys.type(root.getScene(), KeyCode.SPACE, KeyCode.ENTER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#editor-confirm-discard")).isFalse();
        assertThat(showing("#timer-editor")).as("still editing, nothing discarded").isTrue();
        assertThat(screens.editor().model().steps()).hasSize(1);
    }

    @Test
    void cancelWithNothingChangedLeavesAtOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        robot.interact(() -> screens.create());
        robot.interact(() -> ((Button) root.lookup("#editor-cancel")).fire());
        assertThat(showing("#timer-picker")).isTrue();
    }
}

package formcoach.library.ui;

import formcoach.beforeyoulift.ui.LinksShell;
import formcoach.ui.SceneKeys;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static formcoach.beforeyoulift.ui.LinksShell.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys a person types right after pressing a library button from the keyboard (Space on "New
 * exercise…" or "Before you lift") land in the page it opens. They are delivered in the same turn of
 * the FX thread ({@link SceneKeys}), as keys already queued in the real window are: a focus given
 * later loses them.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryFocusTest {
    private LinksShell shell;

    @Start
    void start(Stage stage) throws Exception {
        shell = LinksShell.inNewFolder("formcoach-libraryfocus", LinksShell.MONDAY, stage);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    /** Shows the library, puts the keyboard on the button and presses Space on it, then "ro", all in one turn. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            new-exercise,    form-name
            before-you-lift, lift-picker-search
            """)
    void keysTypedRightAfterAButtonGoIntoThePageItOpens(String buttonId, String fieldId, FxRobot robot) throws Exception {
        Scene scene = shell.showLogAndLibrary(robot, false).window().root().getScene();
        waitFor(() -> robot.lookup("#" + buttonId).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        Node button = robot.lookup("#" + buttonId).query();
        robot.interact(button::requestFocus);
        robot.interact(() -> SceneKeys.type(scene, KeyCode.SPACE, KeyCode.R, KeyCode.O));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("ro");
        assertThat(field.isFocused()).isTrue();
    }
}

package formcoach.library.ui;

import formcoach.ui.SceneKeys;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
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

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a window 1600 px wide the list and the lift stand side by side; below it they take turns.
 * The headless screen is smaller than 1600 px, so the wide window is a scene of that size off screen,
 * its keys delivered as the scene delivers them ({@link SceneKeys}); the narrow one is a real stage
 * typed into by the robot.
 */
@ExtendWith(ApplicationExtension.class)
class LibrarySideBySideTest {
    private static String previousTheme;
    private Stage stage;
    private LibraryUiHarness h;

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
    }

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private Scene wide(FxRobot robot, double w, double hgt) throws Exception {
        h = new LibraryUiHarness(null);
        Scene scene = fx(() -> h.offscreen(w, hgt, "light"));
        relayout(robot, scene, w, hgt);
        return scene;
    }

    /** The window's new size: the scene's root (the shell) laid out at it, as a resize of the window does. */
    private static void relayout(FxRobot robot, Scene scene, double w, double hgt) {
        robot.interact(() -> {
            scene.getRoot().resize(w, hgt);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Keys into the scene, then what the next pulse of a shown window does: styles and layout. */
    private static void keys(FxRobot robot, Scene scene, KeyCode... codes) {
        robot.interact(() -> {
            SceneKeys.type(scene, codes);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean within(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The name on the lift's page. */
    private String title(Scene scene) {
        return h.section.detail().model().exercise().name();
    }

    @Test
    void atFullHdTheArrowsInTheListChangeTheLiftBesideItAndTabGoesIntoIt(FxRobot robot) throws Exception {
        Scene scene = wide(robot, 1920, 1080);
        assertThat(h.section.sideBySide()).isTrue();
        assertThat(scene.lookup("#library-split").isVisible()).isTrue();
        assertThat(scene.lookup("#library-lift-hint")).as("nothing picked yet: a hint where the lift will be").isNotNull();
        assertThat(h.section.liftShown()).isNull();

        robot.interact(() -> {
            h.section.browse().focusSearch();
            SceneKeys.type(scene, KeyCode.R, KeyCode.O, KeyCode.W);
        });
        var list = h.section.browse().list();
        assertThat(h.section.browse().searchField().getText()).isEqualTo("row");
        keys(robot, scene, KeyCode.DOWN);
        assertThat(scene.getFocusOwner()).isSameAs(list);
        String first = list.getItems().get(0).exercise().id();
        assertThat(h.section.liftShown()).isEqualTo(first);
        assertThat(title(scene)).isEqualTo(list.getItems().get(0).exercise().name());

        keys(robot, scene, KeyCode.DOWN);
        String second = list.getItems().get(1).exercise().id();
        assertThat(h.section.liftShown()).isEqualTo(second);
        assertThat(title(scene)).isEqualTo(list.getItems().get(1).exercise().name());
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
        assertThat(scene.getFocusOwner()).as("the list keeps the keyboard while the lift changes").isSameAs(list);

        // Tab goes from the list into the lift beside it
        keys(robot, scene, KeyCode.TAB);
        assertThat(within(scene.getFocusOwner(), h.section.detail().view())).as("focus in the lift: %s", scene.getFocusOwner()).isTrue();
        // Esc there comes back to the list where it was; the lift stays beside it
        keys(robot, scene, KeyCode.ESCAPE);
        assertThat(scene.getFocusOwner()).isSameAs(list);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(h.section.liftShown()).isEqualTo(second);

        // Enter opens it: the keyboard goes into the lift; a link to another lift, then Back, returns to it
        keys(robot, scene, KeyCode.ENTER);
        assertThat(h.section.current()).isEqualTo(new LibrarySection.Place(LibrarySection.Kind.DETAIL, second));
        assertThat(within(scene.getFocusOwner(), h.section.detail().view())).isTrue();
        keys(robot, scene, KeyCode.ESCAPE);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
        assertThat(scene.getFocusOwner()).isSameAs(list);
        assertThat(h.section.browse().searchField().getText()).isEqualTo("row");

        // "New exercise" still takes the whole page, and Back returns to the two side by side
        robot.interact(() -> ((ButtonBase) scene.lookup("#new-exercise")).fire());
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.FORM);
        assertThat(scene.lookup("#library-split")).isNull();
        robot.interact(() -> h.section.back());
        assertThat(scene.lookup("#library-split")).isNotNull();
        assertThat(h.section.liftShown()).isEqualTo(second);
    }

    @Test
    void resizingAcrossTheWidthKeepsTheSearchThePickAndTheFocus(FxRobot robot) throws Exception {
        Scene scene = wide(robot, 1920, 1080);
        var list = h.section.browse().list();
        robot.interact(() -> {
            h.section.browse().focusSearch();
            SceneKeys.type(scene, KeyCode.P, KeyCode.U, KeyCode.L, KeyCode.L, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        });
        String picked = list.getSelectionModel().getSelectedItem().exercise().id();
        assertThat(h.section.liftShown()).isEqualTo(picked);

        relayout(robot, scene, 1599, 900);
        assertThat(h.section.sideBySide()).isFalse();
        assertThat(scene.lookup("#library-split")).isNull();
        assertThat(h.section.detail().view().getScene()).as("below 1600 px the list is alone").isNull();
        assertThat(h.section.browse().searchField().getText()).isEqualTo("pull");
        assertThat(list.getSelectionModel().getSelectedItem().exercise().id()).isEqualTo(picked);
        assertThat(scene.getFocusOwner()).isSameAs(list);
        // Enter now opens the lift's own page, as it always did
        keys(robot, scene, KeyCode.ENTER);
        assertThat(h.section.current()).isEqualTo(new LibrarySection.Place(LibrarySection.Kind.DETAIL, picked));
        assertThat(h.section.browse().view().getScene()).isNull();

        relayout(robot, scene, 1600, 900);
        assertThat(h.section.sideBySide()).isTrue();
        assertThat(h.section.browse().view().getScene()).as("the list comes back beside the lift").isSameAs(scene);
        assertThat(h.section.liftShown()).isEqualTo(picked);
        assertThat(within(scene.getFocusOwner(), h.section.detail().view())).as("focus stays in the lift").isTrue();

        relayout(robot, scene, 1000, 700);
        assertThat(h.section.current()).isEqualTo(new LibrarySection.Place(LibrarySection.Kind.DETAIL, picked));
        assertThat(h.section.browse().view().getScene()).isNull();
        keys(robot, scene, KeyCode.ESCAPE);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
        assertThat(h.section.browse().searchField().getText()).isEqualTo("pull");
        assertThat(list.getSelectionModel().getSelectedItem().exercise().id()).isEqualTo(picked);
    }

    @Test
    void belowSixteenHundredPixelsTheListOpensTheLiftInItsPlace(FxRobot robot) throws Exception {
        h = new LibraryUiHarness(null);
        robot.interact(() -> h.show(stage, 1200, 760, "light"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.section.sideBySide()).isFalse();
        robot.interact(() -> h.section.browse().focusSearch());
        robot.write("row").type(KeyCode.DOWN).type(KeyCode.DOWN);
        String picked = h.section.browse().list().getSelectionModel().getSelectedItem().exercise().id();
        assertThat(h.section.detail().view().getScene()).as("moving in the list opens nothing").isNull();
        robot.type(KeyCode.ENTER);
        assertThat(h.section.current()).isEqualTo(new LibrarySection.Place(LibrarySection.Kind.DETAIL, picked));
        assertThat(h.section.browse().view().getScene()).isNull();
        robot.type(KeyCode.ESCAPE);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
        assertThat(h.section.browse().searchField().getText()).isEqualTo("row");
    }
}

package formcoach.app;

import formcoach.store.JsonStore;
import formcoach.ui.Snapshots;
import formcoach.store.Settings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
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
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Path dir;
    private AppServices services;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("formcoach-shell");
        services = new AppServices(new JsonStore(dir, Clock.systemUTC()), Clock.systemUTC());
        services.loadSettings();
        window = new MainWindow(services, Sections.create(services));
        Scene scene = new Scene(window.root(), 1000, 700);
        scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
        Themes.apply(services.settings().theme(), window.root());
        stage.setScene(scene);
        stage.show();
        window.showById("library");
        window.showWelcome();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void welcomeShowsOnFirstRunAndEnterClosesItForGood(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        robot.interact(() -> {
            try {
                Snapshots.write(window.root(), "shell-welcome-light");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("settings.json"))
                && Settings.load(new JsonStore(dir, Clock.systemUTC())).value().welcomeSeen());
    }

    @Test
    void ctrlDigitsMoveBetweenTheFourSections(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        for (var step : List.of(new Object[] {KeyCode.DIGIT2, "timer"}, new Object[] {KeyCode.DIGIT3, "paincheck"},
                new Object[] {KeyCode.DIGIT4, "history"}, new Object[] {KeyCode.DIGIT1, "library"})) {
            robot.press(KeyCode.CONTROL).type((KeyCode) step[0]).release(KeyCode.CONTROL);
            assertThat(window.current().id()).isEqualTo(step[1]);
            ToggleButton b = robot.lookup("#nav-" + step[1]).queryAs(ToggleButton.class);
            assertThat(b.isSelected()).isTrue();
        }
    }

    @Test
    void clickingTheRailOpensASection(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        robot.clickOn("#nav-paincheck");
        assertThat(window.current().id()).isEqualTo("paincheck");
    }

    @Test
    void f1OpensAboutWithTheVersionAndDataFolderAndEscClosesIt(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.F1);
        Node about = robot.lookup("#about").query();
        assertThat(about).isNotNull();
        assertThat(robot.lookup("#about-data-dir").queryLabeled().getText()).contains(dir.toString());
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#about").tryQuery()).isEmpty();
    }

    @Test
    void themeSwitchIsRememberedInSettings(FxRobot robot) throws Exception {
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(services.settings().theme()).isEqualTo("dark");
        assertThat(window.root().getStyleClass()).contains("theme-dark");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "dark".equals(Settings.load(new JsonStore(dir, Clock.systemUTC())).value().theme()));
        robot.interact(() -> {
            try {
                Snapshots.write(window.root(), "shell-dark");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn("#theme-toggle");
        assertThat(services.settings().theme()).isEqualTo("light");
    }

    @Test
    void theRailTheShortcutsAndAboutAllReadTheSectionEntries(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        List<SectionEntry> entries = List.of(SectionEntry.values());
        assertThat(window.current().id()).isEqualTo("library");
        List<String> rail = robot.lookup(".rail-button").queryAllAs(ToggleButton.class).stream().map(ToggleButton::getId).toList();
        assertThat(rail).containsExactlyElementsOf(entries.stream().map(e -> "nav-" + e.id()).toList());
        for (SectionEntry e : entries) {
            ToggleButton b = robot.lookup("#nav-" + e.id()).queryAs(ToggleButton.class);
            assertThat(b.getText()).isEqualTo(e.title());
            assertThat(b.getTooltip().getText()).isEqualTo(e.title() + " (" + e.shortcutText() + ")");
            assertThat(((org.kordamp.ikonli.javafx.FontIcon) b.getGraphic()).getIconLiteral()).isEqualTo(e.icon());
        }
        robot.type(KeyCode.F1);
        String keys = robot.lookup("#about-keys").queryLabeled().getText();
        for (SectionEntry e : entries) {
            assertThat(keys).contains(e.shortcutText() + " " + e.title());
        }
        robot.type(KeyCode.ESCAPE);
        // the shortcuts are the entries' digits (the video section is left out here: it starts the pose pipeline)
        for (SectionEntry e : List.of(SectionEntry.LOG, SectionEntry.HISTORY, SectionEntry.TIMER, SectionEntry.LIBRARY)) {
            robot.press(KeyCode.CONTROL).type(e.digit()).release(KeyCode.CONTROL);
            assertThat(window.current().id()).isEqualTo(e.id());
        }
    }

    /**
     * In the real window the key events already queued when Ctrl+1 is handled (the person typing on)
     * are delivered before anything the handler runs later; here they are delivered in the same turn
     * of the FX thread, so a search field that takes the focus only later loses the first letters.
     */
    @Test
    void aKeyTypedRightAfterCtrl1GoesIntoTheSearch(FxRobot robot) throws Exception {
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(window.current().id()).isEqualTo("timer");
        robot.interact(() -> {
            Scene scene = window.root().getScene();
            formcoach.ui.SceneKeys.ctrl(scene, KeyCode.DIGIT1);
            formcoach.ui.SceneKeys.type(scene, KeyCode.R, KeyCode.O);
        });
        javafx.scene.control.TextField search = robot.lookup("#library-search").queryAs(javafx.scene.control.TextField.class);
        assertThat(window.current().id()).isEqualTo("library");
        assertThat(search.getText()).isEqualTo("ro");

        // and through the robot, as fast as it types
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL).write("w");
        assertThat(search.getText()).isEqualTo("w");
    }

    /** As above for the pain check: Space typed right after Ctrl+3 presses "Start a pain check" (it was lost). */
    @Test
    void aKeyTypedRightAfterCtrl3ReachesThePainCheck(FxRobot robot) throws Exception {
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-check").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.interact(() -> {
            Scene scene = window.root().getScene();
            formcoach.ui.SceneKeys.ctrl(scene, KeyCode.DIGIT3);
            formcoach.ui.SceneKeys.type(scene, KeyCode.SPACE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.current().id()).isEqualTo("paincheck");
        assertThat(robot.lookup("#start-check").tryQuery()).as("the check started").isEmpty();
    }
}

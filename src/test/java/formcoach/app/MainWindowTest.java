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
}

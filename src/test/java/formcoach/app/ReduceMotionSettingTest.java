package formcoach.app;

import formcoach.figure.ui.FigurePlayer;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
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

/** "Reduce motion" in About: stored in settings.json, read back by the next window, and applied to every figure. */
@ExtendWith(ApplicationExtension.class)
class ReduceMotionSettingTest {
    private Path dir;
    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("formcoach-reduce-motion");
        open();
    }

    private void open() {
        services = new AppServices(new JsonStore(dir, Clock.systemUTC()), Clock.systemUTC());
        services.loadSettings();
        MainWindow window = new MainWindow(services, List.of());
        Scene scene = new Scene(window.root(), 900, 700);
        scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        services.close();
        robot.interact(() -> FigurePlayer.REDUCE_MOTION.set(false));
    }

    private boolean storedReduceMotion() throws Exception {
        return Settings.load(new JsonStore(dir, Clock.systemUTC())).value().reduceMotion();
    }

    @Test
    void theAboutCheckBoxStoresItAndTheNextWindowReadsItBack(FxRobot robot) throws Exception {
        assertThat(services.settings().reduceMotion()).isFalse();
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isFalse();
        robot.type(KeyCode.F1);
        CheckBox box = robot.lookup("#about-reduce-motion").query();
        assertThat(box.isSelected()).isFalse();
        robot.clickOn(box);
        assertThat(services.settings().reduceMotion()).isTrue();
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::storedReduceMotion);

        // a new window over the same folder starts with it on
        robot.interact(() -> {
            services.close();
            FigurePlayer.REDUCE_MOTION.set(false);
            open();
        });
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isTrue();
        robot.type(KeyCode.F1);
        CheckBox again = robot.lookup("#about-reduce-motion").query();
        assertThat(again.isSelected()).isTrue();
        robot.clickOn(again);
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !storedReduceMotion());
    }
}

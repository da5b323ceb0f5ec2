package formcoach.video.ui;

import formcoach.app.App;
import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.Library;
import formcoach.store.JsonStore;
import formcoach.video.SetAnalyzer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Video section alone in the real shell (the app's stylesheet, the light theme), in a new data
 * folder: what the video TestFX tests share.
 */
final class VideoShell {
    final Path dir;
    final AppServices services;
    final VideoSection section;
    final MainWindow window;
    private final Stage stage;

    private VideoShell(Path dir, AppServices services, VideoSection section, MainWindow window, Stage stage) {
        this.dir = dir;
        this.services = services;
        this.section = section;
        this.window = window;
        this.stage = stage;
    }

    /** Shows the section in {@code stage}, {@code width}×{@code height}, with its own data folder named after {@code prefix}. */
    static VideoShell show(Stage stage, String prefix, Clock clock, SetAnalyzer analyzer, double width, double height)
            throws Exception {
        return show(stage, prefix, clock, analyzer, width, height, (dir, store) -> {
        });
    }

    /** What is stored in the new data folder before the section is made (recent clips, say). */
    interface Before {
        void store(Path dir, JsonStore store) throws Exception;
    }

    /** As {@link #show(Stage, String, Clock, SetAnalyzer, double, double)}, with {@code before} run on the new data folder first. */
    static VideoShell show(Stage stage, String prefix, Clock clock, SetAnalyzer analyzer, double width, double height,
            Before before) throws Exception {
        Path dir = Files.createTempDirectory(prefix);
        JsonStore store = new JsonStore(dir, clock);
        before.store(dir, store);
        AppServices services = new AppServices(store, clock);
        services.loadSettings();
        VideoSection section = new VideoSection(services, analyzer, CompletableFuture.completedFuture(Library.load(store)));
        MainWindow window = new MainWindow(services, List.of(section));
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
        Themes.apply("light", window.root());
        stage.setScene(scene);
        stage.show();
        window.showById("video");
        return new VideoShell(dir, services, section, window, stage);
    }

    VideoView player() {
        return section.player();
    }

    /**
     * Sets the window to {@code width}×{@code height} and waits until its content has that size: the
     * headless stage keeps the size an earlier test gave it, whatever the new scene asks for.
     */
    void size(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.root().getWidth() == width && window.root().getHeight() == height);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        services.close();
    }
}

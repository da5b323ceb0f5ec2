package formcoach.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;

/** The JavaFX application: the main window. */
public final class App extends Application {
    private static Optional<Path> dataDir = Optional.empty();
    private static boolean smoke;

    public static void launchWith(Optional<Path> dir, boolean smokeRun) {
        dataDir = dir;
        smoke = smokeRun;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Form Coach");
        stage.setScene(new Scene(new Label("Form Coach"), 800, 600));
        stage.show();
    }
}

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Baseline for bench/startup.sh: an empty stage with one button, exiting at its first frame like --smoke. */
public class EmptyStage extends Application {
    public static void main(String[] args) {
        Application.launch(EmptyStage.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Button("Baseline")), 1100, 720));
        stage.setOnShown(e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first frame after " + ms + " ms");
                Platform.exit();
            }
        }.start());
        stage.show();
    }
}

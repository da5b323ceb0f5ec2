package formcoach.app;

import formcoach.store.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class WindowBoundsTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setWidth(900);
        s.setHeight(600);
        s.setX(0);
        s.setY(0);
    }

    @Test
    void rememberedPlaceOnAScreenIsRestored(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(800, screen.getWidth());
        double h = Math.min(560, screen.getHeight());
        robot.interact(() -> App.restoreBounds(stage, new Settings.WindowBounds(screen.getMinX() + 10, screen.getMinY() + 20, w, h, false)));
        assertThat(stage.getX()).isEqualTo(screen.getMinX() + 10);
        assertThat(stage.getY()).isEqualTo(screen.getMinY() + 20);
        assertThat(stage.getWidth()).isEqualTo(w);
        assertThat(stage.getHeight()).isEqualTo(h);
    }

    @Test
    void placeOnAScreenThatIsGoneIsIgnored(FxRobot robot) {
        robot.interact(() -> App.restoreBounds(stage, new Settings.WindowBounds(-50_000, -50_000, 800, 600, false)));
        assertThat(stage.getX()).isZero();
        assertThat(stage.getWidth()).isEqualTo(900);
    }

    @Test
    void sizeLargerThanTheScreenIsShrunkToFit(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> App.restoreBounds(stage, new Settings.WindowBounds(screen.getMinX(), screen.getMinY(), 9_000, 9_000, false)));
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
    }
}

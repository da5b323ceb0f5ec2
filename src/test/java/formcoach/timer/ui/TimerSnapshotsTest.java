package formcoach.timer.ui;

import formcoach.app.App;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.timer.Routine;
import formcoach.timer.TempoRoutine;
import formcoach.ui.Section;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures of every timer screen in both themes at 800×600 and 1920×1080, inside the real shell,
 * written to target/snapshots/timer-*.png for a person to look at. Also checks the few things a
 * picture can get wrong without anyone noticing: the big digits really are big, and nothing on the
 * timer screen spills out of the window.
 */
@ExtendWith(ApplicationExtension.class)
class TimerSnapshotsTest {
    private TimerUiFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new TimerUiFixture(true);
    }

    @AfterEach
    void close() {
        formcoach.ui.VisualBaseline.assertClean();
        fixture.services.close();
    }

    @Test
    void everyScreenInBothThemesAtSmallAndFullHd(FxRobot robot) throws Exception {
        List<String> written = new ArrayList<>();
        for (int[] size : new int[][] {{800, 600}, {1920, 1080}}) {
            TimerSection section = new TimerSection(fixture.services, TimerUiFixture.EXERCISES, fixture.options());
            List<Section> sections = List.of(new Placeholder("library", "Library"), section,
                    new Placeholder("paincheck", "Pain check"), new Placeholder("history", "History"));
            MainWindow[] window = new MainWindow[1];
            robot.interact(() -> {
                window[0] = new MainWindow(fixture.services, sections);
                Scene scene = new Scene(window[0].root(), size[0], size[1]);
                scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
                window[0].showById("timer");
            });
            TimerScreens screens = section.screens();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
            screens.soundAttached().get(10, TimeUnit.SECONDS);
            for (String theme : List.of("light", "dark")) {
                String suffix = "-" + theme + "-" + size[0] + "x" + size[1];
                robot.interact(() -> {
                    Themes.apply(theme, window[0].root());
                    try {
                        shootAll(screens, window[0].root(), suffix, size, written);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        robot.interact(() -> Themes.apply("light", null));
        assertThat(written).hasSize(28);
    }

    private void shootAll(TimerScreens screens, Region root, String suffix, int[] size, List<String> written) throws Exception {
        Routine warmup = routine(screens, "upper-back-warmup");
        screens.showPicker("upper-back-warmup", null);
        shoot(root, "timer-picker" + suffix, written);

        RunController run = screens.run();
        screens.startRoutine(warmup);
        run.interactor().skip();
        run.interactor().skip();
        run.interactor().skip();
        fixture.clock.advanceSeconds(3);
        run.frame();
        fixture.clock.advanceSeconds(12);
        run.frame();
        assertThat(run.model().phaseProperty().get()).isEqualTo(formcoach.timer.Phase.WORK);
        shoot(root, "timer-work" + suffix, written);
        checkTimerScreen(root, size);
        fixture.clock.advanceSeconds(19);
        run.frame();
        assertThat(run.model().phaseProperty().get()).isEqualTo(formcoach.timer.Phase.SWITCH_SIDES);
        shoot(root, "timer-switch" + suffix, written);
        for (int i = 0; i < 4; i++) {
            run.interactor().skip();
        }
        assertThat(run.model().finishedProperty().get()).isTrue();
        shoot(root, "timer-done" + suffix, written);
        run.leave();

        Routine mine = routine(screens, "three-steps");
        screens.edit(mine);
        EditorModel em = screens.editor().model();
        em.steps().get(1).seconds.set("2");
        screens.editor().select(1);
        shoot(root, "timer-editor" + suffix, written);
        screens.showPicker(null, null);

        screens.showTempo();
        TempoModel tm = screens.tempo().model();
        tm.pick(tm.lifts().stream().filter(l -> l.id().equals("seated-cable-row")).findFirst().orElseThrow());
        shoot(root, "timer-tempo" + suffix, written);
        screens.startTempo(TempoRoutine.of("seated-cable-row", "Seated cable row", "2-1-2", 8),
                tm.momentumCueProperty().get());
        fixture.clock.advanceSeconds(3 + 5 + 1);
        run.frame();
        shoot(root, "timer-tempo-run" + suffix, written);
        run.interactor().stop();
        run.leave();
    }

    private static Routine routine(TimerScreens screens, String id) {
        screens.picker().select(id);
        return screens.picker().selectedRoutine().orElseThrow();
    }

    /** Every label of the timer screen lies inside the window, and the digits are large for the size. */
    private static void checkTimerScreen(Region root, int[] size) {
        root.applyCss();
        root.layout();
        Label digits = (Label) root.lookup("#run-digits");
        double min = size[1] >= 1000 ? 150 : 70;
        assertThat(digits.getFont().getSize()).as("digit size at " + size[0] + "x" + size[1]).isGreaterThanOrEqualTo(min);
        for (Node n : root.lookupAll(".label")) {
            if (!n.isVisible() || n.getScene() == null || !isShowing(n)) {
                continue;
            }
            var b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of " + n).isLessThanOrEqualTo(size[0] + 0.5);
            assertThat(b.getMaxY()).as("bottom edge of " + n).isLessThanOrEqualTo(size[1] + 0.5);
        }
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void shoot(Region root, String name, List<String> written) throws IOException {
        Node flash = root.lookup("#run-flash");
        if (flash != null) {
            // a still picture, not one caught halfway through the phase-change flash
            flash.setOpacity(0);
        }
        TimerUiFixture.snapshot(root, name);
        written.add(name);
    }

    /** The other rail entries, so the pictures show the real shell (their titles and icons come from the shell's entries). */
    private record Placeholder(String id, String label) implements Section {
        @Override
        public Node view() {
            return new Label(label);
        }
    }
}

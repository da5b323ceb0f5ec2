package formcoach.timer.ui;

import formcoach.app.App;
import formcoach.app.Themes;
import formcoach.timer.Phase;
import formcoach.timer.Routines;
import formcoach.ui.Notices;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The timer section driven the way a person drives it: keys on a fast fake clock, the editor, an import. */
@ExtendWith(ApplicationExtension.class)
class TimerSectionTest {
    private TimerUiFixture fx;
    private TimerSection section;
    private TimerScreens screens;

    @Start
    void start(Stage stage) throws Exception {
        fx = new TimerUiFixture(true);
        section = new TimerSection(fx.services, TimerUiFixture.EXERCISES, fx.options());
        Parent root = (Parent) section.view();
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(App.class.getResource("/formcoach/app/app.css").toExternalForm());
        Themes.apply("light", root);
        stage.setScene(scene);
        stage.show();
        screens = section.screens();
    }

    @AfterEach
    void close() {
        fx.services.close();
    }

    private void ready(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screens::loaded);
        screens.soundAttached().get(10, TimeUnit.SECONDS);
        robot.interact(() -> section.open("three-steps"));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private boolean showing(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }

    private void advance(FxRobot robot, double seconds) {
        robot.interact(() -> {
            fx.clock.advanceSeconds(seconds);
            screens.run().frame();
        });
    }

    private boolean phaseStyle(String pseudo) {
        return screens.run().view().getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudo));
    }

    @Test
    void keyboardDrivesAThreeStepRoutineAndEscAsksBeforeStopping(FxRobot robot) throws Exception {
        ready(robot);
        assertThat(robot.lookup("#picker-title").queryLabeled().getText()).isEqualTo("Three steps");
        robot.type(KeyCode.ENTER);

        assertThat(text(robot, "#run-step-name")).isEqualTo("Arm circles");
        assertThat(text(robot, "#run-phase-word")).isEqualTo("Get ready for");
        assertThat(text(robot, "#run-digits")).isEqualTo("0:03");
        assertThat(text(robot, "#run-next-name")).startsWith("Thoracic rotation");
        assertThat(text(robot, "#run-next-cue")).isNotBlank();
        assertThat(phaseStyle("lead-in")).isTrue();

        advance(robot, 3);
        assertThat(text(robot, "#run-phase-word")).isEqualTo("Now");
        assertThat(text(robot, "#run-digits")).isEqualTo("0:10");
        assertThat(text(robot, "#run-cue")).isNotBlank();
        assertThat(phaseStyle("work")).isTrue();

        robot.type(KeyCode.SPACE);
        assertThat(showing(robot, "#run-paused")).isTrue();
        advance(robot, 4);
        assertThat(text(robot, "#run-digits")).as("paused time does not count").isEqualTo("0:10");
        robot.type(KeyCode.SPACE);
        advance(robot, 1);
        assertThat(text(robot, "#run-digits")).isEqualTo("0:09");
        assertThat(showing(robot, "#run-paused")).isFalse();

        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#run-step-name")).isEqualTo("Thoracic rotation");
        assertThat(text(robot, "#run-side")).isEqualTo("Starts on the left side");
        assertThat(text(robot, "#run-next-name")).startsWith("Cat-cow");
        advance(robot, 3);
        assertThat(text(robot, "#run-side")).isEqualTo("Left side · 1 of 2");
        advance(robot, 10);
        assertThat(phaseStyle("switch-sides")).isTrue();
        assertThat(text(robot, "#run-side")).isEqualTo("Switch to the right side");
        assertThat(text(robot, "#run-digits")).isEqualTo("0:05");

        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#run-step-name")).as("back restarts a step well under way").isEqualTo("Thoracic rotation");
        assertThat(phaseStyle("lead-in")).isTrue();
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#run-step-name")).as("a second back goes to the step before").isEqualTo("Arm circles");

        robot.type(KeyCode.ESCAPE);
        assertThat(showing(robot, "#run-confirm")).isTrue();
        assertThat(text(robot, "#run-confirm-text")).isEqualTo("Stop the routine? Enter = stop, Esc = keep going");
        advance(robot, 1);
        assertThat(text(robot, "#run-digits")).as("the timer keeps going while it asks").isEqualTo("0:02");
        robot.type(KeyCode.ESCAPE);
        assertThat(showing(robot, "#run-confirm")).isFalse();
        assertThat(screens.run().active()).isTrue();

        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        assertThat(screens.run().active()).isFalse();
        assertThat(showing(robot, "#run-summary")).isTrue();
        assertThat(text(robot, "#run-summary-title")).isEqualTo("Routine stopped");
        assertThat(text(robot, "#run-record")).startsWith("Not added to your history");
        assertThat(phaseStyle("stopped")).isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(showing(robot, "#timer-picker")).isTrue();
    }

    @Test
    void aRoutineRunToTheEndIsRecordedAndTheScreenSaysSo(FxRobot robot) throws Exception {
        ready(robot);
        robot.interact(() -> screens.startRoutine(TimerUiFixture.THREE_STEPS));
        advance(robot, 60);
        assertThat(screens.run().model().phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(text(robot, "#run-summary-title")).isEqualTo("Routine done. Well done!");
        assertThat(text(robot, "#run-summary-text")).contains("3 of 3 steps");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#run-record").startsWith("Added to your history"));
        assertThat(Files.readString(fx.dir.resolve("sessions.json"))).contains("three-steps");
        assertThat(fx.sound.played).as("the end is sounded").contains(formcoach.timer.sound.Tone.ROUTINE_END);
    }

    @Test
    void withNoAudioDeviceTheTimerSaysSoOnceAndKeepsGoing(FxRobot robot) throws Exception {
        fx.sound.works = false;
        ready(robot);
        robot.interact(() -> screens.startRoutine(TimerUiFixture.THREE_STEPS));
        for (int i = 0; i < 20; i++) {
            advance(robot, 1);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // told on the timer, not as a notice on every page
        assertThat(showing(robot, "#run-sound-off")).isTrue();
        assertThat(robot.lookup("#run-sound-off").queryLabeled().getAccessibleText()).isEqualTo(SoundHub.SOUND_OFF);
        assertThat(fx.services.notices().items()).filteredOn(n -> n.kind() == Notices.Kind.WARNING).isEmpty();
        assertThat(text(robot, "#run-step-name")).as("the run went on to the second step").isEqualTo("Thoracic rotation");
        assertThat(screens.run().active()).isTrue();
    }

    @Test
    void editorShowsMessagesBesideTheFieldsAndReordersWithAltArrows(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("#picker-new");
        Button save = robot.lookup("#editor-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(text(robot, "#editor-name-error")).isEqualTo("name is required");
        robot.interact(() -> robot.lookup("#editor-name").queryAs(TextField.class).setText("My evening stretch"));
        assertThat(showing(robot, "#editor-name-error")).isFalse();
        assertThat(text(robot, "#editor-steps-error")).contains("at least one step");

        for (String filter : new String[] {"arm circ", "cat-cow"}) {
            robot.clickOn("#editor-add");
            robot.interact(() -> robot.lookup("#editor-filter").queryAs(TextField.class).setText(filter));
            assertThat(robot.lookup("#editor-library").queryAs(ListView.class).getItems()).hasSize(1);
            robot.type(KeyCode.ENTER);
        }
        EditorModel m = screens.editor().model();
        assertThat(m.steps()).extracting(d -> d.name.get()).containsExactly("Arm circles", "Cat-cow");
        assertThat(save.isDisabled()).isFalse();

        robot.interact(() -> screens.editor().select(0));
        TextField seconds = robot.lookup("#editor-step-seconds").queryAs(TextField.class);
        robot.interact(() -> seconds.setText("2"));
        assertThat(text(robot, "#editor-seconds-error")).isEqualTo("a step lasts from 5 seconds to 60 minutes, not 2 seconds");
        assertThat(save.isDisabled()).isTrue();
        robot.interact(() -> seconds.setText("abc"));
        assertThat(text(robot, "#editor-seconds-error")).isEqualTo("type the step's length in whole seconds, e.g. 30");
        robot.interact(() -> seconds.setText("45"));
        assertThat(showing(robot, "#editor-seconds-error")).isFalse();
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn("#editor-steps");
        robot.interact(() -> screens.editor().select(0));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertThat(m.steps()).extracting(d -> d.name.get()).containsExactly("Cat-cow", "Arm circles");
        assertThat(m.selectedIndexProperty().get()).isEqualTo(1);

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot, "#timer-picker"));
        assertThat(text(robot, "#picker-message")).isEqualTo("Saved My evening stretch.");
        assertThat(text(robot, "#picker-title")).isEqualTo("My evening stretch");
        String stored = Files.readString(fx.dir.resolve(Routines.STORE_NAME + ".json"));
        assertThat(stored.indexOf("cat-cow")).isLessThan(stored.lastIndexOf("arm-circles"));
    }

    @Test
    void importOfABadFileIsRefusedWithStepAndFieldAndChangesNothing(FxRobot robot) throws Exception {
        ready(robot);
        Path bad = fx.dir.resolveSibling(fx.dir.getFileName() + "-bad.json");
        Files.writeString(bad, """
                {"id": "bad", "name": "Bad", "kind": "warmup", "steps": [
                  {"exerciseId": "arm-circles", "name": "Arm circles", "seconds": -5, "sides": 1}]}
                """);
        fx.files.open = bad;
        byte[] before = Files.readAllBytes(fx.dir.resolve(Routines.STORE_NAME + ".json"));
        robot.clickOn("#picker-import");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot, "#picker-message"));
        assertThat(text(robot, "#picker-message"))
                .startsWith("Import refused.")
                .contains("step 1 (Arm circles): a step lasts from 5 seconds to 60 minutes, not -5 seconds")
                .endsWith("Nothing was imported.");
        assertThat(Files.readAllBytes(fx.dir.resolve(Routines.STORE_NAME + ".json"))).isEqualTo(before);
        assertThat(screens.picker().model().routines()).extracting(PickerModel.RoutineRow::id).doesNotContain("bad");
    }

    @Test
    void builtInRoutinesOpenReadOnlyWithDuplicateOffered(FxRobot robot) throws Exception {
        ready(robot);
        robot.interact(() -> {
            screens.picker().select("upper-back-cooldown");
            screens.edit(screens.picker().selectedRoutine().orElseThrow());
        });
        assertThat(showing(robot, "#editor-save")).isFalse();
        assertThat(showing(robot, "#editor-duplicate")).isTrue();
        assertThat(robot.lookup("#editor-name").queryAs(TextField.class).isEditable()).isFalse();
    }
}

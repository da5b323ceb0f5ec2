package formcoach.timer.ui;

import formcoach.app.MainWindow;
import formcoach.beforeyoulift.Checks;
import formcoach.beforeyoulift.SoreSpell;
import formcoach.beforeyoulift.ui.LinksShell;
import formcoach.beforeyoulift.ui.PainWatch;
import formcoach.beforeyoulift.ui.TimerLinks;
import formcoach.library.Library;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.SetType;
import formcoach.log.ui.LogSection;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import formcoach.timer.Phase;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static formcoach.beforeyoulift.ui.LinksShell.showing;
import static formcoach.beforeyoulift.ui.LinksShell.text;
import static formcoach.beforeyoulift.ui.LinksShell.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timer's links in the real shell: the SEE_PROFESSIONAL question before a routine starts, the
 * sore-back mobility routine first after a sore self-care check, and "Log this session" after a
 * recorded run opening the Log section with the run filled in (saved only on confirm).
 */
@ExtendWith(ApplicationExtension.class)
class TimerLogLinksTest {
    private TimerUiFixture fx;
    private LinksShell shell;
    private TimerSection section;
    private TimerScreens screens;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        fx = new TimerUiFixture(true);
        shell = new LinksShell(fx.dir, fx.services, Clock.systemUTC(), stage);
    }

    private void window(FxRobot robot) throws Exception {
        Library library = shell.library();
        window = shell.show(robot, 1000, 700, pain -> {
            section = new TimerSection(fx.services, TimerUiFixture.EXERCISES, fx.options());
            LogSection log = new LogSection(fx.services, CompletableFuture.completedFuture(library));
            return List.of(log, section, pain);
        });
        LinksShell.waitForLogSignals(robot);
        robot.interact(() -> {
            window.showById("timer");
            screens = section.screens();
        });
        waitFor(screens::loaded);
        screens.soundAttached().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private List<Session> logged() throws Exception {
        return shell.logged();
    }

    private void runToTheEnd(FxRobot robot) {
        robot.interact(() -> {
            fx.clock.advanceSeconds(60);
            screens.run().frame();
        });
        assertThat(screens.run().model().phaseProperty().get()).isEqualTo(Phase.DONE);
    }

    @Test
    void aFinishedRoutineIsLoggedAsWarmUpSetsOnlyWhenConfirmed(FxRobot robot) throws Exception {
        window(robot);
        robot.interact(() -> section.open("three-steps"));
        robot.type(KeyCode.ENTER);
        assertThat(screens.run().active()).as("no pain check: no question, the routine starts").isTrue();
        assertThat(showing(robot, "#" + TimerLinks.LOG_BUTTON_ID)).isFalse();
        runToTheEnd(robot);
        waitFor(() -> showing(robot, "#" + TimerLinks.LOG_BUTTON_ID));
        assertThat(text(robot, "#run-record")).startsWith("Added to your history");
        robot.type(KeyCode.L);
        waitFor(() -> showing(robot, "#log-draft"));
        assertThat(text(robot, "#log-draft-title")).isEqualTo("Log this session: Three steps");
        assertThat(logged()).as("nothing is saved before the person confirms").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor(() -> !showing(robot, "#log-draft"));
        List<Session> saved = logged();
        assertThat(saved).hasSize(1);
        Session s = saved.get(0);
        assertThat(s.title()).isEqualTo("Three steps");
        assertThat(s.exercises()).extracting(e -> e.name()).containsExactly("Arm circles", "Thoracic rotation", "Cat-cow");
        assertThat(s.exercises().get(1).sets()).as("one timed set per side").hasSize(2);
        assertThat(s.exercises().get(2).sets().get(0).reps()).isEqualTo(8);
        assertThat(s.exercises().stream().flatMap(e -> e.sets().stream()).map(LoggedSet::type)).containsOnly(SetType.WARMUP);
        assertThat(s.exercises().get(0).sets().get(0).seconds()).isEqualTo(10);
        assertThat(s.workingSets()).as("a warm-up is not training load").isZero();
        assertThat(s.note()).startsWith("Timer: Three steps, 3 of 3 steps, ");
    }

    @Test
    void aSeeProfessionalCheckAsksBeforeTheRoutineStarts(FxRobot robot) throws Exception {
        Instant when = Instant.now().minus(Duration.ofHours(30));
        new PainCheckHistory(fx.services.store()).add(Checks.at("pc-1", when, Level.URGENT, 6, null));
        window(robot);
        robot.interact(() -> section.open("three-steps"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> showing(robot, "#" + PainWatch.GATE_ID));
        assertThat(screens.run().active()).as("nothing starts before the answer").isFalse();
        assertThat(text(robot, "#" + PainWatch.GATE_ID + "-title")).isEqualTo("Your last pain check said: get seen today");
        assertThat(text(robot, "#" + PainWatch.GATE_ID + "-text")).contains("get seen the same day");
        waitFor(() -> robot.lookup("#pain-gate-check").query().isFocused());
        // Esc: Cancel, back to the picker
        robot.type(KeyCode.ESCAPE);
        assertThat(showing(robot, "#" + PainWatch.GATE_ID)).isFalse();
        assertThat(screens.run().active()).isFalse();
        assertThat(showing(robot, "#timer-picker")).isTrue();
        // Tab to "Continue anyway", Enter: the routine starts
        robot.interact(() -> screens.startRoutine(TimerUiFixture.THREE_STEPS));
        waitFor(() -> robot.lookup("#pain-gate-check").query().isFocused());
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#pain-gate-continue").query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(screens.run().active()).isTrue();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER).type(KeyCode.ENTER);
        // mouse: "Check again now" opens the pain check and starts nothing
        robot.interact(() -> screens.startRoutine(TimerUiFixture.THREE_STEPS));
        waitFor(() -> showing(robot, "#" + PainWatch.GATE_ID));
        robot.clickOn("#pain-gate-check");
        waitFor(() -> shell.painCheckOpened.contains("start"));
        assertThat(screens.run().active()).isFalse();
    }

    /** Esc typed at once after the Enter that asked the question (queued before anything run later) answers it. */
    @Test
    void escTypedRightAfterStartCancelsTheQuestion(FxRobot robot) throws Exception {
        new PainCheckHistory(fx.services.store()).add(Checks.at("pc-1", Instant.now().minus(Duration.ofHours(30)), Level.URGENT, 6, null));
        window(robot);
        robot.interact(() -> section.open("three-steps"));
        robot.interact(() -> formcoach.ui.SceneKeys.type(window.root().getScene(), KeyCode.ENTER, KeyCode.ESCAPE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#" + PainWatch.GATE_ID)).isFalse();
        assertThat(screens.run().active()).isFalse();
        assertThat(showing(robot, "#timer-picker")).isTrue();
    }

    @Test
    void afterASoreSelfCareCheckTheMobilityRoutineComesFirstWithItsReason(FxRobot robot) throws Exception {
        new PainCheckHistory(fx.services.store()).add(Checks.at("pc-1", Instant.now().minus(Duration.ofHours(20)),
                Level.SELF_CARE_DOMS, 4, null));
        window(robot);
        waitFor(() -> !screens.picker().model().routines().isEmpty());
        assertThat(screens.picker().model().routines().get(0).id()).isEqualTo(SoreSpell.MOBILITY_ROUTINE);
        assertThat(screens.picker().model().selectedProperty().get().id()).isEqualTo(SoreSpell.MOBILITY_ROUTINE);
        assertThat(showing(robot, "#picker-first-reason")).isTrue();
        assertThat(text(robot, "#picker-first-reason")).startsWith("Your pain check on ").contains("found muscle soreness: gentle mobility first");
        // a re-check with no pain clears it: the usual order is back the next time the section is shown
        new PainCheckHistory(fx.services.store()).add(Checks.at("pc-2", Instant.now().minus(Duration.ofHours(1)),
                Level.SELF_CARE_DOMS, 0, null));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#picker-list").tryQuery().map(n -> n.getScene() != null).orElse(false)
                && screens.picker().model().firstReasonProperty().get().isEmpty());
        assertThat(screens.picker().model().routines().get(0).id()).isNotEqualTo(SoreSpell.MOBILITY_ROUTINE);
    }
}

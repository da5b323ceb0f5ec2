package formcoach.library.ui;

import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.beforeyoulift.Checks;
import formcoach.beforeyoulift.ui.BeforeLiftLinks;
import formcoach.beforeyoulift.ui.LinksShell;
import formcoach.beforeyoulift.ui.PainWatch;
import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.log.Session;
import formcoach.log.SetSyntax;
import formcoach.log.WeightUnit;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static formcoach.beforeyoulift.ui.LinksShell.showing;
import static formcoach.beforeyoulift.ui.LinksShell.text;
import static formcoach.beforeyoulift.ui.LinksShell.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Before you lift" and the Log section in the real shell: the SEE_PROFESSIONAL question on opening,
 * the log's question before the first cue card, "Log this session" opening the day's log filled in
 * (nothing saved until Save), and the one-exercise deload in the entry.
 */
@ExtendWith(ApplicationExtension.class)
class BeforeLiftLinksTest {
    static final Clock CLOCK = LinksShell.MONDAY;
    private LinksShell shell;
    private AppServices services;
    private Library library;
    private LibrarySection lib;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        shell = LinksShell.inNewFolder("formcoach-loglinks", CLOCK, stage);
        services = shell.services;
        library = shell.library();
    }

    /** Builds the window once the data folder holds what the test needs. */
    private void window(FxRobot robot) throws Exception {
        LinksShell.Shown shown = shell.showLogAndLibrary(robot, true);
        lib = shown.library();
        window = shown.window();
        LinksShell.waitForLogSignals(robot);
        robot.interact(() -> window.showById("library"));
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private List<Session> stored() throws Exception {
        return shell.logged();
    }

    private void pick(FxRobot robot, String query) {
        robot.clickOn("#lift-picker-search").write(query);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        robot.clickOn("#lift-picker-search");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
    }

    private void loadJump() throws Exception {
        LogBook book = LogBook.open(services.store(), CLOCK, library.all());
        LocalDateTime monday = LocalDateTime.of(2026, 3, 9, 18, 0);
        for (int w = 0; w < 4; w++) {
            book.addSets(monday.plusWeeks(w), library.find("pull-up").orElseThrow(), SetSyntax.parse("4x8@bw", WeightUnit.KG), true);
        }
        book.addSets(LocalDateTime.of(2026, 4, 13, 7, 0), library.find("pull-up").orElseThrow(), SetSyntax.parse("9x8@bw", WeightUnit.KG), true);
    }

    @Test
    void theLogsQuestionComesBeforeTheFirstCueCard(FxRobot robot) throws Exception {
        loadJump();
        window(robot);
        robot.clickOn("#before-you-lift");
        pick(robot, "pull-up");
        robot.clickOn("#show-cue-cards");
        waitFor(() -> showing(robot, "#" + BeforeLiftLinks.LOAD_QUESTION_ID));
        assertThat(showing(robot, "#cue-cards")).as("no card before the answer").isFalse();
        String body = robot.lookup("#" + BeforeLiftLinks.LOAD_QUESTION_ID + "-card").queryAs(Pane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(body).contains("Load jump: Working sets this week: 9, your 4-week average 3 — 3×").contains("Lats still recovering");
        waitFor(() -> robot.lookup("#lift-load-anyway").query().isFocused());
        Node owner = robot.lookup("#lift-load-anyway").query().getScene().getFocusOwner();
        assertThat(robot.lookup("#lift-load-anyway").query().isFocused()).as("the first answer has the focus, not %s (%s)", owner,
                owner == null ? "" : owner.getParent()).isTrue();

        // "Choose lighter" by mouse: back to the picker, saying what to spare
        robot.clickOn("#lift-load-lighter");
        assertThat(showing(robot, "#" + BeforeLiftLinks.LOAD_QUESTION_ID)).isFalse();
        assertThat(showing(robot, "#" + BeforeLiftLinks.LIGHTER_ID)).isTrue();
        assertThat(text(robot, "#" + BeforeLiftLinks.LIGHTER_ID)).contains("spare ").contains("lats").contains("(still recovering)");
        // asked once per visit: the cards now open at once
        robot.clickOn("#show-cue-cards");
        assertThat(showing(robot, "#cue-cards")).isTrue();
        robot.type(KeyCode.ESCAPE);

        // next visit asks again; by keyboard, Enter answers "Train anyway"; Esc on another visit cancels
        robot.clickOn("#before-you-lift");
        waitFor(() -> !lib.cards().model().picked().isEmpty() || true);
        robot.interact(() -> lib.cards().model().pick(java.util.List.of("pull-up")));
        robot.clickOn("#show-cue-cards");
        waitFor(() -> showing(robot, "#" + BeforeLiftLinks.LOAD_QUESTION_ID));
        assertThat(showing(robot, "#" + BeforeLiftLinks.LIGHTER_ID)).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(showing(robot, "#cue-cards")).isTrue();
        assertThat(text(robot, "#warmup-title")).isEqualTo("Warmed up?");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#before-you-lift");
        robot.interact(() -> lib.cards().model().pick(java.util.List.of("pull-up")));
        robot.clickOn("#show-cue-cards");
        waitFor(() -> showing(robot, "#" + BeforeLiftLinks.LOAD_QUESTION_ID));
        robot.type(KeyCode.ESCAPE);
        assertThat(showing(robot, "#cue-cards")).isFalse();
        assertThat(lib.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
    }

    @Test
    void logThisSessionOpensTheDaysLogWithThePlansLiftsAndSavesOnlyOnConfirm(FxRobot robot) throws Exception {
        window(robot);
        robot.clickOn("#before-you-lift");
        robot.interact(() -> lib.cards().model().pick(java.util.List.of("barbell-bent-over-row", "face-pull")));
        robot.clickOn("#show-cue-cards");
        assertThat(text(robot, "#warmup-title")).isEqualTo("Warmed up?");
        assertThat(showing(robot, "#" + BeforeLiftLinks.LOG_BUTTON_ID)).as("offered on the last card only").isFalse();
        robot.type(KeyCode.SPACE).type(KeyCode.SPACE).type(KeyCode.SPACE);
        assertThat(text(robot, "#after-title")).isEqualTo("After your sets");
        assertThat(showing(robot, "#" + BeforeLiftLinks.LOG_BUTTON_ID)).isTrue();
        robot.type(KeyCode.L);
        waitFor(() -> showing(robot, "#log-draft"));
        assertThat(text(robot, "#log-draft-title")).isEqualTo("Log this session: Barbell bent-over row and Face pull");
        assertThat(robot.lookup("#log-draft-sets-0").query().isFocused()).isTrue();
        assertThat(stored()).as("nothing is saved before the person confirms").isEmpty();
        robot.write("3x8x60").type(KeyCode.ENTER);
        assertThat(robot.lookup("#log-draft-sets-1").query().isFocused()).isTrue();
        robot.write("2x15x20").type(KeyCode.ENTER);
        assertThat(stored()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor(() -> !showing(robot, "#log-draft"));
        List<Session> saved = stored();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).title()).isEqualTo("Barbell bent-over row and Face pull");
        assertThat(saved.get(0).exercises()).extracting(e -> e.exerciseId()).containsExactly("barbell-bent-over-row", "face-pull");
        assertThat(saved.get(0).workingSets()).isEqualTo(5);
        assertThat(saved.get(0).start()).isEqualTo(LocalDateTime.of(2026, 4, 13, 8, 0));
        assertThat(text(robot, "#log-message")).startsWith("Saved: Barbell bent-over row and Face pull, 5 sets");

        // a lift left empty is left out; a bad set names the lift and saves nothing; Esc discards
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        // the library is still on the last card
        assertThat(text(robot, "#after-title")).isEqualTo("After your sets");
        robot.clickOn("#cue-cards").type(KeyCode.ESCAPE);
        robot.clickOn("#before-you-lift");
        robot.interact(() -> lib.cards().model().pick(java.util.List.of("barbell-bent-over-row", "face-pull")));
        robot.clickOn("#show-cue-cards");
        // the session just logged left the rows' muscles recovering: the log asks first now
        waitFor(() -> robot.lookup("#lift-load-anyway").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.SPACE).type(KeyCode.SPACE).type(KeyCode.SPACE);
        assertThat(text(robot, "#after-title")).isEqualTo("After your sets");
        robot.clickOn("#" + BeforeLiftLinks.LOG_BUTTON_ID);
        waitFor(() -> showing(robot, "#log-draft"));
        // the draft puts the keyboard on the first lift's sets once it is shown: type after that
        waitFor(() -> robot.lookup("#log-draft-sets-0").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("8xx");
        robot.clickOn("#log-draft-save");
        assertThat(text(robot, "#log-draft-message")).startsWith("Barbell bent-over row: ").contains("is not a set");
        assertThat(stored()).hasSize(1);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !showing(robot, "#log-draft"));
        assertThat(stored()).hasSize(1);
        assertThat(text(robot, "#log-message")).isEqualTo("The session was not logged.");
    }

    @Test
    void aSeeProfessionalCheckAsksFirstWithItsDate(FxRobot robot) throws Exception {
        new PainCheckHistory(services.store()).add(Checks.at("pc-1", Instant.parse("2026-04-11T10:30:00Z"), Level.SEE_PROFESSIONAL, 5, null));
        window(robot);
        robot.clickOn("#before-you-lift");
        waitFor(() -> showing(robot, "#" + PainWatch.GATE_ID));
        assertThat(text(robot, "#" + PainWatch.GATE_ID + "-text")).contains("Saturday 11 April at 10:30")
                .contains("book a GP or physiotherapist").contains("No check since has cleared it");
        waitFor(() -> robot.lookup("#pain-gate-check").query().isFocused());
        // keyboard: → to "Continue anyway", Enter: the picker, usable
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#pain-gate-continue").query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(showing(robot, "#" + PainWatch.GATE_ID)).isFalse();
        waitFor(() -> robot.lookup("#lift-picker-search").query().isFocused());
        robot.type(KeyCode.ESCAPE);
        // Esc is "Cancel": back to the library
        robot.clickOn("#before-you-lift");
        waitFor(() -> showing(robot, "#" + PainWatch.GATE_ID));
        robot.type(KeyCode.ESCAPE);
        assertThat(lib.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
        // mouse: "Check again now" opens the pain check
        robot.clickOn("#before-you-lift");
        waitFor(() -> showing(robot, "#" + PainWatch.GATE_ID));
        robot.clickOn("#pain-gate-check");
        waitFor(() -> shell.painCheckOpened.contains("start"));
        // a later check below SEE_PROFESSIONAL clears it: no question
        new PainCheckHistory(services.store()).add(Checks.at("pc-2", Instant.parse("2026-04-12T10:30:00Z"), Level.SELF_CARE_DOMS, 2, null));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.clickOn("#before-you-lift");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#" + PainWatch.GATE_ID)).isFalse();
    }

}

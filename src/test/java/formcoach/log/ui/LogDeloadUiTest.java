package formcoach.log.ui;

import formcoach.app.AppServices;
import formcoach.beforeyoulift.Checks;
import formcoach.beforeyoulift.ui.LinksShell;
import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.log.SetSyntax;
import formcoach.log.WeightUnit;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import static formcoach.beforeyoulift.ui.LinksShell.showing;
import static formcoach.beforeyoulift.ui.LinksShell.text;
import static formcoach.beforeyoulift.ui.LinksShell.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The Log section's entry suggests lighter sets for the one exercise that hurt while a sore spell is on. */
@ExtendWith(ApplicationExtension.class)
class LogDeloadUiTest {
    static final Clock CLOCK = LinksShell.MONDAY;
    private LinksShell shell;
    private AppServices services;
    private Library library;
    private LogSection log;

    @Start
    void start(Stage stage) throws Exception {
        shell = LinksShell.inNewFolder("formcoach-logdeload", CLOCK, stage);
        services = shell.services;
        library = shell.library();
    }

    /** Builds the window once the data folder holds what the test needs. */
    private void window(FxRobot robot) throws Exception {
        log = shell.showLogAndLibrary(robot, true).log();
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theLogEntrySuggestsLighterSetsForTheLiftThatHurt(FxRobot robot) throws Exception {
        LogBook book = LogBook.open(services.store(), CLOCK, library.all());
        book.addSets(LocalDateTime.of(2026, 4, 12, 9, 0), library.find("barbell-bent-over-row").orElseThrow(),
                SetSyntax.parse("10x40 w, 3x8x60", WeightUnit.KG), true);
        new PainCheckHistory(services.store()).add(Checks.at("pc-1", Instant.parse("2026-04-12T20:00:00Z"), Level.SELF_CARE_DOMS, 4, null));
        window(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitFor(() -> log.model().book() != null && log.links.suggestion().isPresent());
        waitFor(() -> log.entry.exerciseField.isFocused());
        robot.write("face pull").type(KeyCode.ENTER);
        waitFor(() -> log.entry.setsField.isFocused());
        assertThat(showing(robot, "#" + LogLinks.DELOAD_ID)).as("only for the lift that hurt").isFalse();
        robot.clickOn("#log-exercise").write("bentover rwo").type(KeyCode.ENTER);
        waitFor(() -> showing(robot, "#" + LogLinks.DELOAD_ID));
        assertThat(text(robot, "#" + LogLinks.DELOAD_ID)).startsWith(
                "Lighter sets for the Barbell bent-over row until a re-check clears it: 2 sets of 8 at 40 kg (last time 3 × 8 at 60 kg).")
                .contains("this was the last lift you logged before it");
    }
}

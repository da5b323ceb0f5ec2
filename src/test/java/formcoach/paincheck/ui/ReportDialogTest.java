package formcoach.paincheck.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The "who is the summary about?" step: filled in from the settings, optional, and a wrong date is named. */
@ExtendWith(ApplicationExtension.class)
class ReportDialogTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Start
    void start(Stage stage) {
    }

    @Test
    void theFieldsStartWithWhatIsKeptAndBothMayBeLeftEmpty(FxRobot robot) {
        robot.interact(() -> {
            ReportDialog.PersonForm f = new ReportDialog.PersonForm("Łukasz Żółć", LocalDate.of(1990, 5, 12), () -> TODAY);
            assertThat(f.name.getText()).isEqualTo("Łukasz Żółć");
            assertThat(f.birthDate.getValue()).isEqualTo(LocalDate.of(1990, 5, 12));
            assertThat(f.check()).isNull();
            f.name.setText("   ");
            f.birthDate.setValue(null);
            f.birthDate.getEditor().setText("");
            assertThat(f.check()).isNull();
            assertThat(f.nameOrNull()).isNull();
        });
    }

    @Test
    void aDateOfBirthInTheFutureOrNotADateOrAnOverlongNameIsNamed(FxRobot robot) {
        robot.interact(() -> {
            ReportDialog.PersonForm f = new ReportDialog.PersonForm(null, null, () -> TODAY);
            f.birthDate.setValue(LocalDate.of(2027, 1, 1));
            assertThat(f.check()).isEqualTo("The date of birth 1 Jan 2027 is in the future. Check the year, or leave it empty.");
            f.birthDate.setValue(LocalDate.of(1850, 1, 1));
            assertThat(f.check()).contains("more than 130 years ago");
            f.birthDate.setValue(null);
            f.birthDate.getEditor().setText("31/31/1990");
            assertThat(f.check()).startsWith("The date of birth \u201c31/31/1990\u201d is not a date.");
            f.birthDate.getEditor().setText("");
            f.name.setText("x".repeat(121));
            assertThat(f.check()).contains("longer than 120 characters");
        });
    }

    @Test
    void pictureOfTheStepInBothThemes(FxRobot robot) throws Exception {
        for (String theme : java.util.List.of("light", "dark")) {
            robot.interact(() -> {
                ReportDialog.PersonForm f = new ReportDialog.PersonForm("Αλέξανδρος Παπαδόπουλος", null, () -> TODAY);
                f.birthDate.setValue(LocalDate.of(2027, 1, 1));
                f.problem.setText(f.check());
                javafx.scene.control.DialogPane pane = new javafx.scene.control.DialogPane();
                pane.setHeaderText("Who is the summary about?");
                pane.setContent(f.root);
                pane.getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
                javafx.scene.Scene scene = new javafx.scene.Scene(pane, 520, 300);
                formcoach.app.Themes.apply(theme, null);
                try {
                    formcoach.ui.Snapshots.write(pane, "report-person-step-" + theme);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(scene.getRoot()).isSameAs(pane);
            });
        }
    }
}

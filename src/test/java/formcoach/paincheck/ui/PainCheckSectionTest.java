package formcoach.paincheck.ui;

import formcoach.app.Themes;
import formcoach.paincheck.Advice;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.Questionnaire;
import formcoach.paincheck.RulesLoader;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The pain check end to end in a window: keyboard paths, the emergency stop, editing, re-checks, the form link and the PDF. */
@ExtendWith(ApplicationExtension.class)
class PainCheckSectionTest {
    static final Instant NOW = PainCheckInteractorTest.NOW;

    @TempDir
    Path dir;
    Stage stage;
    TestContext ctx;
    PainCheckSection section;
    Path pdf;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void context() {
        ctx = new TestContext(dir.resolve("data"), NOW);
        pdf = dir.resolve("out").resolve("report.pdf");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    void mount(FxRobot robot, PainCheckLinks links, Supplier<PainChecker> checker) throws Exception {
        Files.createDirectories(pdf.getParent());
        section = new PainCheckSection(ctx, links, checker, (owner, name) -> Optional.of(pdf));
        robot.interact(() -> {
            Themes.apply("light", null);
            stage.setScene(new Scene((Region) section.view(), 900, 700));
            stage.show();
            section.shown();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> page() != Page.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Page page() {
        return section.controller().model().page();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    List<PainCheckRecord> saved() throws StoreException {
        return new PainCheckHistory(ctx.store).list();
    }

    void type(FxRobot robot, KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
        }
    }

    @Test
    void sorenessPathByKeyboardEndsInSelfCareAndIsSaved(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        assertThat(page()).isEqualTo(Page.START);
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#question-text")).contains("chest pain");
        for (int i = 0; i < 16; i++) {
            type(robot, KeyCode.N);
        }
        assertThat(text(robot, "#question-text")).startsWith("How many hours after the session");
        type(robot, KeyCode.DIGIT4, KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.Y, KeyCode.Y, KeyCode.N, KeyCode.N, KeyCode.N, KeyCode.N);
        assertThat(text(robot, "#question-text")).startsWith("How bad is the pain");
        type(robot, KeyCode.DIGIT3);
        assertThat(text(robot, "#scale-words")).startsWith("3 out of 10 · Mild");
        type(robot, KeyCode.ENTER, KeyCode.DIGIT2, KeyCode.Y, KeyCode.N);
        assertThat(text(robot, "#question-text")).isEqualTo("Where does it hurt most?");
        type(robot, KeyCode.DIGIT1);
        assertThat(page()).isEqualTo(Page.SUMMARY);
        assertThat(text(robot, "#summary-answer-feels-like")).isEqualTo("Aching");
        assertThat(text(robot, "#summary-answer-severity")).startsWith("3/10");
        assertThat(text(robot, "#summary-answer-area")).isEqualTo("Neck / top of the traps");
        type(robot, KeyCode.ENTER);

        assertThat(page()).isEqualTo(Page.RESULT);
        assertThat(text(robot, "#result-headline")).isEqualTo("Look after it yourself: normal soreness");
        assertThat(robot.lookup("#result-safety-net").queryAs(Node.class)).isNotNull();
        assertThat(text(robot, "#result-notice")).contains("not a diagnosis");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().size() == 1);
        PainCheckRecord rec = saved().get(0);
        assertThat(rec.level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(rec.area()).isEqualTo("neck-traps");
        assertThat(rec.facts().severity()).isEqualTo(3);
        assertThat(rec.facts().onsetHours()).isEqualTo(24.0);
        assertThat(rec.notAsked()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Saved to your history.".equals(text(robot, "#save-status")));
    }

    @Test
    void firstRedFlagYesGoesStraightToTheEmergencyScreenWithTheNumberFromSettings(FxRobot robot) throws Exception {
        ctx.updateSettings(s -> s.withRegion("US"));
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        type(robot, KeyCode.ENTER, KeyCode.Y);
        assertThat(page()).isEqualTo(Page.EMERGENCY);
        assertThat(text(robot, "#emergency-call")).isEqualTo("Call 911 now");
        assertThat(robot.lookup("#question-text").tryQuery()).isEmpty();
        assertThat(robot.lookup("#emergency-reasons").queryAs(Node.class)).isNotNull();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().size() == 1);
        assertThat(saved().get(0).level()).isEqualTo(Level.EMERGENCY);
        assertThat(saved().get(0).notAsked()).contains("severity").doesNotContain("chestPainOrPressure");
        // more keys do nothing here: no question is asked after an emergency answer
        type(robot, KeyCode.N, KeyCode.DIGIT1);
        assertThat(page()).isEqualTo(Page.EMERGENCY);
    }

    @Test
    void anEarlierAnswerCanBeChangedFromTheQuestionsAndFromTheSummary(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        type(robot, KeyCode.ENTER, KeyCode.N, KeyCode.N, KeyCode.N);
        robot.clickOn("#change-answer");
        assertThat(page()).isEqualTo(Page.SUMMARY);
        assertThat(section.controller().model().summary()).hasSize(3);
        robot.clickOn("#resume-questions");
        assertThat(text(robot, "#question-text")).startsWith("Along with the pain");

        PainCheckInteractor i = section.controller().interactor();
        robot.interact(() -> PainCheckInteractorTest.walk(i, section.controller().model(), "", null, "lower-back"));
        assertThat(page()).isEqualTo(Page.SUMMARY);
        // far down a long list: fired rather than scrolled to and clicked
        robot.interact(() -> robot.lookup("#edit-feels-like").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(robot.lookup("#answer-aching").queryAs(ToggleButton.class).isSelected()).isTrue();
        type(robot, KeyCode.DIGIT3);
        assertThat(page()).isEqualTo(Page.SUMMARY);
        assertThat(text(robot, "#summary-answer-feels-like")).isEqualTo("Sharp");
        assertThat(text(robot, "#summary-answer-chest-pain")).isEqualTo("No");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#result-headline")).isEqualTo("Look after it yourself: possible mild strain");
    }

    @Test
    void aDueRecheckIsOfferedFirstAndStartsWithTheLastAnswers(FxRobot robot) throws Exception {
        Instant first = NOW.minus(Duration.ofHours(49));
        new PainCheckHistory(new JsonStore(dir.resolve("data"), ctx.clock)).add(PainCheckInteractorTest.calmFacts(),
                PainChecker.load().check(PainCheckInteractorTest.calmFacts(), PainChecker.load().region("GB")), first, "neck-traps", null, List.of());
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        assertThat(robot.lookup("#recheck-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(text(robot, "#recheck-banner-text")).isEqualTo("It's been 48 hours since your check on Sun: how is it now?");
        robot.clickOn("#recheck-start");
        assertThat(robot.lookup("#answer-false").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#question-context")).contains("from last time");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#question-text")).startsWith("Since the session, are you short of breath");

        // left unfinished, so a day later the next re-check is the one offered
        robot.interact(() -> section.controller().interactor().done());
        ctx.clock.set(NOW.plus(Duration.ofHours(30)));
        robot.interact(() -> section.shown());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "It's been 72 hours since your check on Sun: how is it now?".equals(text(robot, "#recheck-banner-text")));
    }

    @Test
    void theResultLinksToFormAfterTheTriageAndSavesAPdfWithTheAnswers(FxRobot robot) throws Exception {
        mount(robot, PainCheckSnapshotsTest.pullDayLinks(NOW), PainChecker::load);
        PainCheckInteractor i = section.controller().interactor();
        robot.interact(() -> {
            i.start(false);
            PainCheckInteractorTest.walk(i, section.controller().model(), "", null, "neck-traps");
        });
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#form-sessions")).isEqualTo("Before this you did: Barbell bent-over row, Lat pull-down (26 hours ago).");
        assertThat(text(robot, "#form-hint")).contains("shrugging");
        // the form hint comes after every part of the triage
        List<Node> parts = robot.lookup("#result-page").queryAs(javafx.scene.layout.VBox.class).getChildrenUnmodifiable();
        int hint = parts.indexOf(robot.lookup("#form-link").query());
        assertThat(hint).isGreaterThan(parts.indexOf(robot.lookup("#result-safety-net").query()))
                .isGreaterThan(parts.indexOf(robot.lookup("#result-notice").query()));
        assertThat(parts.indexOf(robot.lookup("#result-head").query())).isZero();
        // below the fold of a long result page: fired rather than scrolled to
        robot.interact(() -> robot.lookup("#form-open-exercise").queryAs(javafx.scene.control.ButtonBase.class).fire());
        assertThat(ctx.navigation).containsExactly("exercise:barbell-row");

        robot.interact(() -> robot.lookup("#save-pdf").queryAs(javafx.scene.control.ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#report-status").startsWith("Saved the PDF to"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("Feels: aching").contains("Worst pain now: 3/10").contains("You said you do not have")
                    .contains("chest pain").contains("Pull day").contains("where it hurts: Neck / top of the traps");
        }
    }

    @Test
    void aCheckerWithBrokenFilesSaysItCannotRunAndShowsTheNumber(FxRobot robot) throws Exception {
        Supplier<PainChecker> broken = () -> PainChecker.of(RulesLoader.loadAsset(),
                new Advice.Load(null, List.of("assets/paincheck/advice.json: actions.URGENT: missing text")), Questionnaire.loadAsset());
        mount(robot, PainCheckLinks.none(), broken);
        assertThat(page()).isEqualTo(Page.UNAVAILABLE);
        assertThat(robot.lookup("#checker-problems .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("assets/paincheck/advice.json: actions.URGENT: missing text");
        assertThat(robot.lookup(".call-now").queryAs(Label.class).getText()).isEqualTo("If you think you need urgent help, call 999 now.");
        assertThat(robot.lookup("#start-check").tryQuery()).isEmpty();
    }

    @Test
    void aFailedSaveIsANoticeAndTheResultStillShows(FxRobot robot) throws Exception {
        Files.createDirectories(dir);
        Path notADir = Files.writeString(dir.resolve("data-is-a-file"), "x");
        ctx = new TestContext(notADir, NOW);
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        type(robot, KeyCode.ENTER, KeyCode.Y);
        assertThat(page()).isEqualTo(Page.EMERGENCY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#save-status").startsWith("This check could not be saved"));
        robot.interact(() -> assertThat(ctx.notices.items()).anyMatch(n -> n.text().startsWith("A pain check could not be saved")));
        assertThat(text(robot, "#emergency-call")).isEqualTo("Call 999 now");
    }

    @Test
    void theRegionIsCheckedAndSaved(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        javafx.scene.control.TextField field = robot.lookup("#emergency-number").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText("UK"));
        robot.clickOn("#save-number");
        assertThat(text(robot, "#number-problem")).contains("two-letter code");
        assertThat(ctx.settings().region()).isEqualTo("GB");
        robot.interact(() -> field.setText("fr"));
        robot.clickOn("#save-number");
        assertThat(ctx.settings().region()).isEqualTo("FR");
        assertThat(robot.lookup("#number-problem").queryAs(Node.class).isVisible()).isFalse();
        assertThat(text(robot, "#start-notice")).contains("call 112 now");
    }
}

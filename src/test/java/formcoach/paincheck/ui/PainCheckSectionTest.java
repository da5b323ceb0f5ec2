package formcoach.paincheck.ui;

import formcoach.app.Themes;
import formcoach.paincheck.Advice;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.QuestionnaireSession.Answer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The pain check end to end in a window: the keyboard path and its screen count, the emergency stop, re-checks, editing, the region, the PDF. */
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

    /** Each page shown from the first question to the result, by name (a question page by its id). */
    List<String> screens = new ArrayList<>();

    void countScreens(FxRobot robot) {
        PainCheckModel m = section.controller().model();
        robot.interact(() -> {
            m.pageProperty().addListener((o, a, p) -> {
                if (p == Page.SUMMARY || p == Page.RESULT || p == Page.EMERGENCY) {
                    screens.add(p.name());
                } else if (p == Page.QUESTION) {
                    screens.add(m.questionProperty().get().id());
                }
            });
            m.questionProperty().addListener((o, a, q) -> {
                if (m.page() == Page.QUESTION && q != null && (a == null || !a.id().equals(q.id()))) {
                    screens.add(q.id());
                }
            });
        });
    }

    @Test
    void theSorenessPathByKeyboardTakesAtMostTwelveScreensAndUnderAMinute(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        countScreens(robot);
        assertThat(page()).isEqualTo(Page.START);
        long t0 = System.nanoTime();
        int keys = 0;
        type(robot, KeyCode.ENTER);
        keys++;
        assertThat(text(robot, "#page-title")).isEqualTo("Heart, lungs and circulation");
        for (int page = 0; page < 4; page++) {
            // "None of these" is chosen, then Next: two keys a page
            type(robot, KeyCode.DIGIT0, KeyCode.ENTER);
            keys += 2;
        }
        assertThat(text(robot, "#item-text-onsetHours")).startsWith("How many hours after the session");
        type(robot, KeyCode.DIGIT4, KeyCode.ENTER);               // the next day
        type(robot, KeyCode.DIGIT2, KeyCode.ENTER);               // aching
        type(robot, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.ENTER); // spread out; neck and traps
        type(robot, KeyCode.Y, KeyCode.Y, KeyCode.N, KeyCode.N, KeyCode.N, KeyCode.ENTER);
        assertThat(text(robot, "#item-text-severity")).startsWith("How bad is the pain");
        type(robot, KeyCode.DIGIT3);
        assertThat(text(robot, "#scale-words")).startsWith("3 out of 10 · Mild");
        type(robot, KeyCode.ENTER);
        type(robot, KeyCode.DIGIT2, KeyCode.Y, KeyCode.N, KeyCode.ENTER); // yesterday; better; not stopping daily life
        keys += 2 + 2 + 3 + 6 + 2 + 4;
        assertThat(page()).isEqualTo(Page.SUMMARY);
        assertThat(text(robot, "#summary-answer-feels-like")).isEqualTo("Aching");
        assertThat(text(robot, "#summary-answer-severity")).startsWith("3/10");
        assertThat(text(robot, "#summary-answer-where")).isEqualTo("Spread over a muscle group · Neck / top of the traps");
        assertThat(text(robot, "#summary-answer-heart-and-lungs")).isEqualTo("None of these");
        type(robot, KeyCode.ENTER);
        keys++;
        long took = System.nanoTime() - t0;

        assertThat(page()).isEqualTo(Page.RESULT);
        assertThat(text(robot, "#result-headline")).isEqualTo("Look after it yourself: normal soreness");
        assertThat(screens).as("screens from the first question to the result").hasSizeLessThanOrEqualTo(12)
                .containsExactly("heart-and-lungs", "nerves", "urine-fever-swelling", "history", "onset", "feels-like", "where",
                        "behaviour", "severity", "course", "SUMMARY", "RESULT");
        assertThat(keys).isEqualTo(29);
        // a person pressing a key every two seconds finishes within a minute; the robot takes a few seconds
        assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofMinutes(1));
        System.out.printf("pain check, soreness path: %d screens, %d keys, %.1f s by the TestFX robot%n", screens.size(), keys, took / 1e9);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().size() == 1);
        PainCheckRecord rec = saved().get(0);
        assertThat(rec.level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(rec.area()).isEqualTo("neck-traps");
        assertThat(rec.facts().onsetHours()).isEqualTo(24.0);
        assertThat(rec.notAsked()).isEmpty();
    }

    @Test
    void anEmergencySignGoesStraightToTheEmergencyScreenWithTheRegionsNumber(FxRobot robot) throws Exception {
        ctx.updateSettings(s -> s.withRegion("AU"));
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        countScreens(robot);
        type(robot, KeyCode.ENTER, KeyCode.N, KeyCode.Y);
        assertThat(page()).isEqualTo(Page.EMERGENCY);
        assertThat(screens).containsExactly("heart-and-lungs", "EMERGENCY");
        assertThat(text(robot, "#emergency-call")).isEqualTo("Call 000 now");
        assertThat(robot.lookup("#emergency-reasons .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("arm, jaw or neck"));
        assertThat(robot.lookup("#page-title").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().size() == 1);
        assertThat(saved().get(0).level()).isEqualTo(Level.EMERGENCY);
        assertThat(saved().get(0).notAsked()).contains("shortnessOfBreath", "severity").doesNotContain("chestPainOrPressure");
        // more keys do nothing here: nothing is asked after an emergency answer
        type(robot, KeyCode.N, KeyCode.DIGIT1);
        assertThat(page()).isEqualTo(Page.EMERGENCY);
    }

    @Test
    void notSureSaysOnTheSpotThatItCountsAsYes(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        type(robot, KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#answer-calfSwellingOrPain-not-sure").queryAs(ToggleButton.class).fire());
        assertThat(page()).isEqualTo(Page.QUESTION);
        assertThat(robot.lookup("#note-calfSwellingOrPain").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#note-calfSwellingOrPain")).startsWith("Counted as yes");
        assertThat(robot.lookup("#answer-calfSwellingOrPain-not-sure").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#question-next").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
    }

    @Test
    void aReCheckStartsWithEveryRedFlagUnansweredAndMarksWhatItCarriesOver(FxRobot robot) throws Exception {
        Instant first = NOW.minus(Duration.ofHours(49));
        PainChecker c = PainChecker.load();
        formcoach.paincheck.Facts before = PainCheckInteractorTest.calmFacts().with(formcoach.paincheck.FactKey.WORSE_AT_NIGHT, true);
        new PainCheckHistory(new JsonStore(dir.resolve("data"), ctx.clock)).add(before, c.check(before, c.region("GB")), first,
                "neck-traps", null, List.of());
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        assertThat(robot.lookup("#recheck-banner").queryAs(Node.class).isVisible()).isTrue();
        robot.clickOn("#recheck-start");
        assertThat(page()).isEqualTo(Page.QUESTION);
        assertThat(text(robot, "#page-title")).isEqualTo("Heart, lungs and circulation");
        for (int p = 0; p < 4; p++) {
            assertThat(robot.lookup(".flag-item").queryAll()).isNotEmpty();
            assertThat(robot.lookup(".answer-option").queryAllAs(ToggleButton.class)).as("page %d", p + 1).noneMatch(ToggleButton::isSelected);
            assertThat(robot.lookup(".last-time-badge").queryAllAs(Label.class)).noneMatch(Node::isVisible);
            assertThat(robot.lookup("#question-next").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
            // pressing Enter again and again passes nothing
            type(robot, KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER);
            assertThat(robot.lookup(".answer-option").queryAllAs(ToggleButton.class)).noneMatch(ToggleButton::isSelected);
            type(robot, KeyCode.DIGIT0, KeyCode.ENTER);
        }
        assertThat(text(robot, "#page-title")).isEqualTo("WHEN IT STARTED");
        assertThat(robot.lookup(".last-time-badge").queryAllAs(Label.class)).anyMatch(Node::isVisible);
        assertThat(text(robot, "#last-time-line")).contains("Last time").contains("from your check on Sun");
        assertThat(robot.lookup("#answer-onsetHours-24").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void anEarlierPageCanBeChangedFromTheSummary(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        PainCheckInteractor i = section.controller().interactor();
        robot.interact(() -> {
            i.start(false);
            PainCheckInteractorTest.walk(i, section.controller().model(), Map.of());
        });
        assertThat(page()).isEqualTo(Page.SUMMARY);
        robot.interact(() -> robot.lookup("#edit-feels-like").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(robot.lookup("#answer-character-aching").queryAs(ToggleButton.class).isSelected()).isTrue();
        type(robot, KeyCode.DIGIT3, KeyCode.ENTER);
        assertThat(page()).isEqualTo(Page.SUMMARY);
        assertThat(text(robot, "#summary-answer-feels-like")).isEqualTo("Sharp");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#result-headline")).isEqualTo("Look after it yourself: possible mild strain");
    }

    @Test
    void theRegionIsPickedByCountryNameAndUsedAtOnce(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none(), PainChecker::load);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Regions.Choice> box = robot.lookup("#region-choice").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(box.getValue().name()).isEqualTo("United Kingdom");
        robot.interact(() -> box.setValue(Regions.find(box.getItems(), "US").orElseThrow()));
        assertThat(ctx.settings().region()).isEqualTo("US");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#start-notice")).contains("call 911 now");
        assertThat(text(robot, "#region-words")).contains("urgent care").doesNotContain("NHS");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#page-call-line")).contains("call 911 now");
    }

    @Test
    void theResultLinksToFormAfterTheTriageAndSavesAPdf(FxRobot robot) throws Exception {
        mount(robot, PainCheckSnapshotsTest.pullDayLinks(NOW), PainChecker::load);
        PainCheckInteractor i = section.controller().interactor();
        robot.interact(() -> {
            i.start(false);
            PainCheckInteractorTest.walk(i, section.controller().model(), Map.of());
        });
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#form-sessions")).isEqualTo("Before this you did: Barbell bent-over row, Lat pull-down (26 hours ago).");
        assertThat(text(robot, "#form-hint")).contains("shrugging");
        List<Node> parts = robot.lookup("#result-page").queryAs(javafx.scene.layout.VBox.class).getChildrenUnmodifiable();
        assertThat(parts.indexOf(robot.lookup("#form-link").query())).isGreaterThan(parts.indexOf(robot.lookup("#result-notice").query()));
        robot.interact(() -> robot.lookup("#form-open-exercise").queryAs(javafx.scene.control.ButtonBase.class).fire());
        assertThat(ctx.navigation).containsExactly("exercise:barbell-row");
        robot.interact(() -> robot.lookup("#save-pdf").queryAs(javafx.scene.control.ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#report-status").startsWith("Saved the PDF to"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Pull day");
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
}

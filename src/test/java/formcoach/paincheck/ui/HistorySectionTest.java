package formcoach.paincheck.ui;

import formcoach.app.Themes;
import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.ui.HistoryModel.Row;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** History in a window: checks and sessions by time, the chart's marker for a check outside the course, PDF export, empty state. */
@ExtendWith(ApplicationExtension.class)
class HistorySectionTest {
    static final Instant NOW = HistoryFixtures.NOW;

    @TempDir
    Path dir;
    Stage stage;
    TestContext ctx;
    HistorySection section;
    Path pdf;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void context() throws Exception {
        ctx = new TestContext(dir.resolve("data"), NOW);
        pdf = Files.createDirectories(dir.resolve("out")).resolve("range.pdf");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    void mount(FxRobot robot, PainCheckLinks links) throws Exception {
        section = new HistorySection(ctx, links, PainChecker::load, (owner, name) -> Optional.of(pdf));
        robot.interact(() -> {
            Themes.apply("light", null);
            stage.setScene(new Scene((Region) section.view(), 1100, 800));
            stage.show();
            section.shown();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> section.controller().model().stateProperty().get() != HistoryModel.State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void checksAndSessionsAreListedByTimeAndTheChartMarksACheckOutsideTheCourse(FxRobot robot) throws Exception {
        HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        List<Row> rows = section.controller().model().rows();
        assertThat(rows).extracting(Row::chip).containsExactly("Plan", "Session", "See GP/physio", "See GP/physio",
                "Soreness: self-care", "Soreness: self-care", "Plan");
        assertThat(rows.get(2).title()).isEqualTo("Soreness · 5/10");
        assertThat(rows.get(2).detail()).isEqualTo("Between the shoulder blades");
        assertThat(rows.get(1).detail()).isEqualTo("9 min");
        assertThat(robot.lookup("#history-list").queryAs(ListView.class).getSelectionModel().getSelectedItem()).isEqualTo(rows.get(2));
        assertThat(robot.lookup("#result-headline").queryAs(Labeled.class).getText()).isEqualTo("Book a GP or physio in the next few days");

        Set<Node> outside = robot.lookup(".course-point-outside").queryAll();
        Set<Node> inside = robot.lookup("#course-chart .course-point").queryAll();
        assertThat(inside).hasSize(2);
        // the legend has one diamond too; the chart's have ids
        List<Node> marked = outside.stream().filter(n -> n.getId() != null).toList();
        assertThat(marked).hasSize(2);
        Tooltip tip = (Tooltip) marked.get(0).getProperties().get("javafx.scene.control.Tooltip");
        String tips = marked.stream().map(n -> ((Tooltip) n.getProperties().get("javafx.scene.control.Tooltip")).getText())
                .reduce("", String::concat);
        assertThat(tip).isNotNull();
        assertThat(tips).contains("Outside the usual course: ").contains("Three days or more since the session and not getting better.");
        assertThat(robot.lookup("#chart-summary").queryAs(Labeled.class).getText()).isEqualTo("2 checks are outside the usual course of soreness.");

        // a click on the first point shows that check again
        robot.interact(() -> section.controller().interactor().selectCheck(rows.get(5).id()));
        assertThat(robot.lookup("#result-headline").queryAs(Labeled.class).getText()).isEqualTo("Look after it yourself: normal soreness");
    }

    @Test
    void aDateRangeExportsAPdfWithTheAnswers(FxRobot robot) throws Exception {
        HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        robot.interact(() -> {
            section.controller().model().fromProperty().set(LocalDate.of(2024, 5, 8));
            section.controller().model().toProperty().set(LocalDate.of(2024, 5, 10));
        });
        robot.clickOn("#export-range");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> section.controller().model().exportStatusProperty().get().startsWith("Saved the PDF"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("2 checks").contains("Character: aching").contains("Severity: 6/10")
                    .contains("Denies").contains("Pull day").doesNotContain("You said");
        }
        robot.interact(() -> {
            section.controller().model().fromProperty().set(LocalDate.of(2024, 5, 12));
            section.controller().model().toProperty().set(LocalDate.of(2024, 5, 11));
        });
        robot.clickOn("#export-range");
        assertThat(section.controller().model().exportStatusProperty().get()).contains("before the start date");
    }

    @Test
    void withNothingSavedHistorySaysSoAndOffersACheck(FxRobot robot) throws Exception {
        mount(robot, PainCheckLinks.none());
        assertThat(robot.lookup("#history-empty").queryAs(Labeled.class).getText()).startsWith("Your pain checks appear here");
        robot.clickOn("#history-start-check");
        assertThat(ctx.navigation).containsExactly("painCheck");
    }

    @Test
    void anEmergencyStoppedEarlyShowsOnlyItsOwnReasons(FxRobot robot) throws Exception {
        PainChecker c = PainChecker.load();
        Facts f = HistoryFixtures.calmFacts().with(FactKey.CHEST_PAIN_OR_PRESSURE, true);
        new PainCheckHistory(ctx.store).add(f, c.check(f, c.region("GB")), NOW.minus(Duration.ofHours(1)), null, null, List.of("severity", "darkUrine"));
        mount(robot, PainCheckLinks.none());
        assertThat(section.controller().model().rows().get(0).title()).isEqualTo("Stopped at an emergency answer");
        assertThat(section.controller().model().detailProperty().get().reasons()).hasSize(1)
                .allMatch(r -> r.toLowerCase().contains("chest"));
    }

    /** In a narrow window a row's text that does not fit ends in "…" and is whole on hover and to screen readers. */
    @Test
    void cutRowTextsShowWholeOnHoverAndToScreenReaders(FxRobot robot) throws Exception {
        PainChecker c = PainChecker.load();
        Facts f = HistoryFixtures.calmFacts().with(FactKey.CHEST_PAIN_OR_PRESSURE, true);
        new PainCheckHistory(ctx.store).add(f, c.check(f, c.region("GB")), NOW.minus(Duration.ofHours(1)), "between-shoulder-blades",
                "After the upper-back warm-up and the pull day with rows", List.of("severity", "darkUrine"));
        mount(robot, PainCheckLinks.none());
        Row row = section.controller().model().rows().get(0);
        assertThat(row.title()).isEqualTo("Stopped at an emergency answer");
        // as narrow as the list gets in a small window beside a wide result
        robot.interact(() -> {
            ListView<?> list = robot.lookup("#history-list").queryAs(ListView.class);
            ((Region) list.getParent()).setMinWidth(0);
            ((Region) list.getParent()).setPrefWidth(190);
            ((Region) list.getParent()).setMaxWidth(190);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#row-title-" + row.id(), "#row-detail-" + row.id())) {
            Labeled l = robot.lookup(id).queryAs(Labeled.class);
            String whole = id.startsWith("#row-title") ? row.title() : row.detail();
            assertThat(l.getText()).isEqualTo(whole);
            assertThat(formcoach.ui.FullText.isCut(l)).as("%s is cut: %s", id, formcoach.ui.FullText.shown(l)).isTrue();
            assertThat(formcoach.ui.FullText.shown(l)).endsWith("\u2026");
            assertThat(l.getTooltip()).as(id).isNotNull();
            assertThat(l.getTooltip().getText()).isEqualTo(whole);
            assertThat(l.getAccessibleText()).isEqualTo(whole);
        }
    }

    static boolean struckThrough(FxRobot robot, String rowId) {
        Node box = robot.lookup("#row-" + rowId).query();
        return box.getStyleClass().contains("mistake-row")
                && ((javafx.scene.Parent) box).lookup(".history-row-title").getStyleClass().contains("mistake");
    }

    Row rowOf(String id) {
        return section.controller().model().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    void waitForChange() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            String s = section.controller().model().changeStatusProperty().get();
            return !s.isEmpty() && !s.startsWith("Saving");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void byKeyboardACheckIsMarkedAsAMistakeStruckThroughLeftOffTheChartAndCountedAgain(FxRobot robot) throws Exception {
        List<formcoach.paincheck.PainCheckRecord> seeded = HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        String latest = seeded.get(3).id();
        assertThat(robot.lookup("#course-chart .course-point").queryAll().size()
                + robot.lookup("#course-chart .course-point-outside").queryAll().stream().filter(n -> n.getId() != null).count()).isEqualTo(4);
        robot.interact(() -> robot.lookup("#history-list").query().requestFocus());
        assertThat(section.controller().model().selectedProperty().get().id()).isEqualTo(latest);

        robot.type(javafx.scene.input.KeyCode.M);
        waitForChange();
        assertThat(rowOf(latest).mistake()).isTrue();
        assertThat(rowOf(latest).detail()).startsWith("Entered by mistake");
        assertThat(struckThrough(robot, latest)).isTrue();
        assertThat(robot.lookup("#mistake-banner").queryAs(Labeled.class).getText()).contains("left out of the chart");
        assertThat(robot.lookup("#point-" + latest).tryQuery()).isEmpty();
        assertThat(robot.lookup("#point-" + seeded.get(2).id()).tryQuery()).isPresent();
        assertThat(new PainCheckHistory(ctx.store).list()).extracting(formcoach.paincheck.PainCheckRecord::id).doesNotContain(latest);
        assertThat(new PainCheckHistory(ctx.store).find(latest)).get().extracting(formcoach.paincheck.PainCheckRecord::enteredByMistake).isEqualTo(true);
        assertThat(robot.lookup("#export-selected").queryButton().isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#history-list").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.M);
        waitForChange();
        assertThat(rowOf(latest).mistake()).isFalse();
        assertThat(struckThrough(robot, latest)).isFalse();
        assertThat(robot.lookup("#point-" + latest).tryQuery()).isPresent();
    }

    @Test
    void byKeyboardDeleteAsksFirstEscKeepsEnterDeletesAndCtrlZPutsItBack(FxRobot robot) throws Exception {
        List<formcoach.paincheck.PainCheckRecord> seeded = HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        String latest = seeded.get(3).id();
        robot.interact(() -> robot.lookup("#history-list").query().requestFocus());

        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#delete-confirm").query().isVisible()).isTrue();
        assertThat(robot.lookup("#delete-confirm-text").queryAs(Labeled.class).getText()).startsWith("Delete the check of ");
        assertThat(robot.lookup("#confirm-delete").query().isFocused()).isTrue();
        for (String theme : List.of("light", "dark")) {
            robot.interact(() -> {
                try {
                    Themes.apply(theme, null);
                    formcoach.ui.Snapshots.write(stage.getScene().getRoot(), "history-delete-confirm-" + theme);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#delete-confirm").query().isVisible()).isFalse();
        assertThat(new PainCheckHistory(ctx.store).loadAll().value()).hasSize(4);

        robot.interact(() -> robot.lookup("#history-list").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitForChange();
        assertThat(rowOf(latest)).isNull();
        assertThat(new PainCheckHistory(ctx.store).loadAll().value()).hasSize(3);
        assertThat(robot.lookup("#history-change-status").queryAs(Labeled.class).getText()).startsWith("Deleted the check of");
        assertThat(robot.lookup("#undo-change").query().isVisible()).isTrue();
        robot.interact(() -> {
            try {
                formcoach.ui.Snapshots.write(stage.getScene().getRoot(), "history-deleted-undo-dark");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        waitForChange();
        assertThat(section.controller().model().changeStatusProperty().get()).isEqualTo("Undone.");
        assertThat(rowOf(latest)).isNotNull();
        assertThat(new PainCheckHistory(ctx.store).loadAll().value()).containsExactlyElementsOf(seeded);
        assertThat(robot.lookup("#undo-change").query().isVisible()).isFalse();
    }

    /**
     * Delete then Enter typed at once (in the real window both may be queued before anything run
     * later): the question takes the keyboard at once, so Enter answers it.
     */
    @Test
    void deleteThenEnterTypedAtOnceDeletes(FxRobot robot) throws Exception {
        List<formcoach.paincheck.PainCheckRecord> seeded = HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        robot.interact(() -> robot.lookup("#history-list").query().requestFocus());
        robot.interact(() -> formcoach.ui.SceneKeys.type(stage.getScene(), javafx.scene.input.KeyCode.DELETE, javafx.scene.input.KeyCode.ENTER));
        waitForChange();
        assertThat(rowOf(seeded.get(3).id())).isNull();
        assertThat(new PainCheckHistory(ctx.store).loadAll().value()).hasSize(3);
    }

    /** Coming to the front (Ctrl+4) puts the keyboard on the list at once: Delete and Enter typed right after delete. */
    @Test
    void keysTypedRightAfterTheSectionIsShownReachTheList(FxRobot robot) throws Exception {
        List<formcoach.paincheck.PainCheckRecord> seeded = HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        robot.interact(() -> robot.lookup("#toggle-mistake").query().requestFocus());
        robot.interact(() -> {
            section.shown();
            formcoach.ui.SceneKeys.type(stage.getScene(), javafx.scene.input.KeyCode.DELETE, javafx.scene.input.KeyCode.ENTER);
        });
        waitForChange();
        assertThat(rowOf(seeded.get(3).id())).isNull();
    }

    /** No checks yet: once History has looked, the keyboard is on "Start a pain check" (it was nowhere). */
    @Test
    void withNoChecksYetTheKeyboardGoesToStartAPainCheck(FxRobot robot) throws Exception {
        // as in the window: the rail's button has the keyboard when History first comes to the front,
        // before its checks have been read
        section = new HistorySection(ctx, formcoach.paincheck.PainCheckLinks.none(), PainChecker::load, (owner, name) -> Optional.of(pdf));
        javafx.scene.control.Button rail = new javafx.scene.control.Button("History");
        robot.interact(() -> {
            Themes.apply("light", null);
            stage.setScene(new Scene(new javafx.scene.layout.HBox(rail, section.view()), 1100, 800));
            stage.show();
            rail.requestFocus();
            section.shown();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> section.controller().model().stateProperty().get() != HistoryModel.State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section.controller().model().stateProperty().get()).isEqualTo(HistoryModel.State.EMPTY);
        assertThat(robot.lookup("#history-start-check").query().isFocused()).isTrue();
    }

    @Test
    void byMouseTheButtonsMarkDeleteAfterConfirmationAndUndo(FxRobot robot) throws Exception {
        List<formcoach.paincheck.PainCheckRecord> seeded = HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        mount(robot, HistoryFixtures.pullDayLinks(NOW));
        String latest = seeded.get(3).id();
        robot.clickOn("#toggle-mistake");
        waitForChange();
        assertThat(rowOf(latest).mistake()).isTrue();
        robot.clickOn("#undo-change");
        waitForChange();
        assertThat(rowOf(latest).mistake()).isFalse();

        robot.clickOn("#delete-check");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cancel-delete");
        assertThat(new PainCheckHistory(ctx.store).loadAll().value()).hasSize(4);
        robot.clickOn("#delete-check");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#confirm-delete");
        waitForChange();
        assertThat(rowOf(latest)).isNull();
        robot.clickOn("#undo-change");
        waitForChange();
        assertThat(new PainCheckHistory(ctx.store).loadAll().value()).containsExactlyElementsOf(seeded);
    }

    @Test
    void anEarlyEmergencySaysNotAskedAndNeverZero(FxRobot robot) throws Exception {
        PainChecker c = PainChecker.load();
        Facts f = HistoryFixtures.calmFacts().with(FactKey.CHEST_PAIN_OR_PRESSURE, true).with(FactKey.SEVERITY, 0).with(FactKey.DAYS_SINCE_ONSET, 0);
        new PainCheckHistory(ctx.store).add(f, c.check(f, c.region("GB")), NOW.minus(Duration.ofHours(1)), null, null,
                List.of("severity", "daysSinceOnset", "darkUrine"));
        mount(robot, PainCheckLinks.none());
        Row row = section.controller().model().rows().get(0);
        assertThat(row.title()).isEqualTo("Stopped at an emergency answer").doesNotContain("0/10");
        assertThat(robot.lookup("#history-not-asked").queryAs(Labeled.class).getText())
                .isEqualTo("Not asked, because the check stopped at an emergency answer: how bad it is (0-10); how many days it has lasted; "
                        + "dark (tea- or cola-coloured) urine.");
        // no chart point at a severity that was never asked
        assertThat(robot.lookup("#point-" + row.id()).tryQuery()).isEmpty();
    }

    @Test
    void theNameAndDateOfBirthGivenForThePdfArePrintedAndKept(FxRobot robot) throws Exception {
        HistoryFixtures.seedHistory(new PainCheckHistory(ctx.store));
        section = new HistorySection(ctx, HistoryFixtures.pullDayLinks(NOW), PainChecker::load, new ReportDialog() {
            @Override
            public Optional<Path> ask(javafx.stage.Window owner, String name) {
                return Optional.of(pdf);
            }

            @Override
            public Optional<Request> askWithPerson(javafx.stage.Window owner, String suggested, String name, LocalDate birth) {
                return Optional.of(new Request(pdf, "Łukasz Żółć", LocalDate.of(1991, 7, 3)));
            }
        });
        robot.interact(() -> {
            Themes.apply("light", null);
            stage.setScene(new Scene((Region) section.view(), 1100, 800));
            stage.show();
            section.shown();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> section.controller().model().stateProperty().get() == HistoryModel.State.READY);
        // READY comes before the first check is selected and its detail (with the button) drawn
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-selected").tryQuery().isPresent());
        robot.clickOn("#export-selected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> section.controller().model().exportStatusProperty().get().startsWith("Saved the PDF"));
        assertThat(ctx.settings().reportName()).isEqualTo("Łukasz Żółć");
        assertThat(ctx.settings().reportBirthDate()).isEqualTo("1991-07-03");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("Name: Łukasz Żółć").contains("Date of birth: 3 July 1991");
        }
    }
}

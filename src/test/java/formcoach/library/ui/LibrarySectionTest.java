package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Category;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Favourites;
import formcoach.library.Level;
import formcoach.library.Library;
import formcoach.library.Muscle;
import formcoach.library.Equipment;
import formcoach.library.SearchFilter;
import formcoach.library.Source;
import formcoach.library.TodayPlan;
import formcoach.store.JsonStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The library section in the real shell, driven as a person would (keyboard where the keyboard is the point). */
@ExtendWith(ApplicationExtension.class)
class LibrarySectionTest {
    private static final String ROW = "barbell-bent-over-row";
    private LibraryUiHarness h;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        h = new LibraryUiHarness(null);
        h.show(stage, 1000, 720, "light");
    }

    @AfterEach
    void close() {
        h.close();
    }

    private Library lib() {
        return h.library;
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private void fire(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typoSearchOpensTheRowWhoseCuesRunAsCardsByKeyboardAndNeckTrapsPointsToShrugging(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.section.browse().searchField().isFocused()).isTrue();
        robot.write("bentover rwo");
        ListView<?> list = find(robot, "#library-results");
        assertThat(((BrowseModel.Row) list.getItems().get(0)).exercise().id()).isEqualTo(ROW);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(text(robot, "#detail-title")).isEqualTo("Barbell bent-over row");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-back").query().isFocused()).as("keyboard starts on the back link, not %s", robot.lookup("#detail-back").query().getScene().getFocusOwner()).isTrue();
        Exercise row = lib().find(ROW).orElseThrow();
        for (Fault f : Fault.values()) {
            assertThat(text(robot, "#fault-cue-" + f.name())).isEqualTo(row.fault(f).orElseThrow().cue());
        }

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
        assertThat(h.section.browse().searchField().getText()).isEqualTo("bentover rwo");

        robot.clickOn("#before-you-lift");
        robot.interact(() -> h.section.cards().model().pick(List.of(ROW, "wide-grip-lat-pulldown")));
        robot.clickOn("#show-cue-cards");
        // the warm-up question comes first
        assertThat(text(robot, "#warmup-title")).isEqualTo("Warmed up?");
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Barbell bent-over row");
        assertThat(text(robot, "#cue-line-SHRUGGING")).isEqualTo(row.fault(Fault.SHRUGGING).orElseThrow().cue());
        assertThat(text(robot, "#cue-tempo")).contains(row.tempo());
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Wide-grip lat pulldown");
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#after-title")).isEqualTo("After your sets");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Wide-grip lat pulldown");
        robot.type(KeyCode.ESCAPE);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);

        robot.interact(() -> h.section.open(ROW));
        fire(robot, "#feel-" + BodyArea.NECK_TRAPS.id());
        assertThat(text(robot, "#feel-heading")).isEqualTo("That points to shrugging");
        assertThat(text(robot, "#feel-cue")).isEqualTo(row.fault(Fault.SHRUGGING).orElseThrow().cue());
        assertThat(text(robot, "#feel-fix")).contains(row.fault(Fault.SHRUGGING).orElseThrow().fix());
    }

    @Test
    void startUpBuildsOnlyTheListAndEachOtherPageIsBuiltWhenFirstOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.section.browse().model().rows()).isNotEmpty();
        assertThat(h.section.pagesBuilt()).as("the lift page, cue cards and form cost start-up ~150 ms").isEmpty();

        robot.interact(() -> h.section.open(ROW));
        assertThat(text(robot, "#detail-title")).isEqualTo("Barbell bent-over row");
        assertThat(h.section.pagesBuilt()).containsExactly("detail");

        robot.interact(h.section::back);
        fire(robot, "#before-you-lift");
        assertThat(h.section.pagesBuilt()).containsExactly("cards", "detail");
    }

    @Test
    void filtersNarrowTheListAndTheCount(FxRobot robot) {
        int total = lib().all().size();
        assertThat(text(robot, "#library-count")).isEqualTo(total + " exercises");
        CheckComboBox<Category> cat = find(robot, "#filter-category");
        robot.interact(() -> cat.getCheckModel().check(Category.ROW));
        List<BrowseModel.Row> rows = h.section.browse().model().rows();
        int rowsOnly = lib().search("", SearchFilter.category(Category.ROW)).size();
        assertThat(rows).hasSize(rowsOnly).allMatch(r -> r.exercise().category() == Category.ROW);
        assertThat(text(robot, "#library-count")).isEqualTo(rowsOnly + " of " + total + " exercises");

        CheckComboBox<Equipment> eq = find(robot, "#filter-equipment");
        robot.interact(() -> eq.getCheckModel().check(Equipment.DUMBBELL));
        assertThat(rows).isNotEmpty().hasSizeLessThan(rowsOnly)
                .allMatch(r -> r.exercise().equipment().contains(Equipment.DUMBBELL));

        robot.interact(() -> h.section.browse().clearFilters());
        assertThat(rows).hasSize(total);
        assertThat(cat.getCheckModel().getCheckedItems()).isEmpty();
    }

    @Test
    void starIsSavedToTheStoreAndFavouritesOnlyShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> h.section.open("face-pull"));
        robot.clickOn("#detail-star");
        waitUntil(() -> Favourites.load(new JsonStore(h.dir, LibraryUiHarness.CLOCK)).value().contains("face-pull"));
        assertThat(text(robot, "#detail-star")).isEqualTo("Favourite");

        robot.type(KeyCode.BACK_SPACE);
        robot.clickOn("#favourites-only");
        assertThat(h.section.browse().model().rows()).extracting(r -> r.exercise().id()).containsExactly("face-pull");
        assertThat(h.section.browse().model().rows().get(0).favourite()).isTrue();
    }

    @Test
    void customFormShowsProblemsBesideTheFieldAndASavedExerciseJoinsTheList(FxRobot robot) throws Exception {
        robot.clickOn("#new-exercise");
        Button save = find(robot, "#form-save");
        assertThat(save.isDisabled()).isTrue();
        ExerciseFormModel m = h.section.form().model();
        robot.interact(() -> {
            m.nameProperty().set("Band row");
            m.cueProperty().set("Pull the band back to the ribs and hold it");
        });
        Label cueError = find(robot, "#form-error-cue");
        assertThat(cueError.isVisible()).isTrue();
        assertThat(cueError.getText()).contains("10 words").contains("at most 8");
        assertThat(robot.lookup("#form-error-level").queryLabeled().isVisible()).isFalse(); // untouched yet
        assertThat(text(robot, "#form-status")).isEqualTo("To save, fill in or fix: Category, Level, Equipment, Coaching cue, Primary muscles.");

        robot.interact(() -> {
            m.cueProperty().set("Elbows back, shoulders down");
            m.categoryProperty().set(Category.ROW);
            m.levelProperty().set(Level.BEGINNER);
            m.equipment().setAll(Equipment.BAND);
            m.primary().setAll(Muscle.RHOMBOIDS);
            m.tempoProperty().set("slow");
        });
        assertThat(cueError.isVisible()).isFalse();
        assertThat(text(robot, "#form-error-tempo")).contains("like 2-1-2");
        assertThat(save.isDisabled()).isTrue();
        robot.interact(() -> m.tempoProperty().set("2-1-2"));
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn(save);
        waitUntil(() -> h.section.current().kind() == LibrarySection.Kind.DETAIL);
        assertThat(text(robot, "#detail-title")).isEqualTo("Band row");
        assertThat(Files.readString(h.dir.resolve("custom-exercises.json"))).contains("\"custom-band-row\"");

        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> h.section.browse().model().queryProperty().set("band row"));
        BrowseModel.Row first = h.section.browse().model().rows().get(0);
        assertThat(first.exercise().id()).isEqualTo("custom-band-row");
        assertThat(first.exercise().source()).isEqualTo(Source.CUSTOM);
    }

    @Test
    void deletingYourOwnExerciseAsksFirst(FxRobot robot) throws Exception {
        Exercise mine = lib().saveCustom(new Exercise("", "Towel row", List.of(), Category.ROW, List.of(Equipment.BODY_ONLY),
                Level.BEGINNER, new formcoach.library.Muscles(List.of(Muscle.RHOMBOIDS), List.of()), "", "", List.of(),
                List.of(), "", "", List.of(), List.of(), Source.CUSTOM, List.of()));
        robot.interact(() -> h.section.open(mine.id()));
        robot.clickOn("#detail-delete");
        assertThat(robot.lookup("#delete-confirm").queryButton().isVisible()).isTrue();
        assertThat(lib().find(mine.id())).isPresent();
        robot.clickOn("#delete-confirm");
        waitUntil(() -> h.section.current().kind() == LibrarySection.Kind.BROWSE);
        assertThat(lib().find(mine.id())).isEmpty();
    }

    @Test
    void importReportsItsCountsAndAMalformedFileIsRefusedNamingRecordAndField(FxRobot robot) throws Exception {
        Path good = h.dir.resolve("fedb-small.json");
        Files.copy(Path.of("src/test/resources/library-fixtures/import/fedb-small.json"), good);
        h.files.answers.add(good);
        MenuButton io = find(robot, "#import-export");
        robot.interact(() -> io.getItems().get(0).fire());
        waitUntil(() -> text(robot, "#library-banner-title").startsWith("Imported"));
        assertThat(text(robot, "#library-banner-title")).isEqualTo("Imported fedb-small.json: 5 added, 0 updated, 0 skipped.");
        Exercise imported = h.section.browse().model().rows().stream().map(BrowseModel.Row::exercise)
                .filter(e -> e.source() == Source.FREE_EXERCISE_DB && e.faults().isEmpty() && e.cue().isBlank())
                .findFirst().orElseThrow();
        robot.interact(() -> h.section.open(imported.id()));
        assertThat(text(robot, "#detail-title")).isEqualTo(imported.name());
        assertThat(robot.lookup("#detail-cue").tryQuery()).isEmpty(); // fields it lacks are left out, not shown blank
        assertThat(robot.lookup("#fault-cards").tryQuery()).isEmpty();
        robot.interact(() -> h.section.back());
        String stored = Files.readString(h.dir.resolve("imported-exercises.json"));

        Path bad = h.dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replaceFirst("\"level\": \"beginner\"", "\"level\": 5"));
        assertThat(Files.readString(bad)).isNotEqualTo(Files.readString(good));
        h.files.answers.add(bad);
        robot.interact(() -> io.getItems().get(0).fire());
        waitUntil(() -> text(robot, "#library-banner-title").equals("Nothing was imported."));
        assertThat(text(robot, "#library-banner-detail")).contains("bad.json").contains("[1]").contains("level");
        assertThat(Files.readString(h.dir.resolve("imported-exercises.json"))).isEqualTo(stored);
    }

    @Test
    void exportWritesTheWholeLibraryOrOnlyYourOwn(FxRobot robot) throws Exception {
        Path all = h.dir.resolve("all.json");
        h.files.answers.add(all);
        MenuButton io = find(robot, "#import-export");
        assertThat(io.getItems().get(3).isDisable()).isTrue(); // nothing of yours to export yet
        robot.interact(() -> io.getItems().get(2).fire());
        waitUntil(() -> Files.exists(all) && text(robot, "#library-banner-title").startsWith("Exported"));
        assertThat(text(robot, "#library-banner-title")).isEqualTo("Exported " + lib().all().size() + " exercises to " + all + ".");
        assertThat(Files.readString(all)).contains("\"formcoach-exercises\"").contains("\"barbell-bent-over-row\"");
    }

    @Test
    void aLibraryThatCannotLoadSaysSoInTheListAndAsANotice(FxRobot robot) throws Exception {
        LibraryUiHarness broken = new LibraryUiHarness(CompletableFuture.failedFuture(
                new formcoach.store.StoreException("exercises.json could not be read")));
        try {
            robot.interact(() -> broken.show(stage, 1000, 720, "light"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#library-placeholder .label").queryLabeled().getText())
                    .startsWith("The exercise library could not be loaded: exercises.json could not be read.")
                    .endsWith("Nothing stored was changed; start Form Coach again to retry.");
            assertThat(broken.services.notices().items()).anyMatch(n -> n.text().contains("could not be loaded"));
        } finally {
            broken.close();
        }
    }

    @Test
    void regressionLinkOpensTheEasierExerciseAndBackReturns(FxRobot robot) {
        robot.interact(() -> h.section.open(ROW));
        String target = lib().find(ROW).orElseThrow().fault(Fault.SHRUGGING).orElseThrow().regression();
        fire(robot, "#regression-SHRUGGING");
        assertThat(text(robot, "#detail-title")).isEqualTo(lib().find(target).orElseThrow().name());
        robot.type(KeyCode.BACK_SPACE);
        assertThat(text(robot, "#detail-title")).isEqualTo("Barbell bent-over row");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
    }

    @Test
    void navigatorOpensAnExercisePage(FxRobot robot) {
        robot.interact(() -> h.window.showSection("timer"));
        robot.interact(() -> h.services.navigator().openExercise("face-pull"));
        assertThat(h.window.current().id()).isEqualTo("library");
        assertThat(text(robot, "#detail-title")).isEqualTo("Face pull");
    }

    @Test
    void viewShowsAtOnceWhileLoadingAndOpensAnExerciseAskedForMeanwhile(FxRobot robot) throws Exception {
        CompletableFuture<Library> later = new CompletableFuture<>();
        LibraryUiHarness slow = new LibraryUiHarness(later);
        try {
            robot.interact(() -> slow.show(stage, 1000, 720, "light"));
            assertThat(robot.lookup("Loading exercises…").tryQuery()).isPresent();
            assertThat(robot.lookup("#new-exercise").queryButton().isDisabled()).isTrue();
            robot.interact(() -> slow.section.open("chin-up"));
            later.complete(LibraryUiHarness.loadLibrary(slow.services.store()));
            waitUntil(() -> slow.section.current().kind() == LibrarySection.Kind.DETAIL);
            assertThat(text(robot, "#detail-title")).isEqualTo("Chin-up");
        } finally {
            slow.close();
        }
    }

    @Test
    void everyCardAnswersSpaceArrowsAndEscEvenAfterAButtonWasPressedByKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#before-you-lift");
        robot.interact(() -> h.section.cards().model().pick(List.of(ROW, "pull-up")));
        robot.clickOn("#show-cue-cards");
        assertThat(text(robot, "#warmup-title")).isEqualTo("Warmed up?");
        // Tab to "Yes, I've warmed up" and press it with Space: on to the first lift, and the keys still work
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#warmup-yes").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Barbell bent-over row");
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Pull-up");
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#after-title")).isEqualTo("After your sets");
        assertThat(text(robot, "#cue-keys")).isEqualTo("\u2190 back  ·  Esc leave");
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#after-title")).isEqualTo("After your sets");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Pull-up");
        robot.type(KeyCode.ESCAPE);
        assertThat(h.section.current().kind()).isEqualTo(LibrarySection.Kind.BROWSE);
    }

    @Test
    void warmUpCardSavesTodaysPlanAndStartsTheWarmUpRoutine(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now(LibraryUiHarness.CLOCK);
        lib().savePlan(new TodayPlan(today, List.of("pull-up"), false));
        robot.clickOn("#before-you-lift");
        waitUntil(() -> !h.section.cards().model().picked().isEmpty());
        assertThat(h.section.cards().model().picked()).containsExactly("pull-up");
        robot.interact(() -> h.section.cards().model().togglePick(ROW));
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#warmup-title")).isEqualTo("Warmed up?");
        fire(robot, "#warmup-yes");
        waitUntil(() -> lib().plan(today).map(TodayPlan::warmUpDone).orElse(false));
        assertThat(lib().plan(today).orElseThrow().exerciseIds()).containsExactly("pull-up", ROW);
        assertThat(text(robot, "#cue-card-title")).isEqualTo("Pull-up");
        robot.type(KeyCode.RIGHT, 2);
        fire(robot, "#feel-lift-" + ROW);
        fire(robot, "#feel-" + BodyArea.LOWER_BACK.id());
        assertThat(text(robot, "#feel-heading")).isEqualTo("That points to rounding");
        robot.type(KeyCode.LEFT, 3);
        assertThat(text(robot, "#warmup-noted")).isEqualTo("Warm-up noted for today. Lift well.");
        fire(robot, "#warmup-start");
        assertThat(h.timer.opened).containsExactly(CueCardsController.WARM_UP_ROUTINE);
    }
}

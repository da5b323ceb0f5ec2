package formcoach.log.ui;

import formcoach.app.App;
import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.log.MuscleGroup;
import formcoach.log.Session;
import formcoach.log.TrainingLog;
import formcoach.store.JsonStore;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The Log section in the real shell: entry by keyboard, undo, and the review of imported names. */
@ExtendWith(ApplicationExtension.class)
class LogSectionTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-08T17:00:00Z"), ZoneOffset.UTC);
    private Path dir;
    private AppServices services;
    private LogSection section;
    private final Deque<Path> files = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("formcoach-logui");
        services = new AppServices(new JsonStore(dir, CLOCK), CLOCK);
        services.loadSettings();
        Library library = Library.load(services.store());
        section = new LogSection(services, CompletableFuture.completedFuture(library), w -> Optional.ofNullable(files.poll()));
        MainWindow window = new MainWindow(services, List.of(section));
        Scene scene = new Scene(window.root(), 1100, 760);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
        Themes.apply("light", window.root());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Session> stored() {
        try {
            return TrainingLog.load(new JsonStore(dir, CLOCK), CLOCK).sessions();
        } catch (formcoach.store.StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSessionIsEnteredByKeyboardAlone(FxRobot robot) throws Exception {
        waitFor(() -> section.model().book() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitFor(() -> section.entry.exerciseField.isFocused());
        robot.write("bentover rwo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section.entry.hits.getItems()).isNotEmpty();
        assertThat(section.entry.hits.getItems().get(0).id()).isEqualTo("barbell-bent-over-row");
        robot.type(KeyCode.ENTER);
        waitFor(() -> section.entry.setsField.isFocused());
        assertThat(section.entry.picked.getText()).isEqualTo("Barbell bent-over row");
        robot.write("10x40 w, 8x60, 8x60 rir2").type(KeyCode.ENTER);
        waitFor(() -> section.entry.dayList.getItems().size() == 3);
        assertThat(stored()).hasSize(1);
        assertThat(stored().get(0).workingSets()).isEqualTo(2);

        // one key repeats the last set
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitFor(() -> section.entry.dayList.getItems().size() == 4);
        assertThat(section.entry.dayList.getItems().get(3).value().rir()).isEqualTo(2);

        // a bad set is refused with a message and nothing saved
        robot.write("8xx").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-message").queryAs(Label.class).getText()).contains("is not a set");
        assertThat(stored().get(0).setCount()).isEqualTo(4);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);

        // a second exercise: pull-ups at bodyweight, found through the list with ↓
        robot.clickOn("#log-exercise").write("pull up");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> section.entry.setsField.isFocused());
        robot.write("3x10@bw").type(KeyCode.ENTER);
        waitFor(() -> section.entry.dayList.getItems().size() == 7);

        // edit the second set in the list, then delete the first, then undo the delete
        robot.clickOn("#log-day");
        robot.interact(() -> section.entry.dayList.getSelectionModel().select(1));
        robot.type(KeyCode.ENTER);
        waitFor(() -> section.entry.setsField.isFocused());
        robot.write("8x62.5 shrug").type(KeyCode.ENTER);
        waitFor(() -> stored().get(0).exercises().get(0).sets().get(1).load() == 62.5);
        assertThat(stored().get(0).exercises().get(0).sets().get(1).fault()).isNotNull();
        robot.clickOn("#log-day");
        robot.interact(() -> section.entry.dayList.getSelectionModel().select(0));
        robot.type(KeyCode.DELETE);
        waitFor(() -> section.entry.dayList.getItems().size() == 6);
        assertThat(stored().get(0).setCount()).isEqualTo(6);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> section.entry.dayList.getItems().size() == 7);
        assertThat(stored().get(0).setCount()).isEqualTo(7);
        assertThat(stored().get(0).exercises().get(0).sets().get(0).isWorking()).isFalse();
    }

    @Test
    void theReviewTableMapsAndKeepsNamesByKeyboard(FxRobot robot) throws Exception {
        waitFor(() -> section.model().book() != null);
        Path export = dir.resolve("workout_data.csv");
        Files.copy(Path.of(getClass().getResource("/log-fixtures/hevy-pt.csv").toURI()), export);
        files.add(export);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT3).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitFor(() -> section.review.table.getItems().size() == 4);
        assertThat(robot.lookup("#log-import-status").queryAs(Label.class).getText()).contains("Added 3 sessions");
        robot.interact(() -> {
            section.review.table.requestFocus();
            section.review.table.getSelectionModel().select(
                    section.review.table.getItems().stream().filter(u -> u.name().startsWith("Puxada")).findFirst().orElseThrow());
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> section.review.searchField.isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("lat pulldown");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> section.review.table.getItems().size() == 3);
        LogBook again = LogBook.open(new JsonStore(dir, CLOCK), CLOCK, Library.load(new JsonStore(dir, CLOCK)).all());
        assertThat(again.unmatched()).extracting(LogBook.Unmatched::name).doesNotContain("Puxada Alta na Polia (Máquina)");
        assertThat(again.log().sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.name().startsWith("Puxada")).findFirst().orElseThrow().exerciseId()).contains("lat-pulldown");

        robot.interact(() -> {
            section.review.table.requestFocus();
            section.review.table.getSelectionModel().selectFirst();
        });
        String first = section.review.table.getSelectionModel().getSelectedItem().name();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> section.review.table.getItems().size() == 2);
        assertThat(section.review.table.getItems()).noneMatch(u -> u.name().equals(first));

        // a bad file is a message in the window, and nothing changes
        Path bad = dir.resolve("bad.csv");
        Files.copy(Path.of(getClass().getResource("/log-fixtures/bad-hevy-reps.csv").toURI()), bad);
        files.add(bad);
        int before = stored().size();
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#log-import-status").queryAs(Label.class).getText().contains("row 8 (line 9), column reps"));
        assertThat(stored()).hasSize(before);
    }

    @Test
    void aLiftKeptAsMyOwnGetsItsMusclesByKeyboardAndCountsForThem(FxRobot robot) throws Exception {
        waitFor(() -> section.model().book() != null);
        Path export = dir.resolve("workout_data.csv");
        Files.copy(Path.of(getClass().getResource("/log-fixtures/hevy-pt.csv").toURI()), export);
        files.add(export);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT3).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitFor(() -> section.review.table.getItems().size() == 4);
        String row = "Remada Baixa Iso-Lateral";
        robot.interact(() -> {
            section.review.table.requestFocus();
            section.review.table.getSelectionModel().select(
                    section.review.table.getItems().stream().filter(u -> u.name().equals(row)).findFirst().orElseThrow());
        });
        // tick a primary and a secondary group with the space bar, then keep it with Ctrl+K
        robot.interact(() -> section.review.primaryBoxes.get(MuscleGroup.MID_TRAPS_RHOMBOIDS).requestFocus());
        robot.type(KeyCode.SPACE);
        robot.interact(() -> section.review.secondaryBoxes.get(MuscleGroup.BICEPS).requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(section.review.primaryBoxes.get(MuscleGroup.MID_TRAPS_RHOMBOIDS).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> section.review.table.getItems().size() == 3 && section.review.ownList.getItems().size() == 1);
        assertThat(robot.lookup("#log-import-status").queryAs(Label.class).getText())
                .contains("its working sets count for Mid traps & rhomboids; secondary: Biceps");
        LogBook again = LogBook.open(new JsonStore(dir, CLOCK), CLOCK, Library.load(new JsonStore(dir, CLOCK)).all());
        assertThat(again.settings().ownMuscles().get("remada baixa iso-lateral").primary()).containsExactly(MuscleGroup.MID_TRAPS_RHOMBOIDS);
        LocalDate feb = formcoach.log.Insights.monday(LocalDate.of(2026, 2, 15));
        assertThat(again.insights().sets(feb, "mid-traps-rhomboids")).isEqualTo(1.0);
        assertThat(again.insights().sets(feb, "biceps")).isEqualTo(0.5);

        // picking it in the list of my own lifts shows its groups; Lats added, Ctrl+K saves
        robot.interact(() -> {
            section.review.ownList.requestFocus();
            section.review.ownList.getSelectionModel().selectFirst();
        });
        assertThat(section.review.secondaryBoxes.get(MuscleGroup.BICEPS).isSelected()).isTrue();
        robot.interact(() -> section.review.primaryBoxes.get(MuscleGroup.LATS).requestFocus());
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> section.review.ownList.getItems().size() == 1
                && section.review.ownList.getItems().get(0).muscles().primary().contains(MuscleGroup.LATS));
        assertThat(section.review.table.getItems()).hasSize(3);
        LogBook third = LogBook.open(new JsonStore(dir, CLOCK), CLOCK, Library.load(new JsonStore(dir, CLOCK)).all());
        assertThat(third.insights().sets(feb, "lats")).isEqualTo(1.0);
    }

    @Test
    void aSetNoteIsTypedWithTheSetAndShownInTheDaysList(FxRobot robot) throws Exception {
        waitFor(() -> section.model().book() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitFor(() -> section.entry.exerciseField.isFocused());
        robot.write("face pull");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        waitFor(() -> section.entry.setsField.isFocused());
        robot.write("15x20 \"slow, elbows high\", 15x20").type(KeyCode.ENTER);
        waitFor(() -> section.entry.dayList.getItems().size() == 2);
        assertThat(stored().get(0).exercises().get(0).sets().get(0).note()).isEqualTo("slow, elbows high");
        assertThat(robot.lookup("#log-day").queryListView().getItems()).hasSize(2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).filter(Objects::nonNull).toList())
                .anyMatch(t -> t.contains("set 1") && t.endsWith("\"slow, elbows high\""));
    }
}

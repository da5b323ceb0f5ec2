package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Origin;
import formcoach.library.Source;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The library with free-exercise-db imported: ours first, the source filter, twins on the page and in "where did you feel it?". */
@ExtendWith(ApplicationExtension.class)
class LibraryTwinsUiTest {
    // the lift's figure would be caught at a different moment of its rep in every run: the still key
    // position (reduce motion) makes the snapshot the same each time
    @org.junit.jupiter.api.BeforeAll
    static void stillFigures() {
        formcoach.figure.ui.FigurePlayer.REDUCE_MOTION.set(true);
    }

    @org.junit.jupiter.api.AfterAll
    static void movingFiguresAgain() {
        formcoach.figure.ui.FigurePlayer.REDUCE_MOTION.set(false);
    }

    private LibraryUiHarness h;

    @Start
    void start(Stage stage) throws Exception {
        h = new LibraryUiHarness(null);
        Path file = h.dir.resolve("in.json");
        try (InputStream in = getClass().getResourceAsStream("/library-fixtures/import/fedb-back-lifts.json")) {
            Files.write(file, in.readAllBytes());
        }
        h.library.importFile(file);
        h.show(stage, 1000, 720, "light");
    }

    @AfterEach
    void close() {
        formcoach.ui.VisualBaseline.assertClean();
        h.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @Test
    void oursComeFirstAndTheSourceFilterNarrows(FxRobot robot) {
        robot.interact(() -> h.section.browse().model().queryProperty().set("rows"));
        ListView<?> list = robot.lookup("#library-results").query();
        assertThat(((BrowseModel.Row) list.getItems().get(0)).exercise().source()).isEqualTo(Source.BUILTIN);
        robot.interact(() -> h.section.browse().model().queryProperty().set(""));
        assertThat(((BrowseModel.Row) list.getItems().get(0)).exercise().source()).isEqualTo(Source.BUILTIN);

        CheckComboBox<Origin> source = robot.lookup("#filter-source").query();
        robot.interact(() -> source.getCheckModel().check(Origin.IMPORTED));
        assertThat(h.section.browse().model().rows()).hasSize(14).allMatch(r -> r.exercise().source() == Source.FREE_EXERCISE_DB);
        robot.interact(() -> h.section.browse().clearFilters());
        assertThat(h.section.browse().model().rows()).hasSize(h.library.all().size());
    }

    @Test
    void anImportedTwinShowsOurFaultCardsAndTheFeelAnswerLinksToOurFix(FxRobot robot) {
        Exercise ours = h.library.find("barbell-bent-over-row").orElseThrow();
        robot.interact(() -> h.section.open("fedb-bent-over-barbell-row"));
        assertThat(text(robot, "#detail-title")).isEqualTo("Bent Over Barbell Row");
        assertThat(text(robot, "#detail-twin")).isEqualTo("Barbell bent-over row");
        robot.interact(() -> {
            try {
                formcoach.ui.VisualBaseline.check(h.root(), "library-twin");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (Fault f : Fault.values()) {
            assertThat(text(robot, "#fault-cue-" + f.name())).isEqualTo(ours.fault(f).orElseThrow().cue());
        }
        ButtonBase neck = robot.lookup("#feel-" + BodyArea.NECK_TRAPS.id()).queryAs(ButtonBase.class);
        robot.interact(neck::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#feel-heading")).isEqualTo("That points to shrugging");
        assertThat(text(robot, "#feel-fix")).contains(ours.fault(Fault.SHRUGGING).orElseThrow().fix());
        // no picture here: where the scroll pane stops after bringing the answer into view depends on
        // when layout runs, so a baseline of it would differ from run to run
        ButtonBase via = robot.lookup("#feel-via").queryAs(ButtonBase.class);
        assertThat(via.getText()).isEqualTo("Barbell bent-over row");
        robot.interact(via::fire);
        assertThat(text(robot, "#detail-title")).isEqualTo("Barbell bent-over row");
    }

    @Test
    void anImportedLiftWithNoTwinSaysSoPlainly(FxRobot robot) {
        robot.interact(() -> h.section.open("fedb-shotgun-row"));
        assertThat(robot.lookup("#detail-twin").tryQuery()).isEmpty();
    }
}

package formcoach.library.ui;

import formcoach.figure.ui.FigurePlayer;
import formcoach.figure.ui.FigureThumb;
import formcoach.library.FreeExerciseDbMapping;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A cue card shows its lift done cleanly by a small moving figure, an imported twin our lift's, and nothing for a lift with no figure. */
@ExtendWith(ApplicationExtension.class)
class CueCardFigureTest {
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
    void close(FxRobot robot) {
        robot.interact(() -> FigurePlayer.REDUCE_MOTION.set(false));
        h.close();
    }

    /** The cards of these lifts, on show, at the first lift (the warm-up question is not the subject here). */
    private void cards(FxRobot robot, String... ids) {
        robot.clickOn("#before-you-lift");
        robot.interact(() -> {
            CueCardsModel m = h.section.cards().model();
            m.showCardsFrom(List.of(ids).stream().map(id -> CueCardsInteractor.card(h.library.find(id).orElseThrow())).toList(), 1);
            m.showingCards(true);
        });
    }

    private void at(FxRobot robot, int index) {
        robot.interact(() -> h.section.cards().model().goToCard(index));
    }

    private boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void aLiftWithAFigureMovesOnItsCardAndALiftWithoutHasNoFigureAndNoEmptyBox(FxRobot robot) {
        String importedRow = FreeExerciseDbMapping.ourId("Bent_Over_Barbell_Row").orElseThrow();
        String importedFacePull = FreeExerciseDbMapping.ourId("Face_Pull").orElseThrow();
        cards(robot, "wide-grip-lat-pulldown", "face-pull", importedRow, importedFacePull);

        assertThat(robot.lookup("#cue-card-title").queryLabeled().getText()).isEqualTo("Wide-grip lat pulldown");
        FigureThumb t = robot.lookup("#figure-thumb").query();
        assertThat(t.asset().lift()).isEqualTo("wide-grip-lat-pulldown");
        assertThat(shown(t)).isTrue();
        assertThat(t.player().animating()).isTrue();
        // small: beside the cues, not in place of them
        assertThat(t.getWidth()).isLessThan(robot.lookup("#cue-card").query().getBoundsInLocal().getWidth() / 2);

        at(robot, 2);
        assertThat(robot.lookup("#cue-card-title").queryLabeled().getText()).isEqualTo("Face pull");
        assertThat(robot.lookup("#figure-thumb").tryQuery()).isEmpty();
        assertThat(robot.lookup("#figure-thumb-row").tryQuery()).isEmpty();
        assertThat(t.player().animating()).isFalse(); // the card it was on is gone

        at(robot, 3); // free-exercise-db's bent-over row: our row's figure
        assertThat(robot.lookup("#cue-card-title").queryLabeled().getText()).isEqualTo("Bent Over Barbell Row");
        assertThat(robot.lookup("#figure-thumb").<FigureThumb>query().asset().lift()).isEqualTo("barbell-bent-over-row");

        at(robot, 4); // an imported lift with no figure of ours
        assertThat(robot.lookup("#figure-thumb").tryQuery()).isEmpty();

        at(robot, 1); // back on the pulldown, then to the picker: the cards are hidden, the figure stops
        FigureThumb again = robot.lookup("#figure-thumb").query();
        assertThat(again.player().animating()).isTrue();
        robot.interact(() -> h.section.cards().model().showingCards(false));
        assertThat(again.player().animating()).isFalse();
    }

    @Test
    void withReduceMotionTheCardShowsTheStartAndTheTopStill(FxRobot robot) {
        cards(robot, "pull-up");
        FigureThumb t = robot.lookup("#figure-thumb").query();
        assertThat(robot.lookup("#figure-thumb-top").query().isVisible()).isFalse();
        robot.interact(() -> FigurePlayer.REDUCE_MOTION.set(true));
        assertThat(t.player().animating()).isFalse();
        assertThat(robot.lookup("#figure-thumb-top").query().isVisible()).isTrue();
        robot.interact(() -> FigurePlayer.REDUCE_MOTION.set(false));
        assertThat(t.player().animating()).isTrue();
    }
}

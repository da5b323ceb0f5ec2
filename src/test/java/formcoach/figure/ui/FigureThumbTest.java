package formcoach.figure.ui;

import formcoach.figure.Figures;
import formcoach.library.FreeExerciseDbMapping;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The small looping figure: there for a lift with a figure (or a twin's), gone otherwise, moving only on show. */
@ExtendWith(ApplicationExtension.class)
class FigureThumbTest {
    private Stage stage;
    private final SimpleDoubleProperty scale = new SimpleDoubleProperty(1);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FigurePlayer.stopFollowingSettings();
    }

    @AfterEach
    void reset(FxRobot robot) {
        robot.interact(() -> {
            FigurePlayer.REDUCE_MOTION.set(false);
            stage.hide();
            stage.setScene(null);
        });
    }

    private FigureThumb thumb(String id) {
        return FigureThumb.forExercise(id, scale, 200).orElseThrow();
    }

    @Test
    void aLiftWithAFigureOrAnImportedTwinGetsOneAndAnyOtherGetsNone() {
        assertThat(FigureThumb.forExercise("barbell-bent-over-row", scale, 200)).isPresent();
        String importedRow = FreeExerciseDbMapping.ourId("Bent_Over_Barbell_Row").orElseThrow();
        assertThat(Figures.builtIn().forExercise(importedRow).orElseThrow().lift()).isEqualTo("barbell-bent-over-row");
        assertThat(Figures.builtIn().forExercise(FreeExerciseDbMapping.ourId("Barbell_Deadlift").orElseThrow()).orElseThrow().lift())
                .isEqualTo("conventional-deadlift");
        assertThat(FigureThumb.forExercise("band-pull-apart", scale, 200)).isEmpty();
        assertThat(FigureThumb.forExercise(FreeExerciseDbMapping.ourId("Hurdle_Hops").orElseThrow(), scale, 200)).isEmpty();
        assertThat(FigureThumb.forExercise("", scale, 200)).isEmpty();
        assertThat(FigureThumb.forExercise(null, scale, 200)).isEmpty();
    }

    @Test
    void theCaptionGrowsWithTheFigureAndNeverGetsSmallerThanTheText(FxRobot robot) {
        FigureThumb[] t = new FigureThumb[1];
        javafx.scene.control.Label[] body = new javafx.scene.control.Label[1];
        robot.interact(() -> {
            t[0] = thumb("barbell-bent-over-row");
            body[0] = new javafx.scene.control.Label("Body text");
            stage.setScene(new Scene(new VBox(body[0], t[0]), 900, 700));
            stage.show();
        });
        java.util.function.DoubleSupplier size = () -> robot.lookup("#figure-thumb-caption").queryLabeled().getFont().getSize();
        double text = body[0].getFont().getSize();
        // a small card: the figure at its base size, the caption as large as the text around it
        robot.interact(() -> scale.set(0.85));
        robot.interact(() -> t[0].applyCss());
        assertThat(size.getAsDouble()).isEqualTo(text);
        // a large window draws the figure 2.4 times as wide: the caption grows with it, within its cap
        robot.interact(() -> scale.set(2.4));
        robot.interact(() -> t[0].applyCss());
        assertThat(size.getAsDouble()).isCloseTo(text * 2.0, org.assertj.core.api.Assertions.within(0.6));
        robot.interact(() -> scale.set(1.5));
        robot.interact(() -> t[0].applyCss());
        assertThat(size.getAsDouble()).isCloseTo(text * 1.35, org.assertj.core.api.Assertions.within(0.6));
        // and it wraps under the figure rather than widening it
        assertThat(robot.lookup("#figure-thumb-caption").queryLabeled().getMaxWidth()).isEqualTo(300.0);
    }

    @Test
    void oneClockMovesEveryVisibleFigureAndStopsWhenNoneIsOnShow(FxRobot robot) throws Exception {
        FigureClock clock = FigureClock.shared();
        FigureThumb[] t = new FigureThumb[2];
        StackPane[] holder = new StackPane[1];
        robot.interact(() -> {
            t[0] = thumb("pull-up");
            t[1] = thumb("conventional-deadlift");
            holder[0] = new StackPane(t[1]);
            stage.setScene(new Scene(new VBox(t[0], holder[0]), 600, 600));
            stage.show();
        });
        assertThat(clock.running()).isTrue();
        assertThat(clock.playing()).isEqualTo(2);
        double before = t[0].player().time();
        long pulses = clock.pulses();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clock.pulses() > pulses + 5);
        robot.interact(() -> { });
        assertThat(t[0].player().time()).isNotEqualTo(before);

        // a hidden parent (a card or a step box turned off) takes its figure off the clock
        robot.interact(() -> holder[0].setVisible(false));
        assertThat(t[1].showing()).isFalse();
        assertThat(clock.playing()).isEqualTo(1);
        robot.interact(() -> holder[0].setVisible(true));
        assertThat(clock.playing()).isEqualTo(2);
        // taken out of the scene (a section switch), then the window hidden: nothing left, the timer stops
        robot.interact(() -> holder[0].getChildren().clear());
        assertThat(clock.playing()).isEqualTo(1);
        robot.interact(() -> stage.hide());
        assertThat(t[0].showing()).isFalse();
        assertThat(clock.running()).isFalse();
        long stopped = clock.pulses();
        Thread.sleep(200);
        assertThat(clock.pulses()).isEqualTo(stopped);
        robot.interact(() -> stage.show());
        assertThat(clock.running()).isTrue();
        assertThat(t[0].player().animating()).isTrue();
    }

    @Test
    void reduceMotionStopsTheAnimationForTwoStillKeyPositionsAndTurningItOffStartsItAgain(FxRobot robot) {
        FigureClock clock = FigureClock.shared();
        FigureThumb[] t = new FigureThumb[1];
        FigurePane[] pane = new FigurePane[1];
        robot.interact(() -> {
            t[0] = thumb("seated-cable-row");
            pane[0] = FigurePane.forLift("wide-grip-lat-pulldown").orElseThrow();
            stage.setScene(new Scene(new VBox(t[0], pane[0]), 700, 800));
            stage.show();
        });
        Node top = robot.lookup("#figure-thumb-top").query();
        assertThat(top.isVisible()).isFalse();
        assertThat(clock.playing()).isEqualTo(2);
        assertThat(robot.lookup("#figure-thumb-caption").queryLabeled().getText()).isEqualTo("Clean rep");

        robot.interact(() -> FigurePlayer.REDUCE_MOTION.set(true));
        assertThat(clock.running()).isFalse();
        assertThat(t[0].player().animating()).isFalse();
        assertThat(pane[0].player().animating()).isFalse();
        assertThat(top.isVisible()).isTrue();
        assertThat(t[0].player().time()).isEqualTo(t[0].player().clean().keyTimes()[0]);
        assertThat(pane[0].player().clean().keyTimes()).contains(pane[0].player().time());
        assertThat(robot.lookup("#figure-thumb-caption").queryLabeled().getText()).isEqualTo("Start and top of the rep");

        robot.interact(() -> FigurePlayer.REDUCE_MOTION.set(false));
        assertThat(clock.running()).isTrue();
        assertThat(clock.playing()).isEqualTo(2);
        assertThat(t[0].player().animating()).isTrue();
        assertThat(top.isVisible()).isFalse();
    }

    @Test
    void aSlotShowsTheFigureOfWhicheverLiftItNamesAndTakesNoRoomOtherwise(FxRobot robot) {
        SimpleStringProperty id = new SimpleStringProperty("arm-circles");
        Node[] slot = new Node[1];
        robot.interact(() -> {
            slot[0] = FigureThumb.slot(id, scale, 160);
            stage.setScene(new Scene(new VBox(slot[0]), 400, 400));
            stage.show();
        });
        assertThat(slot[0].isVisible()).isFalse();
        assertThat(slot[0].isManaged()).isFalse();
        assertThat(robot.lookup("#figure-thumb").tryQuery()).isEmpty();
        robot.interact(() -> id.set("one-arm-dumbbell-row"));
        assertThat(slot[0].isVisible()).isTrue();
        FigureThumb t = robot.lookup("#figure-thumb").query();
        assertThat(t.asset().lift()).isEqualTo("one-arm-dumbbell-row");
        assertThat(t.player().animating()).isTrue();
        robot.interact(() -> id.set("cat-cow"));
        assertThat(slot[0].isVisible()).isFalse();
        assertThat(robot.lookup("#figure-thumb").tryQuery()).isEmpty();
        assertThat(t.player().animating()).isFalse();
    }

    @Test
    void theStoredSettingDrivesReduceMotionAndAFigurePaneSwitchIsSaved() throws Exception {
        Path dir = Files.createTempDirectory("formcoach-reduce");
        JsonStore store = new JsonStore(dir, Clock.systemUTC());
        ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(Settings.load(store).value());
        assertThat(settings.get().reduceMotion()).isFalse(); // off when nothing is stored
        FigurePlayer.followSettings(settings.getReadOnlyProperty(), change -> {
            settings.set(change.apply(settings.get()));
            try {
                settings.get().save(store);
            } catch (formcoach.store.StoreException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isFalse();
        settings.set(settings.get().withReduceMotion(true)); // e.g. the About panel's check box
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isTrue();
        settings.set(settings.get().withTheme("dark")); // another setting leaves it alone
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isTrue();
        FigurePlayer.chooseReduceMotion(false); // the check box on a figure pane
        assertThat(FigurePlayer.REDUCE_MOTION.get()).isFalse();
        assertThat(Settings.load(store).value().reduceMotion()).isFalse();
        FigurePlayer.chooseReduceMotion(true);
        assertThat(Settings.load(store).value().reduceMotion()).isTrue();
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"reduceMotion\" : true");
        FigurePlayer.stopFollowingSettings();
        FigurePlayer.chooseReduceMotion(false); // followed no more: nothing is saved
        assertThat(Settings.load(store).value().reduceMotion()).isTrue();
    }
}

package formcoach.timer.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TempoInteractorTest {
    private final TempoModel model = new TempoModel();
    private final TempoInteractor interactor = new TempoInteractor(model, TimerUiFixture.EXERCISES);

    @BeforeEach
    void load() {
        interactor.load();
    }

    @Test
    void offersOnlyRowsPullDownsPullUpsAndDeadlifts() {
        assertThat(model.lifts()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.category()).isIn("row", "pulldown", "pullup", "deadlift"));
        assertThat(model.lifts()).extracting(e -> e.id()).contains("seated-cable-row", "pull-up", "romanian-deadlift");
    }

    @Test
    void pickingALiftFillsInItsTempoAndItsCueAgainstMomentum() {
        model.pick(TimerUiFixture.EXERCISES.find("romanian-deadlift").orElseThrow());
        assertThat(model.tempoProperty().get()).isEqualTo("2-1-3");
        assertThat(model.momentumCueProperty().get()).isEqualTo("Lower slow, stand tall, no lean");
        assertThat(model.planTextProperty().get()).startsWith("8 reps × 6 s (pull 2 s, squeeze 1 s, lower 3 s) = 48 s");
        assertThat(interactor.build()).get().extracting(t -> t.tempo().toString()).isEqualTo("2-1-3");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '2-1',    'tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got ''2-1'''
            '0-1-2',  'tempo: pull and lower must be 1-10 s and squeeze 0-10 s, got 0-1-2'
            'slow',   'tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got ''slow'''
            """)
    void aTempoThatCannotBeCountedIsExplainedAndCannotStart(String typed, String message) {
        model.tempoProperty().set(typed);
        assertThat(model.tempoErrorProperty().get()).isEqualTo(message);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(interactor.build()).isEmpty();
        model.tempoProperty().set("3-1-3");
        assertThat(model.tempoErrorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void theSearchNarrowsTheListAndKeepsThePickedLift() {
        model.pick(TimerUiFixture.EXERCISES.find("romanian-deadlift").orElseThrow());
        int all = model.lifts().size();
        model.queryProperty().set("deadl");
        assertThat(model.lifts()).isNotEmpty().hasSizeLessThan(all).allSatisfy(e -> assertThat(e.name().toLowerCase()).contains("deadlift"));
        assertThat(model.liftProperty().get().id()).isEqualTo("romanian-deadlift");
        model.queryProperty().set("seated cable");
        assertThat(model.lifts()).extracting(e -> e.id()).containsExactly("seated-cable-row");
        assertThat(model.liftProperty().get().id()).as("the picked lift left the list: the first one listed is picked").isEqualTo("seated-cable-row");
        model.queryProperty().set("zzz");
        assertThat(model.lifts()).isEmpty();
    }

    @Test
    void theLastSetComesBackAndItsChoiceIsWhatIsSaved() {
        interactor.restore(new formcoach.timer.TempoChoice("pull-up", "3-1-3", 5));
        assertThat(model.liftProperty().get().id()).isEqualTo("pull-up");
        assertThat(model.tempoProperty().get()).isEqualTo("3-1-3");
        assertThat(model.repsProperty().get()).isEqualTo(5);
        assertThat(interactor.choice()).hasValue(new formcoach.timer.TempoChoice("pull-up", "3-1-3", 5));
        // a lift no longer in the library, or not a lift, changes nothing
        interactor.restore(new formcoach.timer.TempoChoice("gone", "2-1-2", 8));
        interactor.restore(new formcoach.timer.TempoChoice("cat-cow", "2-1-2", 8));
        assertThat(model.liftProperty().get().id()).isEqualTo("pull-up");
    }
}

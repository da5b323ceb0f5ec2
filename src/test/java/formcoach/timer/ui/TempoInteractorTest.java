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
        assertThat(model.lifts).isNotEmpty()
                .allSatisfy(e -> assertThat(e.category()).isIn("row", "pulldown", "pullup", "deadlift"));
        assertThat(model.lifts).extracting(e -> e.id()).contains("seated-cable-row", "pull-up", "romanian-deadlift");
    }

    @Test
    void pickingALiftFillsInItsTempoAndItsCueAgainstMomentum() {
        model.lift.set(TimerUiFixture.EXERCISES.find("romanian-deadlift").orElseThrow());
        assertThat(model.tempo.get()).isEqualTo("2-1-3");
        assertThat(model.momentumCue.get()).isEqualTo("Lower slow, stand tall, no lean");
        assertThat(model.planText.get()).startsWith("8 reps × 6 s (pull 2 s, squeeze 1 s, lower 3 s) = 48 s");
        assertThat(interactor.build()).get().extracting(t -> t.tempo().toString()).isEqualTo("2-1-3");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '2-1',    'tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got ''2-1'''
            '0-1-2',  'tempo: pull and lower must be 1-10 s and squeeze 0-10 s, got 0-1-2'
            'slow',   'tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got ''slow'''
            """)
    void aTempoThatCannotBeCountedIsExplainedAndCannotStart(String typed, String message) {
        model.tempo.set(typed);
        assertThat(model.tempoError.get()).isEqualTo(message);
        assertThat(model.valid.get()).isFalse();
        assertThat(interactor.build()).isEmpty();
        model.tempo.set("3-1-3");
        assertThat(model.tempoError.get()).isEmpty();
        assertThat(model.valid.get()).isTrue();
    }

    @Test
    void theSearchNarrowsTheListAndKeepsThePickedLift() {
        model.lift.set(TimerUiFixture.EXERCISES.find("romanian-deadlift").orElseThrow());
        int all = model.lifts.size();
        model.query.set("deadl");
        assertThat(model.lifts).isNotEmpty().hasSizeLessThan(all).allSatisfy(e -> assertThat(e.name().toLowerCase()).contains("deadlift"));
        assertThat(model.lift.get().id()).isEqualTo("romanian-deadlift");
        model.query.set("seated cable");
        assertThat(model.lifts).extracting(e -> e.id()).containsExactly("seated-cable-row");
        assertThat(model.lift.get().id()).as("the picked lift left the list: the first one listed is picked").isEqualTo("seated-cable-row");
        model.query.set("zzz");
        assertThat(model.lifts).isEmpty();
    }

    @Test
    void theLastSetComesBackAndItsChoiceIsWhatIsSaved() {
        interactor.restore(new formcoach.timer.TempoChoice("pull-up", "3-1-3", 5));
        assertThat(model.lift.get().id()).isEqualTo("pull-up");
        assertThat(model.tempo.get()).isEqualTo("3-1-3");
        assertThat(model.reps.get()).isEqualTo(5);
        assertThat(interactor.choice()).hasValue(new formcoach.timer.TempoChoice("pull-up", "3-1-3", 5));
        // a lift no longer in the library, or not a lift, changes nothing
        interactor.restore(new formcoach.timer.TempoChoice("gone", "2-1-2", 8));
        interactor.restore(new formcoach.timer.TempoChoice("cat-cow", "2-1-2", 8));
        assertThat(model.lift.get().id()).isEqualTo("pull-up");
    }
}

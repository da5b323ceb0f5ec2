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
}

package formcoach.timer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AssetTimerExercisesTest {
    private final TimerExercises exercises = new AssetTimerExercises();

    @Test
    void everyExerciseInTheAssetsIsListedOnceWithANameAndCategory() {
        assertThat(exercises.all()).extracting(TimerExercises.ExerciseRef::id)
                .doesNotHaveDuplicates()
                .containsAll(KnownExercises.fromAssets());
        assertThat(exercises.all()).allSatisfy(e -> {
            assertThat(e.name()).isNotBlank();
            assertThat(e.category()).isNotBlank();
        });
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            seated-cable-row,      row,      2-1-2, true
            pull-up,               pullup,   1-1-3, true
            conventional-deadlift, deadlift, 2-1-2, true
            doorway-pec-stretch,   stretch,  ,      false
            """)
    void liftsCarryTheirTempoAndTheirCueAgainstMomentum(String id, String category, String tempo, boolean momentum) {
        TimerExercises.ExerciseRef e = exercises.find(id).orElseThrow();
        assertThat(e.category()).isEqualTo(category);
        if (tempo != null) {
            assertThat(e.tempo()).isEqualTo(tempo);
        }
        assertThat(e.momentumCue().isPresent()).isEqualTo(momentum);
        assertThat(e.cue()).isNotBlank();
        assertThat(e.howTo()).isNotBlank();
    }

    @Test
    void howToIsTheFirstExecutionLine() {
        assertThat(exercises.find("barbell-bent-over-row").orElseThrow().howTo())
                .isEqualTo("Drive the elbows back toward your hips.");
    }

    @Test
    void unknownIdsAreNotKnownAndHaveNoCue() {
        assertThat(exercises.find("no-such-move")).isEmpty();
        assertThat(exercises.knows("no-such-move")).isFalse();
        assertThat(exercises.knows(null)).isFalse();
        assertThat(exercises.cueOf("no-such-move")).isNull();
        assertThat(exercises.cueOf("cat-cow")).isNotBlank();
    }
}

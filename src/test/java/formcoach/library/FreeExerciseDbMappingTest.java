package formcoach.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreeExerciseDbMappingTest {

    @ParameterizedTest(name = "{2} ({0}, {1}) → {3}")
    @CsvSource(textBlock = """
            strength,              pull, Bent Over Barbell Row,            row
            strength,              pull, Seated Cable Rows,                row
            strength,              pull, Upright Barbell Row,              other
            strength,              push, Renegade Row,                     other
            strength,              pull, Wide-Grip Lat Pulldown,           pulldown
            strength,              pull, Straight-Arm Pull-Down,           pulldown
            strength,              pull, Chin-Up,                          pullup
            strength,              pull, Wide-Grip Pull-Up,                pullup
            strength,              pull, Pullups,                          pullup
            powerlifting,          pull, Sumo Deadlift,                    deadlift
            strength,              pull, Romanian Deadlift With Dumbbells, deadlift
            olympic weightlifting, pull, Clean Deadlift,                   deadlift
            strength,              pull, Pullover,                         other
            stretching,            static, Chin To Chest Stretch,          stretch
            cardio,                ,     Rowing Stationary,                warmup
            plyometrics,           push, Box Jump,                         other
            ,                      ,     Mystery,                          other
            yoga,                  ,     Downward Dog,                     other
            """)
    void categoryComesFromTheirCategoryAndTheName(String category, String force, String name, String expected) {
        assertThat(FreeExerciseDbMapping.category(category, force, name)).isEqualTo(Category.fromId(expected));
    }

    @Test
    void everyOneOfTheirSeventeenMusclesMapsAndTheBackOnesFanOut() {
        assertThat(FreeExerciseDbMapping.MUSCLES).hasSize(17);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("middle back")).containsExactly(Muscle.RHOMBOIDS, Muscle.MIDDLE_TRAPEZIUS);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("shoulders")).containsExactly(Muscle.LATERAL_DELTOID, Muscle.ANTERIOR_DELTOID);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("traps")).containsExactly(Muscle.UPPER_TRAPEZIUS);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("lower back")).containsExactly(Muscle.LUMBAR_ERECTOR_SPINAE);
        Set<Muscle> reached = EnumSet.noneOf(Muscle.class);
        FreeExerciseDbMapping.MUSCLES.values().forEach(reached::addAll);
        assertThat(reached).hasSize(19);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3_4_Sit-Up,              fedb-3-4-sit-up
            Barbell_Curl,            fedb-barbell-curl
            Around_The_Worlds,       fedb-around-the-worlds
            __Weird--Id__,           fedb-weird-id
            Élan,                    fedb-elan
            """)
    void idsArePrefixedAndKebabCased(String theirs, String ours) {
        assertThat(FreeExerciseDbMapping.ourId(theirs)).contains(ours);
        assertThat(ExerciseValidator.ID.matcher(ours).matches()).isTrue();
    }

    @Test
    void stepsSplitAtTheStartingPosition() {
        assertThat(FreeExerciseDbMapping.steps(List.of("Grip it. This will be your starting position.", "Pull.", "Lower.")))
                .containsExactly(List.of("Grip it. This will be your starting position."), List.of("Pull.", "Lower."));
        assertThat(FreeExerciseDbMapping.steps(List.of("Pull.", "Lower."))).containsExactly(List.of(), List.of("Pull.", "Lower."));
        assertThat(FreeExerciseDbMapping.steps(List.of())).containsExactly(List.of(), List.of());
    }
}

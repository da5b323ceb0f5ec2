package formcoach.timer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineValidatorTest {
    private final RoutineValidator validator = RoutineValidator.of(KnownExercises.CONTRACT);

    static RoutineStep step(String name, int seconds, int sides) {
        return new RoutineStep("arm-circles", name, seconds, sides, null, null);
    }

    static Routine routine(RoutineStep... steps) {
        return new Routine("my-routine", "Mine", RoutineKind.CUSTOM, null, Arrays.asList(steps));
    }

    private List<String> problems(Routine r) {
        return validator.validate(r).stream().map(RoutineProblem::text).toList();
    }

    @Test
    void aGoodRoutineHasNoProblems() {
        assertThat(problems(routine(step("Arm circles", 30, 1), step("Open book", 20, 2)))).isEmpty();
    }

    @Test
    void negativeSecondsAreNamedWithStepAndField() {
        Routine r = routine(step("A", 30, 1), step("B", 30, 1), step("Arm circles", -5, 1));
        assertThat(problems(r)).containsExactly("step 3 (Arm circles): a step lasts from 5 seconds to 60 minutes, not -5 seconds");
        assertThat(validator.validate(r).get(0).step()).isEqualTo(2);
        assertThat(validator.validate(r).get(0).field()).isEqualTo("seconds");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            4,    1, 'step 1 (X): a step lasts from 5 seconds to 60 minutes, not 4 seconds'
            3601, 1, 'step 1 (X): a step lasts from 5 seconds to 60 minutes, not 3601 seconds'
            30,   0, 'step 1 (X): sides must be 1 or 2, got 0'
            30,   3, 'step 1 (X): sides must be 1 or 2, got 3'
            """)
    void secondsAndSidesOutsideTheirRangeAreRefused(int seconds, int sides, String message) {
        assertThat(problems(routine(step("X", seconds, sides)))).containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            5,    1
            3600, 1
            30,   2
            """)
    void boundaryValuesAreAccepted(int seconds, int sides) {
        assertThat(problems(routine(step("X", seconds, sides)))).isEmpty();
    }

    @Test
    void repsMustBeAtLeastOneWhenGiven() {
        Routine r = routine(new RoutineStep("band-pull-apart", "Pull-aparts", 30, 1, 0, null));
        assertThat(problems(r)).containsExactly("step 1 (Pull-aparts): reps must be at least 1 when given, got 0");
    }

    @Test
    void unknownExerciseIsNamed() {
        Routine r = routine(new RoutineStep("moonwalk", "Moonwalk", 30, 1, null, null));
        assertThat(problems(r)).containsExactly("step 1 (Moonwalk): exerciseId 'moonwalk' is not an exercise in the library");
    }

    @Test
    void nameAndAtLeastOneStepAreRequired() {
        Routine r = new Routine("x", " ", RoutineKind.CUSTOM, null, List.of());
        assertThat(problems(r)).containsExactly("name is required", "steps: a routine needs at least one step");
    }

    @Test
    void aStepWithoutNameIsNamedByNumber() {
        assertThat(problems(routine(step(null, 30, 1)))).containsExactly("step 1: name is required");
    }

    @Test
    void anEmptyStepIsReportedNotThrown() {
        List<RoutineStep> steps = new ArrayList<>();
        steps.add(null);
        assertThat(problems(routine().withSteps(steps))).containsExactly("step 1: the step is empty");
    }

    @Test
    void totalOverTwoHoursIsRefused() {
        Routine r = routine(step("A", 3600, 1), step("B", 3600, 1), step("C", 5, 1));
        assertThat(problems(r)).containsExactly("total time is 2 h 0 min 5 s; a routine may last at most 2 h");
        assertThat(problems(routine(step("A", 3600, 2)))).isEmpty();
    }

    @Test
    void badIdIsRefused() {
        assertThat(problems(routine(step("A", 30, 1)).withId("My Routine")))
                .containsExactly("id 'My Routine' must be lower-case letters, digits and single dashes");
    }
}

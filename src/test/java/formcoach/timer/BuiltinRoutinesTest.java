package formcoach.timer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinRoutinesTest {
    private final BuiltinRoutines.Result result = BuiltinRoutines.load(RoutineValidator.of(KnownExercises.CONTRACT));

    @Test
    void everyBuiltinRoutineReadsAndValidatesAgainstTheContractIds() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.routines()).extracting(Routine::id)
                .containsExactly("sore-back-mobility", "upper-back-cooldown", "upper-back-warmup");
    }

    @Test
    void warmupAndCooldownLastFiveToTenMinutes() {
        for (Routine r : result.routines()) {
            assertThat(r.workSeconds()).as(r.id() + " work").isBetween(300L, 600L);
            long withPauses = TimerPlan.of(r, TimerPlan.DEFAULT_LEAD_IN_SECONDS, TimerPlan.DEFAULT_SWITCH_SECONDS).totalNanos() / 1_000_000_000L;
            assertThat(withPauses).as(r.id() + " with lead-ins and switches").isBetween(300L, 600L);
        }
        assertThat(result.routines()).extracting(Routine::kind)
                .contains(RoutineKind.WARMUP, RoutineKind.COOLDOWN);
    }

    @Test
    void warmupStartsWithTwoToThreeMinutesOfLightCardio() {
        Routine warmup = find("upper-back-warmup");
        RoutineStep first = warmup.steps().get(0);
        assertThat(first.exerciseId()).isIn("light-rowing", "easy-cycling");
        assertThat(first.seconds()).isBetween(120, 180);
    }

    @Test
    void cooldownHoldsEachStretchTwentyToThirtySecondsPerSide() {
        for (RoutineStep s : find("upper-back-cooldown").steps()) {
            if (!s.exerciseId().startsWith("foam-roll")) {
                assertThat(s.seconds()).as(s.name()).isBetween(20, 30);
            }
        }
    }

    @Test
    void everyBuiltinStepHasSecondsAndTwoSidedMovesExist() {
        List<RoutineStep> all = result.routines().stream().flatMap(r -> r.steps().stream()).toList();
        assertThat(all).allSatisfy(s -> assertThat(s.seconds()).isPositive());
        assertThat(all).anySatisfy(s -> assertThat(s.sides()).isEqualTo(2));
        assertThat(all).anySatisfy(s -> assertThat(s.reps()).isNotNull());
    }

    private Routine find(String id) {
        return result.routines().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}

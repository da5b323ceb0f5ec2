package formcoach.log;

import formcoach.library.Exercise;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionDraftTest {
    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 18, 0);
    static final List<SessionDraft.Step> STEPS = List.of(
            new SessionDraft.Step("arm-circles", "Arm circles", 30, 1, null),
            new SessionDraft.Step("thoracic-rotation", "Thoracic rotation", 30, 2, null),
            new SessionDraft.Step("band-pull-apart", "Band pull-aparts", 40, 1, 15));

    static Exercise lift(String id, String name) {
        return new Exercise(id, name, List.of(), formcoach.library.Category.ROW, List.of(formcoach.library.Equipment.BODY_ONLY),
                formcoach.library.Level.BEGINNER, new formcoach.library.Muscles(List.of(formcoach.library.Muscle.values()[0]), List.of()),
                "", "", List.of(), List.of(), "", "", List.of(), List.of(), formcoach.library.Source.FREE_EXERCISE_DB, List.of());
    }

    @Test
    void aPlanIsItsLiftsWithNoSetsAndOnlyTypedLiftsAreSaved() throws Exception {
        Exercise row = lift("barbell-row", "Barbell row");
        Exercise face = lift("face-pull", "Face pull");
        SessionDraft d = SessionDraft.fromPlan(AT, List.of(row, face));
        assertThat(d.title()).isEqualTo("Barbell row and Face pull");
        assertThat(d.lines()).allMatch(l -> l.sets().isEmpty());
        Session s = d.toSession(Arrays.asList(SetSyntax.parse("3x8x60", WeightUnit.KG), null));
        assertThat(s.id()).as("not saved yet").isNull();
        assertThat(s.exercises()).extracting(LoggedExercise::exerciseId).containsExactly("barbell-row");
        assertThat(s.workingSets()).isEqualTo(3);
        assertThat(s.start()).isEqualTo(AT);
        assertThatThrownBy(() -> d.toSession(Arrays.asList(null, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to save");
    }

    @Test
    void aTimerRunIsItsStepsDoneAsTimedWarmUpSetsThatAreNeverWorkingSets() {
        SessionDraft d = SessionDraft.fromTimer(AT, "Upper-back warm-up", STEPS, 3, 500, true);
        Session s = d.toSession(null);
        assertThat(s.title()).isEqualTo("Upper-back warm-up");
        assertThat(s.exercises()).hasSize(3);
        assertThat(s.exercises().get(1).sets()).hasSize(2);
        assertThat(s.exercises().get(2).sets().get(0).reps()).isEqualTo(15);
        assertThat(s.exercises().get(2).sets().get(0).seconds()).isEqualTo(40);
        assertThat(s.setCount()).isEqualTo(4);
        assertThat(s.workingSets()).isZero();
        assertThat(s.note()).isEqualTo("Timer: Upper-back warm-up, 3 of 3 steps, 8 min 20 s");
    }

    @Test
    void aRunStoppedAfterHalfLogsTheStepsItCountsAsDone() {
        SessionDraft d = SessionDraft.fromTimer(AT, "Upper-back warm-up", STEPS, 2, 95, false);
        assertThat(d.lines()).extracting(SessionDraft.Line::name).containsExactly("Arm circles", "Thoracic rotation");
        assertThat(d.note()).isEqualTo("Timer: Upper-back warm-up, 2 of 3 steps, 1 min 35 s (stopped after more than half)");
        assertThat(SessionDraft.fromTimer(AT, "X", STEPS, 9, 60, true).lines()).hasSize(3);
    }
}

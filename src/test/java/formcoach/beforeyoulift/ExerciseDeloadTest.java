package formcoach.beforeyoulift;

import formcoach.library.Fault;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.SetSyntax;
import formcoach.log.WeightUnit;
import formcoach.paincheck.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import static formcoach.beforeyoulift.Checks.NOW;
import static formcoach.beforeyoulift.Checks.check;
import static org.assertj.core.api.Assertions.assertThat;

class ExerciseDeloadTest {
    /** Saturday 5 December 2026, 17:00 UTC: the pull session the day before the checks (now is Sunday 18:00). */
    static final LocalDateTime PULL_DAY = LocalDateTime.of(2026, 12, 5, 17, 0);
    static final Map<String, String> NAMES = Map.of("barbell-row", "Barbell bent-over row", "pull-up", "Pull-up", "face-pull", "Face pull");
    static final BiFunction<List<String>, String, Optional<String>> NO_HINT = (ids, area) -> Optional.empty();

    static LoggedExercise ex(String id, String sets) throws Exception {
        return new LoggedExercise(id, NAMES.get(id), SetSyntax.parse(sets, WeightUnit.KG), "");
    }

    static Session session(LocalDateTime at, LoggedExercise... ex) {
        return new Session("s" + at.hashCode(), at, "", "manual", null, "", List.of(ex));
    }

    static Optional<ExerciseDeload.Suggestion> suggest(List<Session> log, String area,
                                                      BiFunction<List<String>, String, Optional<String>> hint) {
        SoreSpell.Spell spell = SoreSpell.at(List.of(check("c", 2, Level.SELF_CARE_DOMS, 4, area)), NOW).orElseThrow();
        return ExerciseDeload.suggest(spell, log, hint, id -> Optional.ofNullable(NAMES.get(id)), ZoneOffset.UTC);
    }

    @Test
    void theFeelMapsLiftComesFirst() throws Exception {
        List<Session> log = List.of(session(PULL_DAY, ex("barbell-row", "3x8x60"), ex("pull-up", "3x6@bw"), ex("face-pull", "3x15x20 shrug")));
        var s = suggest(log, "neck-traps", (ids, area) -> area.equals("neck-traps") && ids.contains("barbell-row")
                ? Optional.of("barbell-row") : Optional.empty()).orElseThrow();
        assertThat(s.exerciseId()).isEqualTo("barbell-row");
        assertThat(s.why()).isEqualTo(ExerciseDeload.Why.FEEL_MAP);
        // 65 % of 60 kg is 39, to the nearest 2.5 kg: 40; one set fewer
        assertThat(SetSyntax.format(s.suggested())).isEqualTo("8x40kg");
        assertThat(s.sets()).isEqualTo(2);
        assertThat(s.sentence()).isEqualTo("Lighter sets for the Barbell bent-over row until a re-check clears it: "
                + "2 sets of 8 at 40 kg (last time 3 × 8 at 60 kg).");
    }

    @Test
    void withoutAFeelMapLinkTheTappedFaultNamesTheLift() throws Exception {
        List<Session> log = List.of(session(PULL_DAY, ex("barbell-row", "3x8x60"), ex("face-pull", "3x15x20 shrug"), ex("pull-up", "3x6@bw")));
        var s = suggest(log, "neck-traps", NO_HINT).orElseThrow();
        assertThat(s.exerciseId()).isEqualTo("face-pull");
        assertThat(s.why()).isEqualTo(ExerciseDeload.Why.FAULT_TAP);
        assertThat(s.whyWords()).contains("shrugging");
    }

    @Test
    void otherwiseTheLastLiftBeforeTheCheck() throws Exception {
        List<Session> log = List.of(session(PULL_DAY.minusDays(1), ex("face-pull", "3x15x20")),
                session(PULL_DAY, ex("barbell-row", "3x8x60"), ex("pull-up", "4x6@bw+10")),
                session(PULL_DAY.minusDays(10), ex("barbell-row", "3x8x80")));
        var s = suggest(log, null, NO_HINT).orElseThrow();
        assertThat(s.exerciseId()).isEqualTo("pull-up");
        assertThat(s.why()).isEqualTo(ExerciseDeload.Why.LAST_LIFT);
        // added weight goes; the reps stay; 3 sets instead of 4
        assertThat(SetSyntax.format(s.suggested())).isEqualTo("6@bw");
        assertThat(s.sets()).isEqualTo(3);
    }

    @Test
    void warmUpSetsAndSessionsOutsideTheWindowDoNotCount() throws Exception {
        List<Session> log = List.of(session(PULL_DAY.minusDays(4), ex("barbell-row", "3x8x60")),
                session(PULL_DAY, new LoggedExercise("face-pull", "Face pull", SetSyntax.parse("2x15x10 w", WeightUnit.KG), "")));
        assertThat(suggest(log, null, NO_HINT)).isEmpty();
        assertThat(suggest(List.of(), null, NO_HINT)).isEmpty();
    }

    @Test
    void theLastLoadIsTheHeaviestWorkingSetOfTheLatestSessionWithTheLift() throws Exception {
        // logged again after the check (today, lighter already): that is the last working load
        List<Session> log = List.of(session(PULL_DAY, ex("barbell-row", "10x40 w, 8x60, 8x62.5, 6x62.5")),
                session(PULL_DAY.plusHours(22), ex("barbell-row", "8x50, 8x50")));
        var s = suggest(log, null, NO_HINT).orElseThrow();
        assertThat(SetSyntax.format(s.lastTop())).isEqualTo("8x50kg");
        assertThat(s.lastSets()).isEqualTo(2);
        assertThat(SetSyntax.format(s.suggested())).isEqualTo("8x32.5kg");
        assertThat(s.sets()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "8x60, 8x40kg",
            "5x100, 5x65kg",
            "8x10, 8x7.5kg",
            "8x2, 8x2.5kg",
            "8x135lb, 8x90lb",
            "10@bw, 7@bw",
            "6@bw+20, 6@bw",
            "8@bw-20, 5@bw-20kg",
            "1@bw, 1@bw"})
    void lighterIsAboutTwoThirds(String last, String lighter) throws Exception {
        LoggedSet top = SetSyntax.parse(last, WeightUnit.KG).get(0);
        assertThat(SetSyntax.format(ExerciseDeload.lighter(top))).isEqualTo(lighter);
    }

    @Test
    void onlyOneExerciseIsDeloaded() throws Exception {
        List<Session> log = List.of(session(PULL_DAY, ex("barbell-row", "3x8x60"), ex("pull-up", "3x6@bw")));
        var s = suggest(log, null, NO_HINT).orElseThrow();
        assertThat(s.exerciseId()).isEqualTo("pull-up");
        assertThat(s.reason()).contains("muscle soreness").contains("the rest of your session stays as it is");
        assertThat(Fault.SHRUGGING.displayName()).isNotBlank();
    }
}

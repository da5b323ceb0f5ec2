package formcoach.log;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static formcoach.log.LogFixtures.LIBRARY;
import static formcoach.log.LogFixtures.LOOKUP;
import static formcoach.log.LogFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

class InsightsTest {
    /** Monday 3 March 2025, ISO week 2025-W10. */
    private static final LocalDateTime W10 = LocalDateTime.of(2025, 3, 3, 18, 0);

    private static Insights of(List<Session> sessions) {
        return new Insights(sessions, LOOKUP);
    }

    /** One session of {@code sets[i]} bent-over-row working sets in each consecutive week from 2025-W10 (0 = no session). */
    private static List<Session> weekly(int... sets) {
        List<Session> out = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            if (sets[i] > 0) {
                out.add(session(W10.plusWeeks(i), "barbell-bent-over-row", sets[i], 2));
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"2024-12-30, 2025-W01", "2025-01-05, 2025-W01", "2021-01-03, 2020-W53", "2025-03-03, 2025-W10",
            "2025-03-09, 2025-W10", "2026-12-31, 2026-W53", "2027-01-01, 2026-W53"})
    void weeksAreIsoWeeksOfTheWeekBasedYear(LocalDate date, String week) {
        assertThat(Session.isoWeek(date)).isEqualTo(week);
        Insights in = of(List.of(session(date.atTime(23, 59), "pull-up", 3, 1)));
        assertThat(in.weeks()).extracting(Insights.Week::week).containsExactly(week);
    }

    @Test
    void workingSetsCountEverySetButWarmupsIncludingUnmappedExercises() {
        Session s = new Session(null, W10, "", "strong", "k", "", List.of(
                new LoggedExercise(null, "Bench Press (Barbell)", List.of(LoggedSet.of(5, 80, WeightUnit.KG),
                        LoggedSet.of(5, 80, WeightUnit.KG).withType(SetType.FAILURE), LoggedSet.of(10, 40, WeightUnit.KG).withType(SetType.WARMUP)), ""),
                new LoggedExercise("pull-up", "Pull Up", List.of(LoggedSet.of(8, 0, WeightUnit.KG).withType(SetType.DROP)), "")));
        Insights.Week w = of(List.of(s)).weeks().get(0);
        assertThat(w.workingSets()).isEqualTo(3);
        assertThat(w.byGroup().get(MuscleGroup.LATS)).isEqualTo(1.0);
    }

    @Test
    void primaryCountsOneSecondaryHalfAndAGroupOncePerSet() {
        // one-arm dumbbell row: lats, rhomboids and mid traps primary; rear delts and biceps secondary
        Insights.Week w = of(List.of(session(W10, "one-arm-dumbbell-row", 4, 2))).weeks().get(0);
        assertThat(w.workingSets()).isEqualTo(4);
        assertThat(w.byGroup()).containsEntry(MuscleGroup.LATS, 4.0)
                .containsEntry(MuscleGroup.MID_TRAPS_RHOMBOIDS, 4.0)
                .containsEntry(MuscleGroup.REAR_DELTS, 2.0)
                .containsEntry(MuscleGroup.BICEPS, 2.0)
                .containsEntry(MuscleGroup.LOWER_TRAPS, 0.0)
                .containsEntry(MuscleGroup.SPINAL_ERECTORS, 0.0)
                .containsEntry(MuscleGroup.UPPER_TRAPS, 0.0);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // weekly sets from 2025-W10 | week asked | ratio (or empty) | level
            "32,32,32,32,51 | 4 | 1.59 | WARNING",
            "10,10,10,10,13 | 4 | 1.3 | CAUTION",
            "10,10,10,10,12 | 4 | 1.2 | ",
            "10,10,10,10,14 | 4 | 1.4 | CAUTION",
            "10,10,10,10,15 | 4 | 1.5 | WARNING",
            "10,10,10,15 | 3 | 1.5 | WARNING",
            "10,10,15 | 2 | | ",
            "20,0,20,20,30 | 4 | 2.0 | WARNING",
            "40,10,10,10,10,13 | 5 | 1.3 | CAUTION",
            "10,10,10,10,5 | 4 | 0.5 | ",
    })
    void loadRatioAgainstTheFourWeeksBefore(String weeks, int asked, Double ratio, Insights.Level level) {
        int[] sets = java.util.Arrays.stream(weeks.split(",")).mapToInt(Integer::parseInt).toArray();
        Insights in = of(weekly(sets));
        var r = in.ratio(W10.toLocalDate().plusWeeks(asked), Insights.TOTAL);
        if (ratio == null) {
            assertThat(r).isEmpty();
            return;
        }
        assertThat(r).isPresent();
        assertThat(r.get().roundedRatio()).isEqualTo(ratio);
        assertThat(r.get().level().orElse(null)).isEqualTo(level);
        assertThat(r.get().week()).isEqualTo(Session.isoWeek(W10.toLocalDate().plusWeeks(asked)));
    }

    @Test
    void loadJumpsAreListedPerGroupAndInTotalWithTheNumbersInWords() {
        Insights in = of(weekly(32, 32, 32, 32, 51));
        List<Insights.LoadRatio> jumps = in.loadJumps();
        assertThat(jumps).extracting(Insights.LoadRatio::group).contains("total", "lats", "mid-traps-rhomboids");
        Insights.LoadRatio total = jumps.get(0);
        assertThat(total.group()).isEqualTo("total");
        assertThat(total.week()).isEqualTo("2025-W14");
        assertThat(total.sentence()).isEqualTo("Working sets this week: 51, your 4-week average 32 — 1.6×");
    }

    @Test
    void aRatioNeedsAnAverageAboveZero() {
        Insights in = of(List.of(session(W10, "pull-up", 3, 0), session(W10.plusWeeks(4), "conventional-deadlift", 3, 0)));
        assertThat(in.ratio(W10.toLocalDate().plusWeeks(4), "lats")).isPresent();
        assertThat(in.ratio(W10.toLocalDate().plusWeeks(4), "spinal-erectors")).isEmpty();
    }

    @ParameterizedTest(name = "{0} sets, rir {1}, asked after {2} h → {3} h left")
    @CsvSource(nullValues = "-", value = {
            "3, -, 24, 24", "3, -, 48, 0", "6, -, 24, 48", "6, -, 72, 0", "3, 1, 24, 48", "3, 2, 24, 24", "1, -, 1, 0"})
    void recoveryNeeds48Or72Hours(int sets, Integer rir, int after, long left) {
        List<LoggedSet> s = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            s.add(new LoggedSet(8, 60, WeightUnit.KG, LoadKind.EXTERNAL, SetType.NORMAL, rir, null, null, null));
        }
        Session row = new Session(null, W10, "", "manual", null, "", List.of(new LoggedExercise("barbell-bent-over-row", "row", s, "")));
        Insights.Recovery r = of(List.of(row)).recovery(W10.plusHours(after), Map.of()).stream()
                .filter(x -> x.group() == MuscleGroup.MID_TRAPS_RHOMBOIDS).findFirst().orElseThrow();
        assertThat(r.hoursLeft()).isEqualTo(left);
        assertThat(r.recovering()).isEqualTo(left > 0);
    }

    @Test
    void anOverrideAfterTheSessionEndsTheWaitOneBeforeItDoesNot() {
        Insights in = of(List.of(session(W10, "pull-up", 4, 0)));
        LocalDateTime now = W10.plusHours(20);
        assertThat(lats(in.recovery(now, Map.of(MuscleGroup.LATS, W10.plusHours(19)))).recovering()).isFalse();
        assertThat(lats(in.recovery(now, Map.of(MuscleGroup.LATS, W10.minusHours(1)))).recovering()).isTrue();
        assertThat(lats(in.recovery(now, Map.of())).recovering()).isTrue();
        // a later session starts the wait again
        Insights again = of(List.of(session(W10, "pull-up", 4, 0), session(W10.plusHours(30), "pull-up", 4, 0)));
        assertThat(lats(again.recovery(W10.plusHours(31), Map.of(MuscleGroup.LATS, W10.plusHours(19)))).recovering()).isTrue();
    }

    private static Insights.Recovery lats(List<Insights.Recovery> all) {
        return all.stream().filter(r -> r.group() == MuscleGroup.LATS).findFirst().orElseThrow();
    }

    @Test
    void sessionsAfterTheTimeAskedAboutAreNotCounted() {
        Insights in = of(List.of(session(W10.plusDays(1), "pull-up", 4, 0)));
        assertThat(lats(in.recovery(W10, Map.of())).lastTrained()).isNull();
    }

    @ParameterizedTest(name = "{0} pull-up sets, {1} face-pull sets, {2} row sets → lats dominate: {3}")
    @CsvSource({"8, 2, 0, true", "8, 0, 6, false", "3, 0, 0, false", "12, 5, 3, false", "12, 4, 2, true"})
    void balanceOverFourWeeks(int pullups, int facePulls, int rows, boolean dominate) {
        List<Session> s = new ArrayList<>();
        s.add(session(W10, "pull-up", pullups, 0));
        if (facePulls > 0) {
            s.add(session(W10.plusDays(2), "face-pull", facePulls, 0));
        }
        if (rows > 0) {
            s.add(session(W10.plusDays(3), "seated-cable-row", rows, 0));
        }
        Insights.Balance b = of(s).balance(W10.plusDays(7), LIBRARY);
        assertThat(b.latsDominate()).isEqualTo(dominate);
        assertThat(b.verticalPulling()).isEqualTo(pullups);
        assertThat(b.scapularWork()).isEqualTo(facePulls + rows);
        assertThat(b.correctives()).extracting(Exercise::id).contains("face-pull", "band-pull-apart", "prone-y-raise")
                .doesNotContain("chin-tuck");
        // sessions more than four weeks back do not count
        assertThat(of(s).balance(W10.plusDays(40), LIBRARY).verticalPulling()).isZero();
    }

    @Test
    void faultHistoryPerExerciseFromTheTaps() {
        LoggedSet shrug = LoggedSet.of(8, 60, WeightUnit.KG).withFault(Fault.SHRUGGING);
        LoggedSet swing = LoggedSet.of(8, 60, WeightUnit.KG).withFault(Fault.MOMENTUM);
        LoggedSet clean = LoggedSet.of(8, 60, WeightUnit.KG);
        List<Session> s = List.of(
                new Session(null, W10, "", "manual", null, "", List.of(new LoggedExercise("barbell-bent-over-row", "Row", List.of(shrug, shrug, clean), ""))),
                new Session(null, W10.plusDays(3), "", "manual", null, "", List.of(new LoggedExercise("barbell-bent-over-row", "Row", List.of(swing, clean), ""),
                        new LoggedExercise("pull-up", "Pull-up", List.of(clean), ""))));
        List<Insights.FaultHistory> h = of(s).faultHistory();
        assertThat(h).hasSize(1);
        assertThat(h.get(0).exerciseKey()).isEqualTo("barbell-bent-over-row");
        assertThat(h.get(0).total(Fault.SHRUGGING)).isEqualTo(2);
        assertThat(h.get(0).total(Fault.MOMENTUM)).isEqualTo(1);
        assertThat(h.get(0).byDate()).containsOnlyKeys(W10.toLocalDate(), W10.toLocalDate().plusDays(3));
        assertThat(h.get(0).sets()).isEqualTo(5);
    }
}

package formcoach.paincheck;

import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryAndRechecksTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Instant T0 = Instant.parse("2025-03-03T18:00:00Z");

    @TempDir
    Path tmp;

    static PainCheckRecord check(String id, Instant time, Facts f) {
        return PainCheckRecord.of(id, time, f, CHECKER.check(f, CHECKER.region("GB")), null, null, List.of());
    }

    static PainCheckRecord check(String id, Instant time) {
        return check(id, time, TestFacts.doms(""));
    }

    @Test
    void historyAddsListsAndFindsChecksInTimeOrder() throws StoreException {
        JsonStore store = new JsonStore(tmp, Clock.fixed(T0, ZoneId.of("UTC")));
        PainCheckHistory h = new PainCheckHistory(store);
        assertThat(h.list()).isEmpty();
        Facts f = TestFacts.doms("\"popOrClick\": true");
        PainCheckRecord later = h.add(f, CHECKER.check(f, CHECKER.region("GB")), T0.plusSeconds(3600), "neck-traps", "rows day", List.of());
        PainCheckRecord earlier = h.add(TestFacts.doms(""), CHECKER.check(TestFacts.doms(""), CHECKER.region("GB")), T0, null, null, List.of());
        assertThat(h.list()).extracting(PainCheckRecord::id).containsExactly(earlier.id(), later.id());
        PainCheckRecord found = h.find(later.id()).orElseThrow();
        assertThat(found).isEqualTo(later);
        assertThat(found.facts()).isEqualTo(f);
        assertThat(found.level()).isEqualTo(Level.URGENT);
        assertThat(found.areaId()).contains("neck-traps");
        assertThat(found.note()).contains("rows day");
        assertThat(found.rulesVersion()).isEqualTo(CHECKER.rulesVersion());
        assertThat(h.find("pc-nope")).isEmpty();
    }

    @Test
    void idsAreUniqueEvenForChecksInTheSameSecond() throws StoreException {
        PainCheckHistory h = new PainCheckHistory(new JsonStore(tmp, Clock.systemUTC()));
        Facts f = TestFacts.doms("");
        String a = h.add(f, CHECKER.check(f, CHECKER.region("GB")), T0, null, null, List.of()).id();
        String b = h.add(f, CHECKER.check(f, CHECKER.region("GB")), T0, null, null, List.of()).id();
        assertThat(a).isEqualTo("pc-20250303-180000");
        assertThat(b).isEqualTo("pc-20250303-180000-2");
        assertThatThrownBy(() -> h.add(check(a, T0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDamagedHistoryFileIsSetAsideWithANoticeNotLost() throws Exception {
        Files.writeString(tmp.resolve("pain-checks.json"), "{\"schemaVersion\": 1, \"data\": [{\"id\": 3}]}");
        Loaded<List<PainCheckRecord>> l = new PainCheckHistory(new JsonStore(tmp, Clock.fixed(T0, ZoneId.of("UTC")))).load();
        assertThat(l.value()).isEmpty();
        assertThat(l.notice()).isPresent();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("pain-checks.corrupt-"));
        }
    }

    @Test
    void rechecksAreDueAt24h48h72hAnd7Days() {
        PainCheckRecord first = check("a", T0);
        assertThat(Rechecks.schedule(first)).extracting(Rechecks.Recheck::dueAt).containsExactly(
                T0.plus(Duration.ofHours(24)), T0.plus(Duration.ofHours(48)), T0.plus(Duration.ofHours(72)), T0.plus(Duration.ofDays(7)));
    }

    @ParameterizedTest(name = "{0} h after the check -> re-check {1}")
    @CsvSource(textBlock = """
            0,    0
            23,   0
            24,   1
            47,   1
            48,   2
            72,   3
            100,  3
            167,  3
            168,  4
            215,  4
            216,  0
            400,  0
            """)
    void whichRecheckIsDueWithAFakeClock(int hours, int expected) {
        List<PainCheckRecord> history = List.of(check("a", T0));
        Clock clock = Clock.fixed(T0.plus(Duration.ofHours(hours)), ZoneId.of("Europe/London"));
        assertThat(Rechecks.due(history, clock).map(Rechecks.Recheck::number).orElse(0)).isEqualTo(expected);
    }

    @Test
    void aLaterCheckInTheWindowCountsAsDone() {
        List<PainCheckRecord> history = new ArrayList<>(List.of(check("a", T0)));
        Instant now = T0.plus(Duration.ofHours(30));
        assertThat(Rechecks.due(history, now)).map(Rechecks.Recheck::number).contains(1);
        history.add(check("b", T0.plus(Duration.ofHours(26))));
        assertThat(Rechecks.due(history, now)).isEmpty();
        // the 48-hour one is still to come, and the re-check did not start a schedule of its own
        assertThat(Rechecks.due(history, T0.plus(Duration.ofHours(49)))).map(Rechecks.Recheck::number).contains(2);
        assertThat(Rechecks.next(history, now)).map(Rechecks.Recheck::number).contains(2);
        assertThat(Rechecks.currentAnchor(history)).map(PainCheckRecord::id).contains("a");
    }

    @Test
    void aCheckShortlyBeforeTheDueTimeCountsAsThatRecheck() {
        List<PainCheckRecord> history = List.of(check("a", T0), check("b", T0.plus(Duration.ofHours(20))));
        assertThat(Rechecks.due(history, T0.plus(Duration.ofHours(25)))).isEmpty();
        List<PainCheckRecord> tooEarly = List.of(check("a", T0), check("b", T0.plus(Duration.ofHours(12))));
        assertThat(Rechecks.due(tooEarly, T0.plus(Duration.ofHours(25)))).map(Rechecks.Recheck::number).contains(1);
    }

    @Test
    void aCheckAfterTheEpisodeStartsANewSchedule() {
        List<PainCheckRecord> history = List.of(check("a", T0), check("b", T0.plus(Duration.ofDays(10))));
        assertThat(Rechecks.currentAnchor(history)).map(PainCheckRecord::id).contains("b");
        assertThat(Rechecks.due(history, T0.plus(Duration.ofDays(11)))).map(Rechecks.Recheck::anchorId).contains("b");
        assertThat(Rechecks.due(List.of(), T0)).isEmpty();
    }

    @Test
    void prefillAdvancesDaysSinceOnsetByCalendarDaysAndKeepsTheOtherAnswers() {
        Facts f = TestFacts.doms("\"daysSinceOnset\": 1, \"swelling\": true");
        PainCheckRecord prev = check("a", Instant.parse("2025-03-03T22:30:00Z"), f);
        ZoneId utc = ZoneId.of("UTC");
        assertThat(Rechecks.prefill(prev, ZonedDateTime.of(2025, 3, 3, 23, 50, 0, 0, utc)).daysSinceOnset()).isEqualTo(1);
        assertThat(Rechecks.prefill(prev, ZonedDateTime.of(2025, 3, 4, 8, 0, 0, 0, utc)).daysSinceOnset()).isEqualTo(2);
        Facts later = Rechecks.prefill(prev, Clock.fixed(Instant.parse("2025-03-07T09:00:00Z"), utc));
        assertThat(later.daysSinceOnset()).isEqualTo(5);
        assertThat(later.with(FactKey.DAYS_SINCE_ONSET, 1)).isEqualTo(f);
    }

    @Test
    void aRecheckOfUnimprovedPainEscalatesAsTheRulesSay() {
        PainCheckRecord day1 = check("a", T0, TestFacts.doms("\"daysSinceOnset\": 1, \"improving\": false"));
        assertThat(day1.level()).isEqualTo(Level.SELF_CARE_DOMS);
        Facts recheck = Rechecks.prefill(day1, ZonedDateTime.ofInstant(T0.plus(Duration.ofDays(2)), ZoneId.of("UTC")));
        assertThat(CHECKER.check(recheck, CHECKER.region("GB")).level()).isEqualTo(Level.SEE_PROFESSIONAL);
    }

    @ParameterizedTest(name = "{0} h -> up to {1}")
    @CsvSource(textBlock = """
            0,   2
            12,  5
            24,  6
            48,  6
            72,  6
            96,  4
            120, 4
            121, 0
            200, 0
            """)
    void expectedSorenessBandRisesPeaksAndIsGoneAfterDay5(double hours, int high) {
        assertThat(SorenessCourse.expectedAt(hours).high()).isEqualTo(high);
        assertThat(SorenessCourse.expectedAt(hours).low()).isZero();
    }

    @Test
    void checksOutsideTheSorenessCourseAreMarked() {
        List<SorenessCourse.Assessed> a = SorenessCourse.assess(List.of(
                new SorenessCourse.Point(24, 4, false),
                new SorenessCourse.Point(48, 5, false),
                new SorenessCourse.Point(80, 3, true),
                new SorenessCourse.Point(96, 4, false),
                new SorenessCourse.Point(130, 1, true),
                new SorenessCourse.Point(20, 8, false)));
        assertThat(a.get(0).outside()).isFalse();
        assertThat(a.get(1).outside()).isFalse();
        assertThat(a.get(2).outside()).isFalse();
        assertThat(a.get(3).deviations()).containsExactlyInAnyOrder(
                SorenessCourse.Deviation.RISING_AFTER_PEAK, SorenessCourse.Deviation.NOT_BETTER_BY_DAY_3);
        assertThat(a.get(4).deviations()).containsExactlyInAnyOrder(
                SorenessCourse.Deviation.PAST_DAY_5, SorenessCourse.Deviation.ABOVE_EXPECTED);
        assertThat(a.get(5).deviations()).containsExactly(SorenessCourse.Deviation.ABOVE_EXPECTED);
        for (SorenessCourse.Deviation d : SorenessCourse.Deviation.values()) {
            assertThat(CHECKER.advice().courseText(d)).isNotBlank();
        }
    }

    @Test
    void seriesUsesTheSessionTimeWhenKnownOtherwiseAnEstimate() {
        PainCheckRecord c = check("a", T0, TestFacts.doms("\"onsetHours\": 10, \"daysSinceOnset\": 2"));
        assertThat(SorenessCourse.series(List.of(c), null).get(0).hoursSinceSession()).isEqualTo(58.0);
        assertThat(SorenessCourse.series(List.of(c), T0.minus(Duration.ofHours(50))).get(0).hoursSinceSession()).isEqualTo(50.0);
    }
}

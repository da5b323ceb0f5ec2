package formcoach.timer;

import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLogTest {
    private static final long S = 1_000_000_000L;
    @TempDir
    Path dir;

    static RunSummary summary(long workedSeconds, boolean completed) {
        return new RunSummary("upper-back-warmup", "Upper-back warm-up", RoutineKind.WARMUP, 3, 7,
                workedSeconds * S, 390 * S, (workedSeconds + 30) * S, completed);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            390, true,  true
            200, true,  true
            10,  true,  false
            195, false, true
            194, false, false
            0,   false, false
            """)
    void atLeastHalfTheWorkDoneIsRecordedEvenWhenTheEndWasReachedBySkipping(long worked, boolean completed, boolean recorded) {
        assertThat(SessionLog.shouldRecord(summary(worked, completed))).isEqualTo(recorded);
    }

    @Test
    void recordsAreStoredWithTimesAndCountsAndReadBack() throws Exception {
        Clock wall = Clock.fixed(Instant.parse("2025-03-01T10:07:00Z"), ZoneOffset.UTC);
        JsonStore store = new JsonStore(dir, wall);
        SessionLog log = new SessionLog(store, wall);
        Instant start = Instant.parse("2025-03-01T10:00:00Z");
        SessionRecord rec = log.recordIfDue(summary(200, false), start).orElseThrow();
        assertThat(rec).isEqualTo(new SessionRecord("20250301-100000-upper-back-warmup", start, wall.instant(),
                "upper-back-warmup", "Upper-back warm-up", RoutineKind.WARMUP, 3, 7, 230, false));
        assertThat(log.recordIfDue(summary(100, false), start)).isEmpty();
        SessionRecord second = log.recordIfDue(summary(390, true), start).orElseThrow();
        assertThat(second.id()).isEqualTo("20250301-100000-upper-back-warmup-2");
        assertThat(new SessionLog(new JsonStore(dir, wall), wall).all()).containsExactly(rec, second);
    }

    @Test
    void theRecorderWritesWhenARunEndsOrIsStoppedLate() throws Exception {
        Clock wall = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        SessionLog log = new SessionLog(new JsonStore(dir, wall), wall);
        FakeClock clock = new FakeClock();
        TimerEngine engine = new TimerEngine(clock, TimerEngineTest.TWO_STEPS, 3);
        List<String> problems = new ArrayList<>();
        engine.addListener(new SessionRecorder(engine, log, wall, Runnable::run, problems::add));

        engine.start();
        clock.advanceSeconds(3 + 5);
        engine.stop(); // 5 of 26 s of work: not recorded
        assertThat(log.all()).isEmpty();

        engine.restart();
        clock.advanceSeconds(3 + 10 + 3 + 4);
        engine.stop(); // 14 of 26 s: recorded as not completed
        engine.restart();
        clock.advanceSeconds(60);
        engine.tick(); // finished
        assertThat(log.all()).extracting(SessionRecord::completed).containsExactly(false, true);
        assertThat(log.all()).extracting(SessionRecord::stepsCompleted).containsExactly(1, 2);
        assertThat(log.all().get(1).durationSeconds()).isEqualTo(37);
        assertThat(problems).isEmpty();
    }
}

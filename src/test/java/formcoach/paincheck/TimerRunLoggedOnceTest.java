package formcoach.paincheck;

import formcoach.library.Library;
import formcoach.log.SessionDraft;
import formcoach.log.TrainingLog;
import formcoach.store.JsonStore;
import formcoach.timer.RoutineKind;
import formcoach.timer.RunSummary;
import formcoach.timer.SessionLog;
import formcoach.timer.SessionRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timer run that was also logged ("Log this session") is one session in the pain check's sessions
 * before and in the clinician letter's training list (both read {@link TrainingLinks#sessionsBetween}).
 */
class TimerRunLoggedOnceTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-05-10T18:00:00Z");
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;
    private JsonStore store;
    private TrainingLinks links;
    private SessionRecord run;

    @BeforeEach
    void setUp() throws Exception {
        store = new JsonStore(dir, Clock.fixed(NOW, ZONE));
        Library library = Library.load(store);
        links = new TrainingLinks(store, new SessionLog(store, Clock.fixed(NOW, ZONE)), () -> Optional.of(library), ZONE);
        Instant started = NOW.minusSeconds(7700).plusMillis(437);
        run = new SessionLog(store, Clock.fixed(started.plusSeconds(500), ZONE)).recordIfDue(
                new RunSummary("upper-back-warmup", "Upper-back warm-up", RoutineKind.WARMUP, 2, 2, 500 * S, 500 * S, 500 * S, true),
                started).orElseThrow();
    }

    private void logTheRun(SessionRecord r) throws Exception {
        SessionDraft draft = SessionDraft.fromTimer(LocalDateTime.ofInstant(r.startedAt(), ZONE), r.routineName(), List.of(
                new SessionDraft.Step("cat-cow", "Cat-cow", 60, 1, null),
                new SessionDraft.Step("band-pull-apart", "Band pull-apart", 30, 2, 12)), r.stepsCompleted(), r.durationSeconds(), true);
        TrainingLog.load(store, Clock.fixed(NOW, ZONE)).save(draft.toSession(null));
    }

    @Test
    void aLoggedTimerRunIsListedOnceWithTheLoggedLifts() throws Exception {
        assertThat(links.sessionsBetween(NOW.minus(Duration.ofDays(14)), NOW)).hasSize(1);
        logTheRun(run);
        List<SessionSummary> sessions = links.sessionsBetween(NOW.minus(Duration.ofDays(14)), NOW);
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Upper-back warm-up");
            assertThat(s.lifts()).containsExactly("Cat-cow", "Band pull-apart");
            assertThat(s.liftIds()).containsExactly("cat-cow", "band-pull-apart");
            assertThat(s.time()).isEqualTo(run.endedAt());
            assertThat(s.kind()).isEqualTo("warmup");
            assertThat(s.duration()).isEqualTo(Duration.ofSeconds(500));
        });
    }

    @Test
    void otherSessionsAtTheSameTimeAndOtherRunsStaySeparate() throws Exception {
        logTheRun(run);
        // a second run of the same routine later the same day, not logged
        new SessionLog(store, Clock.fixed(NOW.minusSeconds(600), ZONE)).recordIfDue(
                new RunSummary("upper-back-warmup", "Upper-back warm-up", RoutineKind.WARMUP, 2, 2, 500 * S, 500 * S, 500 * S, true),
                NOW.minusSeconds(1100));
        // lifts logged by hand starting at the same minute as the first run
        TrainingLog.load(store, Clock.fixed(NOW, ZONE)).save(new formcoach.log.Session(null,
                LocalDateTime.ofInstant(run.startedAt(), ZONE), "Pull day", "manual", null, "", List.of(
                new formcoach.log.LoggedExercise("barbell-bent-over-row", "Barbell bent-over row",
                        formcoach.log.SetSyntax.parse("3x8x60", formcoach.log.WeightUnit.KG), null))));
        List<SessionSummary> sessions = links.sessionsBetween(NOW.minus(Duration.ofDays(14)), NOW);
        assertThat(sessions).extracting(SessionSummary::title)
                .containsExactlyInAnyOrder("Upper-back warm-up", "Pull day", "Upper-back warm-up");
        assertThat(sessions).filteredOn(s -> s.kind().equals("warmup")).extracting(s -> s.lifts().size())
                .containsExactlyInAnyOrder(2, 0);
    }
}

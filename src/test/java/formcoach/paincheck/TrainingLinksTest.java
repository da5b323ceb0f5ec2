package formcoach.paincheck;

import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.store.JsonStore;
import formcoach.timer.RoutineKind;
import formcoach.timer.RunSummary;
import formcoach.timer.SessionLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingLinksTest {
    private static final Instant NOW = Instant.parse("2026-05-10T18:00:00Z");
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;
    private JsonStore store;
    private Library library;
    private TrainingLinks links;

    @BeforeEach
    void setUp() throws Exception {
        store = new JsonStore(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        library = Library.load(store);
        links = new TrainingLinks(store, new SessionLog(store, Clock.fixed(NOW, ZoneOffset.UTC)), () -> Optional.of(library), ZoneOffset.UTC);
    }

    @Test
    void planSavedThroughTheLibraryIsASessionWithItsLiftNamesAndTime() throws Exception {
        library.savePlan(new TodayPlan(LocalDate.of(2026, 5, 10), List.of("barbell-bent-over-row", "wide-grip-lat-pulldown"), true));
        List<SessionSummary> sessions = links.sessionsBetween(NOW.minusSeconds(3600), NOW.plusSeconds(1));
        assertThat(sessions).hasSize(1);
        SessionSummary s = sessions.get(0);
        assertThat(s.time()).isEqualTo(NOW);
        assertThat(s.lifts()).containsExactly("Barbell bent-over row", "Wide-grip lat pulldown");
        assertThat(s.liftIds()).containsExactly("barbell-bent-over-row", "wide-grip-lat-pulldown");
        assertThat(s.kind()).isEqualTo("lifts");
    }

    @Test
    void loggedSessionsComeWithTheirLiftsSoThePainCheckAndTheLetterSeeThem() throws Exception {
        formcoach.log.TrainingLog log = formcoach.log.TrainingLog.load(store, Clock.fixed(NOW, ZoneOffset.UTC));
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(NOW.minusSeconds(5400), ZoneOffset.UTC);
        log.save(new formcoach.log.Session(null, start, "", "manual", null, "", List.of(
                new formcoach.log.LoggedExercise("barbell-bent-over-row", "Barbell bent-over row",
                        formcoach.log.SetSyntax.parse("3x8x60", formcoach.log.WeightUnit.KG), null),
                new formcoach.log.LoggedExercise(null, "Cable crunch",
                        formcoach.log.SetSyntax.parse("3x12x20", formcoach.log.WeightUnit.KG), null))));
        // a session outside the window is left out
        log.save(new formcoach.log.Session(null, start.minusDays(3), "Old day", "manual", null, "", List.of()));
        List<SessionSummary> sessions = links.sessionsBetween(NOW.minusSeconds(7200), NOW.plusSeconds(1));
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("log");
            assertThat(s.title()).isEqualTo("Barbell bent-over row and Cable crunch");
            assertThat(s.lifts()).containsExactly("Barbell bent-over row", "Cable crunch");
            assertThat(s.liftIds()).containsExactly("barbell-bent-over-row");
            assertThat(s.time()).isEqualTo(NOW.minusSeconds(5400));
        });
    }

    @Test
    void theTrainingLogsNotesNameTheGroupsTrainedAndTheFaultsTapped() throws Exception {
        assertThat(links.trainingNotes(NOW)).isEmpty();
        formcoach.log.TrainingLog log = formcoach.log.TrainingLog.load(store, Clock.fixed(NOW, ZoneOffset.UTC));
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(NOW.minusSeconds(36_000), ZoneOffset.UTC);
        log.save(new formcoach.log.Session(null, start, "Pull day", "manual", null, "", List.of(
                new formcoach.log.LoggedExercise("barbell-bent-over-row", "Barbell bent-over row",
                        formcoach.log.SetSyntax.parse("3x8x60 shrug", formcoach.log.WeightUnit.KG), null))));
        List<String> notes = links.trainingNotes(NOW);
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("Trained hard in the 72 hours before: ").contains("lats"));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("In your last sessions you tapped shrugging on the Barbell bent-over row"));
    }

    @Test
    void timerRunsAndThePlanComeTogetherOldestFirst() throws Exception {
        new SessionLog(store, Clock.fixed(NOW.minusSeconds(7200), ZoneOffset.UTC)).recordIfDue(
                new RunSummary("upper-back-warmup", "Upper-back warm-up", RoutineKind.WARMUP, 7, 7, 390 * S, 390 * S, 420 * S, true),
                NOW.minusSeconds(7700));
        library.savePlan(new TodayPlan(LocalDate.of(2026, 5, 10), List.of("pull-up"), true));
        List<SessionSummary> sessions = links.sessionsBetween(NOW.minusSeconds(86_400), NOW.plusSeconds(1));
        assertThat(sessions).extracting(SessionSummary::title).containsExactly("Upper-back warm-up", "Pull-up");
    }

    @Test
    void planOutsideTheWindowIsLeftOut() throws Exception {
        library.savePlan(new TodayPlan(LocalDate.of(2026, 5, 10), List.of("pull-up"), false));
        assertThat(links.sessionsBetween(NOW.plusSeconds(60), NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void neckAndTrapsAfterARowPointAtShrugging() {
        Optional<PainCheckLinks.FormHint> hint = links.formHint(List.of("barbell-bent-over-row"), "neck-traps");
        assertThat(hint).isPresent();
        assertThat(hint.get().fault()).isEqualTo("SHRUGGING");
        assertThat(hint.get().exerciseName()).isEqualTo("Barbell bent-over row");
        assertThat(hint.get().cue()).isNotBlank();
        assertThat(hint.get().fix()).isNotBlank();
    }

    @Test
    void whereTheLiftShouldBeFeltGivesNoFaultHint() {
        assertThat(links.formHint(List.of("barbell-bent-over-row"), "between-shoulder-blades")).isEmpty();
    }

    @Test
    void unknownAreaOrLiftsOrNoLibraryGiveNoHint() {
        assertThat(links.formHint(List.of("barbell-bent-over-row"), "elsewhere")).isEmpty();
        assertThat(links.formHint(List.of("no-such-lift"), "neck-traps")).isEmpty();
        TrainingLinks notLoaded = new TrainingLinks(store, new SessionLog(store, Clock.systemUTC()), Optional::empty, ZoneOffset.UTC);
        assertThat(notLoaded.formHint(List.of("barbell-bent-over-row"), "neck-traps")).isEmpty();
    }
}

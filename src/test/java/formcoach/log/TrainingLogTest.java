package formcoach.log;

import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static formcoach.log.LogFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingLogTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 3, 18, 0);

    private TrainingLog open() throws Exception {
        return TrainingLog.load(new JsonStore(dir, CLOCK), CLOCK);
    }

    @Test
    void savesOneFilePerMonthAndReadsThemBack() throws Exception {
        TrainingLog log = open();
        Session a = log.save(session(AT, "pull-up", 3, 1));
        Session b = log.save(session(AT.plusDays(1), "face-pull", 2, 0));
        Session c = log.save(session(AT.plusMonths(1), "pull-up", 4, 0));
        assertThat(a.id()).isEqualTo("2025-03-1");
        assertThat(b.id()).isEqualTo("2025-03-2");
        assertThat(c.id()).isEqualTo("2025-04-1");
        assertThat(dir.resolve("training-log-2025-03.json")).exists();
        assertThat(dir.resolve("training-log-2025-04.json")).exists();
        TrainingLog again = open();
        assertThat(again.sessions()).containsExactly(a, b, c);
        assertThat(again.setCount()).isEqualTo(10);
    }

    @Test
    void editingKeepsTheIdAndMovingToAnotherMonthTakesANewOne() throws Exception {
        TrainingLog log = open();
        Session a = log.save(session(AT, "pull-up", 3, 1));
        Session edited = log.save(a.withExercises(List.of(new LoggedExercise("pull-up", "Pull-up", List.of(LoggedSet.of(5, 0, WeightUnit.KG)), "felt fine"))));
        assertThat(edited.id()).isEqualTo(a.id());
        assertThat(open().sessions()).containsExactly(edited);
        Session moved = log.save(new Session(a.id(), AT.plusMonths(2), "", "manual", null, "", edited.exercises()));
        assertThat(moved.id()).isEqualTo("2025-05-1");
        assertThat(open().sessions()).containsExactly(moved);
        assertThat(log.delete(moved.id())).isTrue();
        assertThat(log.delete(moved.id())).isFalse();
        assertThat(open().sessions()).isEmpty();
    }

    @Test
    void twoWritersAtOnceNeverChooseTheSameIdNorLoseASession() throws Exception {
        TrainingLog one = open();
        TrainingLog two = open();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> jobs = new ArrayList<>();
            for (TrainingLog log : List.of(one, two)) {
                jobs.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        ids.add(log.save(session(AT.plusMinutes(i), "pull-up", 1, 0)).id());
                    }
                    return ids;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : jobs) {
                all.addAll(f.get());
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(30);
            assertThat(open().sessions()).hasSize(30);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void importedSessionsAreAddedOnce() throws Exception {
        TrainingLog log = open();
        Session s = new Session(null, AT, "Pull", "strong", "strong:2025-03-03T18:00|Pull", "",
                List.of(new LoggedExercise(null, "Lat Pulldown (Cable)", List.of(LoggedSet.of(10, 50, WeightUnit.KG)), "")));
        assertThat(log.addImported(List.of(s)).added()).hasSize(1);
        TrainingLog.Added again = log.addImported(List.of(s));
        assertThat(again.added()).isEmpty();
        assertThat(again.alreadyThere()).isEqualTo(1);
        assertThat(open().sessions()).hasSize(1);
    }

    @Test
    void anUnreadableMonthIsSetAsideAndTheRestStillLoads() throws Exception {
        TrainingLog log = open();
        log.save(session(AT, "pull-up", 3, 0));
        log.save(session(AT.plusMonths(1), "pull-up", 3, 0));
        Files.writeString(dir.resolve("training-log-2025-04.json"), "{ not json");
        Files.deleteIfExists(dir.resolve("training-log-2025-04.json.bak"));
        TrainingLog again = open();
        assertThat(again.sessions()).hasSize(1);
        assertThat(again.notices()).singleElement().asString().contains("training-log-2025-04.json");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("training-log-2025-04.corrupt-"));
        }
    }

    @Test
    void noLockIsLeftHeldAndOnlyWholeFilesAreWritten() throws Exception {
        TrainingLog log = open();
        log.save(session(AT, "pull-up", 3, 0));
        try (var files = Files.list(dir)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
            Collections.sort(names);
            assertThat(names).noneMatch(n -> n.endsWith(".tmp"));
        }
        // another process could take the lock now: a FileChannel lock succeeds at once
        try (var ch = java.nio.channels.FileChannel.open(dir.resolve(".training-log-2025-03.lock"),
                java.nio.file.StandardOpenOption.WRITE); var lock = ch.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }
}

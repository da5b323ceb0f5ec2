package formcoach.reliability;

import formcoach.library.Library;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A library import touches two files (imported and your own exercises). With the disk filling at
 * any write of the import, both files and both backups stay as they were; a kill after the
 * journal is written is completed on the next start; temporary files of killed saves are removed.
 */
class AllOrNothingTest {
    @TempDir
    Path tmp;
    Path dir;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void dataFolder() throws Exception {
        dir = Files.createDirectories(tmp.resolve("data"));
    }

    /** A disk that fills at the {@code failAt}-th write (1-based), as the audit's tiny tmpfs did. */
    private static final class FullDisk implements JsonStore.WriteHook {
        final int failAt;
        final AtomicInteger writes = new AtomicInteger();
        final List<String> written = new ArrayList<>();

        FullDisk(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void beforeWrite(Path file, long bytes) throws IOException {
            written.add(file.getFileName().toString());
            if (writes.incrementAndGet() == failAt) {
                throw new IOException("No space left on device");
            }
        }
    }

    /** Both files and both backups exist: two imports done. */
    private void twoEarlierImports() throws Exception {
        Library lib = Library.load(new JsonStore(dir, clock));
        lib.importFile(Runs.write(tmp.resolve("a.json"), Runs.export(Runs.exercise("imp-a", "import"), Runs.exercise("mine-a", "custom"))));
        lib.importFile(Runs.write(tmp.resolve("b.json"), Runs.export(Runs.exercise("imp-b", "import"), Runs.exercise("mine-b", "custom"))));
        assertThat(Runs.snapshot(dir)).containsOnlyKeys("imported-exercises.json", "imported-exercises.json.bak",
                "custom-exercises.json", "custom-exercises.json.bak");
    }

    @Test
    void aFullDiskAtAnyWriteOfATwoFileImportChangesNeitherFileNorEitherBackup() throws Exception {
        twoEarlierImports();
        Map<String, byte[]> before = Runs.snapshot(dir);
        Path third = Runs.write(tmp.resolve("c.json"), Runs.export(Runs.exercise("imp-c", "import"), Runs.exercise("mine-c", "custom")));

        FullDisk counting = new FullDisk(Integer.MAX_VALUE);
        JsonStore probe = new JsonStore(Files.createDirectories(tmp.resolve("probe")), clock, counting);
        Library.load(new JsonStore(probe.dir(), clock)).importFile(Runs.write(tmp.resolve("p0.json"),
                Runs.export(Runs.exercise("imp-0", "import"), Runs.exercise("mine-0", "custom"))));
        Library.load(probe).importFile(third);
        int writes = counting.writes.get();
        assertThat(writes).as("two backups, two files and the journal: " + counting.written).isEqualTo(5);

        for (int failAt = 1; failAt <= writes; failAt++) {
            Library lib = Library.load(new JsonStore(dir, clock, new FullDisk(failAt)));
            assertThatThrownBy(() -> lib.importFile(third)).as("failing write " + failAt)
                    .isInstanceOf(StoreException.class).hasMessageContaining("Neither file was changed");
            Map<String, byte[]> after = Runs.snapshot(dir);
            assertThat(after.keySet()).as("no temporary file left after failing write " + failAt).isEqualTo(before.keySet());
            for (String name : before.keySet()) {
                assertThat(after.get(name)).as(name + " after failing write " + failAt).isEqualTo(before.get(name));
            }
        }
        Library lib = Library.load(new JsonStore(dir, clock));
        lib.importFile(third);
        assertThat(Library.load(new JsonStore(dir, clock)).find("mine-c")).isPresent();
        assertThat(Runs.text(dir.resolve("custom-exercises.json.bak"))).contains("mine-b").doesNotContain("mine-c");
        assertThat(Runs.text(dir.resolve("imported-exercises.json.bak"))).contains("imp-b").doesNotContain("imp-c");
    }

    @Test
    void theCommandLineImportOnAFullDiskExitsTwoAndLeavesYourExercisesOut() throws Exception {
        twoEarlierImports();
        Map<String, byte[]> before = Runs.snapshot(dir);
        Library lib = Library.load(new JsonStore(dir, clock, new FullDisk(3)));
        assertThatThrownBy(() -> lib.importFile(Runs.write(tmp.resolve("c.json"),
                Runs.export(Runs.exercise("imp-c", "import"), Runs.exercise("mine-c", "custom"))))).isInstanceOf(StoreException.class);
        assertThat(Library.load(new JsonStore(dir, clock)).find("mine-c")).as("the custom exercise did not stay").isEmpty();
        assertThat(Runs.snapshot(dir).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void aChangeKilledAfterItsJournalIsCompletedOnTheNextStart() throws Exception {
        twoEarlierImports();
        // what a kill between the journal and the renames leaves: fsynced temporary files and the journal
        String newImported = "{\"schemaVersion\":1,\"data\":[]}";
        String newCustom = "{\"schemaVersion\":1,\"data\":[]}";
        String oldImported = Runs.text(dir.resolve("imported-exercises.json"));
        String oldCustom = Runs.text(dir.resolve("custom-exercises.json"));
        Runs.write(dir.resolve(".imported-exercises.bak.11.tmp"), oldImported);
        Runs.write(dir.resolve(".custom-exercises.bak.12.tmp"), oldCustom);
        Runs.write(dir.resolve(".imported-exercises.13.tmp"), newImported);
        Runs.write(dir.resolve(".custom-exercises.14.tmp"), newCustom);
        Runs.write(dir.resolve(".commit.15.journal"), "{\"moves\":[[\".imported-exercises.bak.11.tmp\",\"imported-exercises.json.bak\"],"
                + "[\".custom-exercises.bak.12.tmp\",\"custom-exercises.json.bak\"],[\".imported-exercises.13.tmp\",\"imported-exercises.json\"],"
                + "[\".custom-exercises.14.tmp\",\"custom-exercises.json\"]]}");
        // the first two renames had happened before the kill
        Files.move(dir.resolve(".imported-exercises.bak.11.tmp"), dir.resolve("imported-exercises.json.bak"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(dir.resolve(".custom-exercises.bak.12.tmp"), dir.resolve("custom-exercises.json.bak"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        JsonStore store = new JsonStore(dir, clock);
        Library lib = Library.load(store);

        assertThat(lib.customExercises()).isEmpty();
        assertThat(lib.importedExercises()).isEmpty();
        assertThat(Runs.text(dir.resolve("custom-exercises.json.bak"))).isEqualTo(oldCustom);
        assertThat(Runs.text(dir.resolve("imported-exercises.json.bak"))).isEqualTo(oldImported);
        assertThat(Runs.snapshot(dir)).containsOnlyKeys("imported-exercises.json", "imported-exercises.json.bak",
                "custom-exercises.json", "custom-exercises.json.bak");
        assertThat(store.notices()).anySatisfy(n -> assertThat(n.message()).contains("interrupted was completed"));
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedOnStartAndNothingElse() throws Exception {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        Clock fixed = Clock.fixed(now, java.time.ZoneOffset.UTC);
        Path oldOurs = Runs.write(dir.resolve(".routines.123456789.tmp"), "half a save");
        Path oldBak = Runs.write(dir.resolve(".sessions.bak.42.tmp"), "half a backup");
        Path fresh = Runs.write(dir.resolve(".routines.987654321.tmp"), "a save in progress");
        Path notOurs = Runs.write(dir.resolve("notes.tmp"), "someone else's");
        Path lookalike = Runs.write(dir.resolve(".Routines.1.tmp"), "not our name");
        for (Path p : List.of(oldOurs, oldBak, notOurs, lookalike)) {
            Files.setLastModifiedTime(p, FileTime.from(now.minus(Duration.ofMinutes(10))));
        }
        Files.setLastModifiedTime(fresh, FileTime.from(now.minus(Duration.ofSeconds(30))));

        new JsonStore(dir, fixed).read("routines", 1, Object.class, () -> null);

        assertThat(oldOurs).doesNotExist();
        assertThat(oldBak).doesNotExist();
        assertThat(fresh).as("another process may be writing it").exists();
        assertThat(notOurs).exists();
        assertThat(lookalike).exists();
    }
}

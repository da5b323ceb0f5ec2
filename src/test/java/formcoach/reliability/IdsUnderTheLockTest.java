package formcoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.library.Category;
import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.Level;
import formcoach.library.Library;
import formcoach.library.Muscle;
import formcoach.library.Muscles;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's routine-import race: processes importing the same routine (so asking for the same
 * id) at once. The id is chosen inside the store's cross-process update, so every acknowledged
 * import is kept under its own id.
 */
class IdsUnderTheLockTest {
    @TempDir
    Path tmp;

    @Test
    void fourProcessesImportingTheSameRoutine25TimesEachKeepEveryAcknowledgedRoutine() throws Exception {
        Path data = tmp.resolve("data");
        Path file = Runs.write(tmp.resolve("routine.json"), Runs.ROUTINE);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        int processes = 4;
        int each = 25;
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            running.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp, ImportRaceMain.class.getName(),
                    data.toString(), file.toString(), String.valueOf(each)).redirectErrorStream(true).start());
        }
        List<String> acknowledged = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Process p : running) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(line.substring(4));
                    } else if (!line.isBlank() && !line.startsWith("Picked up")) {
                        other.add(line);
                    }
                }
            }
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        assertThat(other).as("no import failed").isEmpty();
        assertThat(acknowledged).hasSize(processes * each).doesNotHaveDuplicates();
        JsonNode stored = Json.mapper().readTree(data.resolve("routines.json").toFile()).get("data");
        List<String> ids = new ArrayList<>();
        stored.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).as("every acknowledged routine is stored").containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    void twoWindowsSavingNewExercisesWithTheSameNameKeepBoth() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Library a = Library.load(new JsonStore(data, Clock.systemUTC()));
        Library b = Library.load(new JsonStore(data, Clock.systemUTC()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> saved = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Library lib : List.of(a, b)) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        saved.add(lib.saveCustom(draft("My cable row")).id());
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(saved).hasSize(30).doesNotHaveDuplicates();
        Set<String> stored = new HashSet<>();
        Library.load(new JsonStore(data, Clock.systemUTC())).customExercises().forEach(e -> stored.add(e.id()));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(saved);
    }

    private static Exercise draft(String name) {
        return new Exercise("", name, List.of(), Category.ROW, List.of(Equipment.CABLE), Level.BEGINNER,
                new Muscles(List.of(Muscle.RHOMBOIDS), List.of()), "", "Squeeze, then let go", List.of(), List.of(),
                "", "2-1-2", List.of(), List.of(), null, List.of());
    }
}

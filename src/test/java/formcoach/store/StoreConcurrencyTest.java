package formcoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Several processes (the app and command-line runs) adding records at once lose none of them. */
class StoreConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void processesAddingAtOnceKeepEveryRecord() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        int processes = 4;
        int each = 30;
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            running.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", cp, ConcurrentWriterMain.class.getName(),
                    dir.toString(), String.valueOf(p * 1000), String.valueOf(each)).inheritIO().start());
        }
        for (Process p : running) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        List<Integer> stored = new JsonStore(dir, Clock.systemUTC()).<List<Integer>>read("records", 1, type, List::of).value();
        assertThat(stored).hasSize(processes * each).doesNotHaveDuplicates();
    }
}

package formcoach.log.bench;

import formcoach.log.Session;
import formcoach.log.TrainingLog;
import formcoach.store.JsonStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The first load in a fresh JVM, as when the app opens the Log section: one call per fork, no
 * warm-up, so class loading and Jackson's first use are in the figure. Baseline in the same run:
 * reading the same files' bytes only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xmx512m"})
public class ColdLoadBenchmark {
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Path.of(System.getProperty("java.io.tmpdir"), "formcoach-log-coldload");
        if (!Files.exists(dir.resolve("training-log-2025-12.json"))) {
            // written once by the first fork with its own JVM; the measured call still starts cold
            Path tmp = Files.createTempDirectory("formcoach-log-coldload-");
            List<Session> year = LogData.year();
            TrainingLog.load(new JsonStore(tmp, Clock.systemDefaultZone()), Clock.systemDefaultZone()).addImported(year);
            try {
                Files.move(tmp, dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another run made it first
            }
        }
    }

    @Benchmark
    public int coldLoadMonthFiles() throws Exception {
        return TrainingLog.load(new JsonStore(dir, Clock.systemDefaultZone()), Clock.systemDefaultZone()).setCount();
    }

    @Benchmark
    public long coldReadBytesOnly() throws Exception {
        long n = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                n += Files.readAllBytes(p).length;
            }
        }
        return n;
    }
}

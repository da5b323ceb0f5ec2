package formcoach.log.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import formcoach.log.Session;
import formcoach.log.TrainingLog;
import formcoach.store.Json;
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
 * The first load in a fresh JVM, as when the app opens the Log section or the command line runs:
 * one call per fork, no warm-up, so class loading (and Jackson's first use, where it is used) is in
 * the figure. Baseline in the same run: reading the same files' bytes only. For comparison, the
 * same files read through the store's general (Jackson) reader, as every load did before decision 0014.
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
        dir = Path.of(System.getProperty("java.io.tmpdir"), "formcoach-log-coldload-v" + TrainingLog.SCHEMA_VERSION);
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

    /** As {@link #coldLoadMonthFiles} with the client compiler only, as the packaged launcher runs (decision 0013). */
    @Benchmark
    @Fork(value = 5, jvmArgsAppend = {"-Xmx512m", "-XX:TieredStopAtLevel=1"})
    public int coldLoadMonthFilesC1() throws Exception {
        return coldLoadMonthFiles();
    }

    /** The baseline with the client compiler only. */
    @Benchmark
    @Fork(value = 5, jvmArgsAppend = {"-Xmx512m", "-XX:TieredStopAtLevel=1"})
    public long coldReadBytesOnlyC1() throws Exception {
        return coldReadBytesOnly();
    }

    /** The same month files through the general reader (Jackson's tree and databind), as before decision 0014. */
    @Benchmark
    public int coldLoadGeneralReader() throws Exception {
        JsonStore store = new JsonStore(dir, Clock.systemDefaultZone());
        JavaType type = Json.mapper().getTypeFactory().constructType(new TypeReference<List<Session>>() { });
        int n = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.map(f -> f.getFileName().toString()).filter(f -> f.matches("training-log-\\d{4}-\\d{2}\\.json"))
                    .sorted().map(dir::resolve).toList()) {
                String name = p.getFileName().toString().replace(".json", "");
                List<Session> month = store.read(name, TrainingLog.SCHEMA_VERSION, type, List::<Session>of).value();
                for (Session s : month) {
                    n += s.setCount();
                }
            }
        }
        return n;
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

package formcoach.log.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.TrainingLog;
import formcoach.log.WeightUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The training log's file layout: a year (~15,000 sets) kept as one file per month (what the log
 * does) against the same sessions in one file, loading all of it and saving one set. The save goes
 * through the real {@link JsonStore} path (temp file, fsync, .bak, atomic move, under the update lock).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class LogStoreBenchmark {
    private static final JavaType LIST = Json.mapper().getTypeFactory().constructType(new TypeReference<List<Session>>() { });

    private Path monthDir;
    private Path singleDir;
    private TrainingLog monthLog;
    private JsonStore single;
    private Session lastMonthly;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        List<Session> year = LogData.year();
        monthDir = Files.createTempDirectory("log-bench-month");
        singleDir = Files.createTempDirectory("log-bench-single");
        JsonStore monthStore = new JsonStore(monthDir, clock);
        TrainingLog log = TrainingLog.load(monthStore, clock);
        List<Session> withIds = log.addImported(year).added();
        single = new JsonStore(singleDir, clock);
        single.write("training-log", 1, withIds);
        monthLog = TrainingLog.load(monthStore, clock);
        lastMonthly = monthLog.sessions().get(monthLog.sessions().size() - 1);
        System.out.println("# " + monthLog.setCount() + " sets in " + monthLog.sessions().size() + " sessions; month file "
                + Files.size(monthDir.resolve("training-log-2025-12.json")) / 1024 + " KiB, single file "
                + Files.size(singleDir.resolve("training-log.json")) / 1024 + " KiB");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        for (Path d : List.of(monthDir, singleDir)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Benchmark
    public int loadMonthFiles() throws Exception {
        return TrainingLog.load(new JsonStore(monthDir, Clock.systemDefaultZone()), Clock.systemDefaultZone()).setCount();
    }

    @Benchmark
    public int loadSingleFile() throws Exception {
        List<Session> all = new JsonStore(singleDir, Clock.systemDefaultZone()).<List<Session>>read("training-log", 1, LIST, List::of).value();
        return all.size();
    }

    /** One more set on the last session of the year, saved: rewrites December only. */
    @Benchmark
    public Session saveSetMonthFiles() throws Exception {
        lastMonthly = monthLog.save(addSet(lastMonthly));
        return lastMonthly;
    }

    /** The same change kept in one file: rewrites the whole year. */
    @Benchmark
    public List<Session> saveSetSingleFile() throws Exception {
        return single.<List<Session>, RuntimeException>update("training-log", 1, LIST, List::of, current -> {
            List<Session> next = new ArrayList<>(current);
            next.set(next.size() - 1, addSet(next.get(next.size() - 1)));
            return next;
        });
    }

    private static Session addSet(Session s) {
        List<LoggedExercise> ex = new ArrayList<>(s.exercises());
        LoggedExercise last = ex.get(ex.size() - 1);
        List<LoggedSet> sets = new ArrayList<>(last.sets());
        if (sets.size() > 40) {
            sets = new ArrayList<>(sets.subList(0, 12));
        }
        sets.add(LoggedSet.of(8, 60, WeightUnit.KG));
        ex.set(ex.size() - 1, last.withSets(sets));
        return s.withExercises(ex);
    }
}

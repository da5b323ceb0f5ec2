package formcoach.library.bench;

import formcoach.library.Exercise;
import formcoach.library.ExerciseSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Building the search index, which the library redoes after every import or custom save. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class IndexBuildBenchmark {
    @Param({"1"})
    public int copies;

    private List<Exercise> all;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        all = SearchData.load(copies);
    }

    @Benchmark
    public ExerciseSearch buildIndex() {
        return new ExerciseSearch(all);
    }
}

package formcoach.library.bench;

import formcoach.library.Exercise;
import formcoach.library.ExerciseSearch;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One keystroke: the whole query answered over ours + free-exercise-db, against the floor of a naive
 * scan ({@code String.contains} over pre-lowered names and aliases) in the same run. SampleTime gives
 * the p99 per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SearchBenchmark {
    /** 1 = the real set (built-in + 873 imported); 2 = the imported set twice, past 1,700 exercises. */
    @Param({"1", "2"})
    public int copies;

    @Param({"b", "bentover rwo", "latpulldown", "face pul", "xqzjv"})
    public String query;

    private ExerciseSearch search;
    private String[][] lowered;
    private Exercise[] exercises;
    private String loweredQuery;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<Exercise> all = SearchData.load(copies);
        search = new ExerciseSearch(all);
        exercises = all.toArray(new Exercise[0]);
        lowered = new String[exercises.length][];
        for (int i = 0; i < exercises.length; i++) {
            List<String> names = new ArrayList<>();
            names.add(exercises[i].name().toLowerCase(Locale.ROOT));
            exercises[i].aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
            lowered[i] = names.toArray(new String[0]);
        }
        loweredQuery = query.toLowerCase(Locale.ROOT);
        System.out.println("# " + all.size() + " exercises indexed");
    }

    @Benchmark
    public List<SearchHit> indexedSearch() {
        return search.search(query, SearchFilter.NONE);
    }

    @Benchmark
    public List<Exercise> naiveContainsScan() {
        List<Exercise> out = new ArrayList<>();
        for (int i = 0; i < exercises.length; i++) {
            for (String name : lowered[i]) {
                if (name.contains(loweredQuery)) {
                    out.add(exercises[i]);
                    break;
                }
            }
        }
        return out;
    }
}

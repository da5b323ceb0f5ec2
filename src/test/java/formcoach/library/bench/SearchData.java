package formcoach.library.bench;

import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;
import formcoach.library.LibraryException;
import formcoach.library.LibraryImporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our built-in exercises plus the real free-exercise-db file, read from outside the repository
 * ({@code ../shared/data/free-exercise-db/exercises.json} from the repository root, or the path in
 * {@code -Dformcoach.fedb=...}); never copied into the project.
 */
final class SearchData {
    static final String DEFAULT_FEDB = "../shared/data/free-exercise-db/exercises.json";

    private SearchData() {
    }

    /** {@code copies} &gt; 1 repeats the imported set under new ids, to see how the cost grows past the real size. */
    static List<Exercise> load(int copies) throws LibraryException {
        Path fedb = Path.of(System.getProperty("formcoach.fedb", DEFAULT_FEDB));
        if (!Files.isRegularFile(fedb)) {
            throw new IllegalStateException("free-exercise-db file not found at " + fedb.toAbsolutePath()
                    + "; run from the repository root or pass -Dformcoach.fedb=PATH");
        }
        List<Exercise> all = new ArrayList<>(ExerciseCatalog.loadBuiltin().exercises());
        List<Exercise> imported = LibraryImporter.read(fedb, id -> false).exercises();
        for (int c = 0; c < copies; c++) {
            for (Exercise e : imported) {
                all.add(c == 0 ? e : e.withId(e.id() + "-copy" + c));
            }
        }
        return all;
    }
}

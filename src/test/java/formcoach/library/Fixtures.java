package formcoach.library;

import formcoach.store.Assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The project's own small content fixtures under src/test/resources/library-fixtures. */
final class Fixtures {
    static final List<String> EXERCISE_FILES = List.of("rows.json", "pulls.json", "deadlifts.json", "moves.json");

    private Fixtures() {
    }

    static Assets.AssetFile file(String relative) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/library-fixtures/" + relative)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + relative);
            }
            return new Assets.AssetFile("fixtures/" + relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Assets.AssetFile> exerciseFiles() {
        List<Assets.AssetFile> out = new ArrayList<>();
        for (String f : EXERCISE_FILES) {
            out.add(file("exercises/" + f));
        }
        return out;
    }

    static ExerciseCatalog.Result catalog() {
        return ExerciseCatalog.load(exerciseFiles());
    }

    static List<Exercise> exercises() {
        return catalog().exercises();
    }

    static FeelMap feelMap() {
        return FeelMap.parse(file("feel-map.json")).map();
    }

    static Exercise byId(String id) {
        return exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}

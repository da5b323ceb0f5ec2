package formcoach.log;

import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared test data: the built-in library and quick session builders. */
final class LogFixtures {
    static final List<Exercise> LIBRARY = ExerciseCatalog.loadBuiltin().exercises();
    static final Map<String, Exercise> BY_ID = LIBRARY.stream().collect(Collectors.toMap(Exercise::id, e -> e));
    static final Function<String, Optional<Exercise>> LOOKUP = id -> Optional.ofNullable(BY_ID.get(id));

    private LogFixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(LogFixtures.class.getResource("/log-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session at {@code at} with {@code working} working sets of {@code exerciseId} (8x60 kg) and {@code warmups} warm-ups. */
    static Session session(LocalDateTime at, String exerciseId, int working, int warmups) {
        List<LoggedSet> sets = new ArrayList<>();
        for (int i = 0; i < warmups; i++) {
            sets.add(LoggedSet.of(10, 20, WeightUnit.KG).withType(SetType.WARMUP));
        }
        for (int i = 0; i < working; i++) {
            sets.add(LoggedSet.of(8, 60, WeightUnit.KG));
        }
        return new Session(null, at, "", "manual", null, "", List.of(new LoggedExercise(exerciseId, exerciseId, sets, "")));
    }
}

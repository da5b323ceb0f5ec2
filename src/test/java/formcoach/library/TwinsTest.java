package formcoach.library;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-kept table of imported lifts that are the same movement as ours (assets/library/twins.json). */
class TwinsTest {
    /** The real free-exercise-db every developer and CI run has beside the project (../shared); never copied in. */
    static final Path REAL_FILE = Path.of("..", "shared", "data", "free-exercise-db", "exercises.json");

    static final Twins TWINS = loadClean();

    private static Twins loadClean() {
        Twins.Result r = Twins.loadBuiltin();
        assertThat(r.problems()).isEmpty();
        return r.twins();
    }

    @Test
    void everyTwinIsABuiltInExerciseWithFaultCards() {
        Map<String, Exercise> builtin = ExerciseCatalog.loadBuiltin().exercises().stream()
                .collect(Collectors.toMap(Exercise::id, e -> e));
        assertThat(TWINS.byTheirId()).isNotEmpty();
        TWINS.byTheirId().forEach((theirs, ours) -> {
            assertThat(builtin).as(theirs + " → " + ours).containsKey(ours);
            assertThat(builtin.get(ours).faults()).as(ours + " has fault cards").isNotEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Bent_Over_Barbell_Row,  barbell-bent-over-row
            Seated_Cable_Rows,      seated-cable-row
            Barbell_Deadlift,       conventional-deadlift
            Pullups,                pull-up
            Wide-Grip_Lat_Pulldown, wide-grip-lat-pulldown
            Face_Pull,              face-pull
            Romanian_Deadlift,      romanian-deadlift
            One-Arm_Dumbbell_Row,   one-arm-dumbbell-row
            Chin-Up,                chin-up
            """)
    void theIssuesExamplesPointToOurs(String theirId, String ourId) {
        Exercise imported = ExerciseSearchTest.simple(FreeExerciseDbMapping.ourId(theirId).orElseThrow(), theirId, Category.ROW, Muscle.RHOMBOIDS);
        assertThat(TWINS.twinId(imported)).hasValue(ourId);
        // our own and your own exercises never have a twin, even with that id
        assertThat(TWINS.twinId(imported.withSource(Source.CUSTOM))).isEmpty();
    }

    @Test
    void everyBackLiftOfTheRealFileIsMatchedOrSaysWhyNot() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(REAL_FILE), "the real free-exercise-db is at " + REAL_FILE.toAbsolutePath());
        JsonNode records = Json.mapper().readTree(Files.readString(REAL_FILE, StandardCharsets.UTF_8));
        Set<String> ids = new HashSet<>();
        List<String> unlisted = new ArrayList<>();
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            ids.add(id);
            Category c = FreeExerciseDbMapping.category(r.path("category").asText(null), r.path("force").asText(null), r.path("name").asText());
            if (c.isLift() && !TWINS.byTheirId().containsKey(id) && !TWINS.noTwin().containsKey(id)) {
                unlisted.add(id);
            }
        }
        assertThat(records.size()).isEqualTo(873);
        assertThat(unlisted).as("back lifts of the real file that the table does not mention").isEmpty();
        assertThat(ids).as("ids the table names").containsAll(TWINS.byTheirId().keySet()).containsAll(TWINS.noTwin().keySet());
    }

    @Test
    void aBrokenTableIsReportedNotThrown() {
        Twins.Result r = Twins.parse(new Assets.AssetFile("t.json",
                "{\"twins\":{\"A\":\"x\",\"B\":3},\"noTwin\":{\"A\":\"why\"},\"extra\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "t.json: twins.B: must be a non-empty text; left out",
                "t.json: noTwin.A: also listed under twins",
                "t.json: extra: unknown key; ignored");
        assertThat(Twins.parse(new Assets.AssetFile("t.json", "[".getBytes(StandardCharsets.UTF_8))).problems()).hasSize(1);
    }
}

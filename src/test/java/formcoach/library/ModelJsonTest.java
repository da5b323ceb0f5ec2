package formcoach.library;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelJsonTest {

    @Test
    void muscleIdsAreTheClosedListOfTheContentSchema() {
        List<String> schema = List.of("upper-trapezius", "middle-trapezius", "lower-trapezius", "rhomboids", "levator-scapulae",
                "latissimus-dorsi", "teres-major", "rotator-cuff", "posterior-deltoid", "lateral-deltoid", "anterior-deltoid",
                "serratus-anterior", "thoracic-erector-spinae", "lumbar-erector-spinae", "pectoralis-major", "pectoralis-minor",
                "biceps", "brachialis", "forearms", "triceps", "neck", "abdominals", "obliques", "glutes", "hamstrings",
                "quadriceps", "adductors", "abductors", "hip-flexors", "calves");
        assertThat(Arrays.stream(Muscle.values()).map(Muscle::id)).containsExactlyElementsOf(schema);
    }

    @Test
    void equipmentAndCategoryIdsMatchTheSchema() {
        assertThat(Arrays.stream(Equipment.values()).map(Equipment::id)).containsExactly("barbell", "dumbbell", "kettlebell",
                "cable", "machine", "band", "bench", "pull-up-bar", "trap-bar", "foam-roller", "rower", "bike", "wall",
                "doorway", "mat", "dowel", "body-only");
        assertThat(Arrays.stream(Category.values()).map(Category::id)).containsExactly("row", "pulldown", "pullup", "deadlift",
                "corrective", "warmup", "stretch", "mobility", "other");
        assertThat(Arrays.stream(BodyArea.values()).map(BodyArea::id)).containsExactly("neck-traps", "between-shoulder-blades",
                "lower-back", "lats-armpit", "front-of-shoulder", "biceps-forearms");
    }

    @Test
    void everyMuscleShowsOnAtLeastOneOutlineAndBothOutlinesHaveMuscles() {
        Set<Muscle> front = new HashSet<>();
        Set<Muscle> back = new HashSet<>();
        for (Muscle m : Muscle.values()) {
            if (m.view().showsOn(BodyView.FRONT)) {
                front.add(m);
            }
            if (m.view().showsOn(BodyView.BACK)) {
                back.add(m);
            }
            assertThat(front.contains(m) || back.contains(m)).isTrue();
        }
        assertThat(back).contains(Muscle.RHOMBOIDS, Muscle.LATISSIMUS_DORSI, Muscle.UPPER_TRAPEZIUS);
        assertThat(front).contains(Muscle.PECTORALIS_MAJOR, Muscle.BICEPS, Muscle.UPPER_TRAPEZIUS);
    }

    @ParameterizedTest
    @EnumSource(Muscle.class)
    void everyMuscleRoundTripsThroughItsKebabId(Muscle m) throws Exception {
        String json = Json.mapper().writeValueAsString(m);
        assertThat(json).isEqualTo("\"" + m.id() + "\"");
        assertThat(Json.mapper().readValue(json, Muscle.class)).isEqualTo(m);
    }

    @Test
    void unknownIdFailsWithAMessageNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> Json.mapper().readValue("\"Lats\"", Muscle.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(ExerciseCatalog.cleanMessage((JsonMappingException) e))
                        .startsWith("unknown muscle 'Lats' (known: upper-trapezius, middle-trapezius"));
        assertThatThrownBy(() -> Fault.fromId("SWINGING")).hasMessage("unknown fault 'SWINGING' (known: SHRUGGING, ROUNDING, MOMENTUM)");
        assertThatThrownBy(() -> Category.fromId("Row")).hasMessageStartingWith("unknown category 'Row'");
    }

    @Test
    void exerciseRoundTripsAndOmitsEmptyImagesButKeepsSource() throws Exception {
        Exercise row = Fixtures.byId("barbell-bent-over-row");
        JsonNode tree = Json.mapper().valueToTree(row);
        assertThat(tree.has("images")).isFalse();
        assertThat(tree.get("source").asText()).isEqualTo("builtin");
        List<String> keys = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "name", "aliases", "category", "equipment", "level", "muscles", "summary", "cue",
                "setup", "execution", "breathing", "tempo", "faults", "mistakes", "source");
        assertThat(Json.mapper().treeToValue(tree, Exercise.class)).isEqualTo(row);
        Exercise withPics = row.withImages(List.of("/data/pics/row.jpg")).withSource(Source.IMPORT);
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsBytes(withPics), Exercise.class)).isEqualTo(withPics);
    }

    @Test
    void missingListsReadAsEmptyAndMissingTextsAsBlank() throws Exception {
        Exercise e = Json.mapper().readValue("{\"id\":\"x\",\"name\":\"X\",\"category\":\"row\"}", Exercise.class);
        assertThat(e.aliases()).isEmpty();
        assertThat(e.faults()).isEmpty();
        assertThat(e.muscles().primary()).isEmpty();
        assertThat(e.cue()).isEmpty();
        assertThat(e.source()).isEqualTo(Source.BUILTIN);
    }

    @Test
    void cueWordsAreCountedByWhitespace() {
        assertThat(Exercise.wordCount("  Elbows back,   shoulders down ")).isEqualTo(4);
        assertThat(Exercise.wordCount("")).isZero();
        assertThat(Exercise.wordCount("Chest-to-bar")).isEqualTo(1);
    }
}

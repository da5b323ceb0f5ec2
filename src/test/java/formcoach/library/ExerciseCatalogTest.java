package formcoach.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Assets;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseCatalogTest {

    @Test
    void fixturesLoadWithoutProblems() {
        ExerciseCatalog.Result r = Fixtures.catalog();
        assertThat(r.problems()).isEmpty();
        assertThat(r.exercises()).hasSize(18);
        Exercise row = Fixtures.byId("barbell-bent-over-row");
        assertThat(row.source()).isEqualTo(Source.BUILTIN);
        assertThat(row.muscles().primary()).contains(Muscle.LATISSIMUS_DORSI);
        assertThat(row.fault(Fault.SHRUGGING)).get().extracting(FaultCue::regression).isEqualTo("chest-supported-row");
    }

    @Test
    void missingFaultOnALiftNamesFileIndexIdAndField() {
        List<Problem> p = loadWithRowEdit(1, row -> ((ArrayNode) row.get("faults")).remove(2));
        assertThat(p).extracting(Problem::toString)
                .containsExactly("fixtures/exercises/rows.json: [1] (one-arm-dumbbell-row) faults: missing MOMENTUM");
    }

    @Test
    void unknownMuscleLeavesTheExerciseOutAndNamesTheKnownOnes() {
        ExerciseCatalog.Result r = loadWithRowEditResult(0, row -> ((ArrayNode) row.at("/muscles/primary")).set(0, "lats"));
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).toString())
                .startsWith("fixtures/exercises/rows.json: [0] (barbell-bent-over-row) muscles.primary[0]: unknown muscle 'lats' (known: upper-trapezius,")
                .endsWith("; left out");
        assertThat(r.exercises()).extracting(Exercise::id).doesNotContain("barbell-bent-over-row").contains("seated-cable-row");
    }

    @Test
    void everyContentRuleNamesItsField() {
        record Case(Consumer<ObjectNode> edit, String expected) {
        }
        List<Case> cases = List.of(
                new Case(r -> ((ArrayNode) r.at("/muscles/secondary")).add("latissimus-dorsi"),
                        "muscles: latissimus-dorsi is in both primary and secondary"),
                new Case(r -> ((ArrayNode) r.at("/muscles/primary")).removeAll(), "muscles.primary: name at least one primary muscle"),
                new Case(r -> r.put("cue", "one two three four five six seven eight nine"), "cue: 9 words; a cue has at most 8"),
                new Case(r -> ((ObjectNode) r.at("/faults/0")).put("cue", "a b c d e f g h i j"), "faults[0].cue: 10 words; a cue has at most 8"),
                new Case(r -> ((ObjectNode) r.at("/faults/1")).put("regression", "barbell-bent-over-row"),
                        "faults[1].regression: points at the exercise itself; name an easier one"),
                new Case(r -> ((ObjectNode) r.at("/faults/2")).put("regression", "cable-thing"), "faults[2].regression: no exercise with id 'cable-thing'"),
                new Case(r -> ((ObjectNode) r.at("/faults/0")).put("looksLike", " "), "faults[0].looksLike: empty"),
                new Case(r -> ((ObjectNode) r.at("/faults/2")).put("fault", "SHRUGGING"), "faults[2].fault: SHRUGGING appears twice"),
                new Case(r -> r.put("tempo", "slow"), "tempo: 'slow' must be pull-squeeze-lower in whole seconds, like 2-1-2"),
                new Case(r -> ((ArrayNode) r.get("setup")).remove(1), "setup: needs at least 2 steps (has 1)"),
                new Case(r -> ((ArrayNode) r.get("execution")).set(0, ""), "execution[0]: empty step"),
                new Case(r -> r.remove("breathing"), "breathing: missing"),
                new Case(r -> r.put("id", "Barbell_Row"), "id: 'Barbell_Row' must be lower-case words joined by '-' (like one-arm-dumbbell-row)"),
                new Case(r -> ((ArrayNode) r.get("equipment")).removeAll(), "equipment: name at least one (body-only when none is needed)"),
                new Case(r -> r.put("source", "custom"), "source: does not belong in an asset file (only in stored or exported ones); ignored"),
                new Case(r -> r.put("colour", "red"), "colour: unknown key; ignored"));
        for (Case c : cases) {
            List<Problem> p = loadWithRowEdit(0, c.edit());
            assertThat(p).as(c.expected()).extracting(Problem::field, Problem::message)
                    .anySatisfy(t -> assertThat(t.toList().get(0) + ": " + t.toList().get(1)).isEqualTo(c.expected()));
        }
    }

    @Test
    void movesNeedAMistakeButLiftsDoNot() {
        List<Assets.AssetFile> files = Fixtures.exerciseFiles();
        ArrayNode moves = tree(files.get(3));
        ((ArrayNode) moves.get(2).get("mistakes")).removeAll();
        List<Problem> p = ExerciseCatalog.load(replace(files, 3, moves)).problems();
        assertThat(p).extracting(Problem::toString)
                .containsExactly("fixtures/exercises/moves.json: [2] (doorway-pec-stretch) mistakes: at least one common mistake is needed for a stretch");
    }

    @Test
    void duplicateIdAcrossFilesKeepsTheFirst() {
        List<Assets.AssetFile> files = Fixtures.exerciseFiles();
        ArrayNode moves = tree(files.get(3));
        ((ObjectNode) moves.get(0)).put("id", "seated-cable-row");
        ExerciseCatalog.Result r = ExerciseCatalog.load(replace(files, 3, moves));
        assertThat(r.problems()).extracting(Problem::toString).contains(
                "fixtures/exercises/moves.json: [0] (seated-cable-row) id: 'seated-cable-row' is already used by fixtures/exercises/rows.json [2]; this one was left out");
        assertThat(r.exercises().stream().filter(e -> e.id().equals("seated-cable-row"))).singleElement()
                .extracting(Exercise::category).isEqualTo(Category.ROW);
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersStillLoad() {
        List<Assets.AssetFile> files = new ArrayList<>(Fixtures.exerciseFiles());
        byte[] rows = files.get(0).bytes();
        files.set(0, new Assets.AssetFile("fixtures/exercises/rows.json", java.util.Arrays.copyOf(rows, rows.length / 2)));
        files.set(3, new Assets.AssetFile("fixtures/exercises/moves.json", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        ExerciseCatalog.Result r = ExerciseCatalog.load(files);
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("fixtures/exercises/rows.json: not valid JSON:").endsWith("; the whole file was left out"));
        assertThat(r.problems()).extracting(Problem::toString)
                .contains("fixtures/exercises/moves.json: must be a JSON array of exercises; the whole file was left out");
        assertThat(r.exercises()).extracting(Exercise::id).contains("wide-grip-lat-pulldown", "romanian-deadlift")
                .doesNotContain("face-pull", "seated-cable-row");
    }

    private static List<Problem> loadWithRowEdit(int index, Consumer<ObjectNode> edit) {
        return loadWithRowEditResult(index, edit).problems();
    }

    private static ExerciseCatalog.Result loadWithRowEditResult(int index, Consumer<ObjectNode> edit) {
        List<Assets.AssetFile> files = Fixtures.exerciseFiles();
        ArrayNode rows = tree(files.get(0));
        edit.accept((ObjectNode) rows.get(index));
        return ExerciseCatalog.load(replace(files, 0, rows));
    }

    private static ArrayNode tree(Assets.AssetFile f) {
        try {
            return (ArrayNode) Json.mapper().readTree(f.bytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Assets.AssetFile> replace(List<Assets.AssetFile> files, int i, JsonNode content) {
        List<Assets.AssetFile> out = new ArrayList<>(files);
        out.set(i, new Assets.AssetFile(files.get(i).path(), content.toString().getBytes(StandardCharsets.UTF_8)));
        return out;
    }
}

package formcoach.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imported exercises that are the same movement as one of ours, from the hand-kept table
 * {@code assets/library/twins.json}: free-exercise-db's {@code Bent_Over_Barbell_Row} is our
 * {@code barbell-bent-over-row}, so its page shows our fault cards and "where did you feel it?"
 * links to our fix. The table also lists the back lifts of that file with no twin, with the reason,
 * so a test can check every back lift of the real file was looked at.
 */
public final class Twins {
    public static final String ASSET = "library/twins.json";

    /** The table and every problem found while reading it. */
    public record Result(Twins twins, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** their id → our id */
    private final Map<String, String> byTheirId;
    /** our stored id of the imported record ({@code fedb-bent-over-barbell-row}) → our id */
    private final Map<String, String> byImportedId;
    private final Map<String, String> noTwin;

    private Twins(Map<String, String> byTheirId, Map<String, String> noTwin) {
        this.byTheirId = Collections.unmodifiableMap(new LinkedHashMap<>(byTheirId));
        this.noTwin = Collections.unmodifiableMap(new LinkedHashMap<>(noTwin));
        Map<String, String> imported = new LinkedHashMap<>();
        byTheirId.forEach((theirs, ours) -> FreeExerciseDbMapping.ourId(theirs).ifPresent(id -> imported.put(id, ours)));
        this.byImportedId = Collections.unmodifiableMap(imported);
    }

    public static Twins none() {
        return new Twins(Map.of(), Map.of());
    }

    /** The packaged table; a missing or broken file gives an empty table and a problem, never an exception. */
    public static Result loadBuiltin() {
        try {
            return parse(Assets.read(ASSET));
        } catch (UncheckedIOException e) {
            return new Result(none(), List.of(Problem.ofFile("assets/" + ASSET, "missing; imported lifts are not linked to ours")));
        }
    }

    public static Result parse(Assets.AssetFile file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.bytes());
        } catch (JsonProcessingException e) {
            return new Result(none(), List.of(Problem.ofFile(file.path(), "not valid JSON: " + Assets.describe(e))));
        } catch (IOException e) {
            return new Result(none(), List.of(Problem.ofFile(file.path(), "could not be read: " + e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            return new Result(none(), List.of(Problem.ofFile(file.path(), "must be an object with twins and noTwin")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> twins = strings(file, root, "twins", problems);
        Map<String, String> noTwin = strings(file, root, "noTwin", problems);
        for (String id : twins.keySet()) {
            if (noTwin.containsKey(id)) {
                problems.add(new Problem(file.path(), -1, "", "noTwin." + id, "also listed under twins"));
            }
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!List.of("about", "twins", "noTwin").contains(key)) {
                problems.add(new Problem(file.path(), -1, "", key, "unknown key; ignored"));
            }
        }
        return new Result(new Twins(twins, noTwin), problems);
    }

    private static Map<String, String> strings(Assets.AssetFile file, JsonNode root, String key, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = root.path(key);
        if (!node.isObject()) {
            problems.add(new Problem(file.path(), -1, "", key, "missing or not an object"));
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problems.add(new Problem(file.path(), -1, "", key + "." + e.getKey(), "must be a non-empty text; left out"));
                continue;
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** The id of our exercise that {@code e} is the same movement as; empty for our own and unmatched ones. */
    public Optional<String> twinId(Exercise e) {
        if (e.source() == Source.BUILTIN || e.source() == Source.CUSTOM) {
            return Optional.empty();
        }
        return Optional.ofNullable(byImportedId.get(e.id()));
    }

    /** free-exercise-db id → our id, as written in the file. */
    public Map<String, String> byTheirId() {
        return byTheirId;
    }

    /** free-exercise-db id → why it has no twin. */
    public Map<String, String> noTwin() {
        return noTwin;
    }
}

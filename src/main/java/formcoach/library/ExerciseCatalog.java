package formcoach.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the built-in exercises from {@code assets/exercises/*.json}. A broken record or file is
 * reported and left out; everything else still loads, so one typo never empties the library.
 */
public final class ExerciseCatalog {
    /** Every key an asset exercise must have (content-schema.md: every key present, no others). */
    static final List<String> ASSET_KEYS = List.of("id", "name", "aliases", "category", "equipment", "level", "muscles",
            "summary", "cue", "setup", "execution", "breathing", "tempo", "faults", "mistakes");
    static final List<String> FAULT_KEYS = List.of("fault", "looksLike", "feelsLike", "whyItHurts", "fix", "cue",
            "selfCheck", "regression");

    /** The exercises that loaded, in file order, and every problem found. */
    public record Result(List<Exercise> exercises, List<Problem> problems) {
        public Result {
            exercises = List.copyOf(exercises);
            problems = List.copyOf(problems);
        }
    }

    private ExerciseCatalog() {
    }

    /** The built-in library from the packaged assets. */
    public static Result loadBuiltin() {
        return load(Assets.list("exercises"));
    }

    public static Result load(List<Assets.AssetFile> files) {
        ObjectMapper mapper = Json.mapper();
        List<Exercise> exercises = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> firstSeenAt = new HashMap<>();
        // where each loaded exercise came from, for naming it in later cross-checks
        Map<Exercise, Problem> origin = new HashMap<>();
        for (Assets.AssetFile file : files) {
            JsonNode root;
            try {
                root = mapper.readTree(file.bytes());
            } catch (JsonProcessingException e) {
                problems.add(Problem.ofFile(file.path(), "not valid JSON: " + Assets.describe(e) + "; the whole file was left out"));
                continue;
            } catch (IOException e) {
                problems.add(Problem.ofFile(file.path(), "could not be read: " + e.getMessage()));
                continue;
            }
            if (root == null || !root.isArray()) {
                problems.add(Problem.ofFile(file.path(), "must be a JSON array of exercises; the whole file was left out"));
                continue;
            }
            for (int i = 0; i < root.size(); i++) {
                JsonNode node = root.get(i);
                String id = node.path("id").isTextual() ? node.path("id").asText() : "";
                Problem at = new Problem(file.path(), i, id, "", "");
                if (!node.isObject()) {
                    problems.add(with(at, "", "must be an exercise object; left out"));
                    continue;
                }
                ObjectNode fields = ((ObjectNode) node).deepCopy();
                checkKeys(fields, at, problems);
                Exercise e;
                try {
                    e = mapper.treeToValue(fields, Exercise.class);
                } catch (JsonMappingException ex) {
                    problems.add(with(at, Assets.fieldPath(ex.getPath()), cleanMessage(ex) + "; left out"));
                    continue;
                } catch (JsonProcessingException ex) {
                    problems.add(with(at, "", formcoach.store.Json.plainMessage(ex) + "; left out"));
                    continue;
                }
                if (e.id().isEmpty() || e.category() == null || e.level() == null) {
                    String field = e.id().isEmpty() ? "id" : e.category() == null ? "category" : "level";
                    problems.add(with(at, field, "missing; left out"));
                    continue;
                }
                String where = firstSeenAt.putIfAbsent(e.id(), file.path() + " [" + i + "]");
                if (where != null) {
                    problems.add(with(at, "id", "'" + e.id() + "' is already used by " + where + "; this one was left out"));
                    continue;
                }
                exercises.add(e);
                origin.put(e, at);
            }
        }
        Set<String> ids = new HashSet<>(firstSeenAt.keySet());
        for (Exercise e : exercises) {
            for (ExerciseValidator.FieldProblem fp : ExerciseValidator.validate(e, ExerciseValidator.Mode.CONTENT, ids::contains)) {
                problems.add(with(origin.get(e), fp.field(), fp.message()));
            }
        }
        return new Result(Collections.unmodifiableList(exercises), problems);
    }

    /** Reports missing and foreign keys; foreign ones are dropped so the rest of the exercise still loads. */
    private static void checkKeys(ObjectNode node, Problem at, List<Problem> problems) {
        for (String key : ASSET_KEYS) {
            if (!node.has(key)) {
                problems.add(with(at, key, "missing"));
            }
        }
        for (String key : List.of("source", "images")) {
            if (node.has(key)) {
                problems.add(with(at, key, "does not belong in an asset file (only in stored or exported ones); ignored"));
            }
        }
        JsonNode muscles = node.path("muscles");
        if (muscles.isObject()) {
            for (String key : List.of("primary", "secondary")) {
                if (!muscles.has(key)) {
                    problems.add(with(at, "muscles." + key, "missing"));
                }
            }
        }
        JsonNode faults = node.path("faults");
        for (int f = 0; f < faults.size(); f++) {
            JsonNode fault = faults.get(f);
            if (fault.isObject()) {
                for (String key : FAULT_KEYS) {
                    if (!fault.has(key)) {
                        problems.add(with(at, "faults[" + f + "]." + key, "missing"));
                    }
                }
            }
        }
        List<String> foreign = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ASSET_KEYS.contains(key)) {
                foreign.add(key);
            }
        }
        for (String key : foreign) {
            if (!key.equals("source") && !key.equals("images")) {
                problems.add(with(at, key, "unknown key; ignored"));
            }
            node.remove(key);
        }
    }

    private static Problem with(Problem at, String field, String message) {
        return new Problem(at.file(), at.index(), at.exerciseId(), field, message);
    }

    /**
     * Jackson's own wording for a bad enum value or a failed constructor is long and names Java
     * classes; the message our creators throw is the part a person needs.
     */
    static String cleanMessage(JsonMappingException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        String msg = formcoach.store.Json.plainMessage(e);
        int classMention = msg.indexOf(" (class ");
        return classMention > 0 ? msg.substring(0, classMention) : msg;
    }
}

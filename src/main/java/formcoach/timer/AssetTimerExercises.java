package formcoach.timer;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link TimerExercises} read from {@code assets/exercises/*.json} with Jackson's tree model, so it
 * only depends on the handful of fields the timer shows and not on the library's records. Read once,
 * on first use (usually on a background thread), then kept. Files or entries that do not read are
 * skipped here: the library's own checks report them with file and field.
 */
public final class AssetTimerExercises implements TimerExercises {
    private volatile Map<String, ExerciseRef> byId;

    @Override
    public Optional<ExerciseRef> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(index().get(id));
    }

    @Override
    public List<ExerciseRef> all() {
        return List.copyOf(index().values());
    }

    private Map<String, ExerciseRef> index() {
        Map<String, ExerciseRef> m = byId;
        if (m == null) {
            synchronized (this) {
                m = byId;
                if (m == null) {
                    m = load();
                    byId = m;
                }
            }
        }
        return m;
    }

    private static Map<String, ExerciseRef> load() {
        Map<String, ExerciseRef> out = new LinkedHashMap<>();
        for (Assets.AssetFile f : Assets.list("exercises")) {
            JsonNode root;
            try {
                root = Json.mapper().readTree(f.bytes());
            } catch (IOException e) {
                continue;
            }
            if (root == null || !root.isArray()) {
                continue;
            }
            for (JsonNode ex : root) {
                parse(ex).ifPresent(r -> out.putIfAbsent(r.id(), r));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** One exercise object, or empty when it has no textual id. */
    static Optional<ExerciseRef> parse(JsonNode ex) {
        JsonNode id = ex.path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            return Optional.empty();
        }
        String howTo = text(ex.path("execution").path(0));
        if (howTo.isEmpty()) {
            howTo = text(ex.path("summary"));
        }
        Optional<String> momentum = Optional.empty();
        for (JsonNode fault : ex.path("faults")) {
            if ("MOMENTUM".equals(fault.path("fault").asText()) && !text(fault.path("cue")).isEmpty()) {
                momentum = Optional.of(text(fault.path("cue")));
                break;
            }
        }
        return Optional.of(new ExerciseRef(id.asText(), text(ex.path("name")), text(ex.path("category")),
                text(ex.path("cue")), text(ex.path("tempo")), howTo, momentum));
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText().strip() : "";
    }
}

package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import formcoach.store.Json;

import java.util.List;

/**
 * The answer to one pain check, exactly the output object of facts-schema.md. {@code reasons} lists
 * every rule that fired, those at the decisive level first.
 */
@JsonPropertyOrder({"level", "pattern", "reasons", "action", "selfCare", "safetyNet", "rulesVersion"})
public record TriageResult(Level level, Pattern pattern, List<Reason> reasons, String action,
                           List<String> selfCare, List<String> safetyNet, String rulesVersion) {
    public TriageResult {
        reasons = List.copyOf(reasons);
        selfCare = List.copyOf(selfCare);
        safetyNet = List.copyOf(safetyNet);
    }

    /** The reasons at the decisive level only. */
    public List<Reason> decisiveReasons() {
        return reasons.stream().filter(r -> r.level() == level).toList();
    }

    /** The output object as JSON text. */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

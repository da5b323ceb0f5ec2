package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import formcoach.store.Json;

import java.util.List;

/**
 * The answer to one pain check, exactly the output object of facts-schema.md. {@code reasons} lists
 * the rules that fired at the decisive level first; at URGENT and EMERGENCY only those (rules §8),
 * below that the lower ones follow. {@code region} is the ISO code whose names the texts use.
 */
@JsonPropertyOrder({"level", "pattern", "reasons", "action", "selfCare", "safetyNet", "rulesVersion", "region"})
public record TriageResult(Level level, Pattern pattern, List<Reason> reasons, String action,
                           List<String> selfCare, List<String> safetyNet, String rulesVersion, String region) {
    public TriageResult {
        reasons = List.copyOf(reasons);
        selfCare = List.copyOf(selfCare);
        safetyNet = List.copyOf(safetyNet);
    }

    /** True where a re-check is offered: SEE_PROFESSIONAL and the self-care levels, never URGENT or EMERGENCY (§8). */
    public boolean recheckOffered() {
        return !level.isAtLeast(Level.URGENT);
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

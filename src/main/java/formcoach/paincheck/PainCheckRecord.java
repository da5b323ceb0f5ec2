package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved pain check: when, the facts, what the rules decided and under which rules version.
 * {@code area} (a body-area id such as "neck-traps", set by the UI) and {@code sessionNote} are
 * optional and never part of the decision; {@code notAsked} lists the facts the questionnaire did
 * not ask because an earlier answer was already an emergency (their values are placeholders).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "time", "facts", "level", "pattern", "reasons", "rulesVersion", "area", "sessionNote", "notAsked"})
public record PainCheckRecord(String id, Instant time, Facts facts, Level level, Pattern pattern, List<Reason> reasons,
                              String rulesVersion, String area, String sessionNote, List<String> notAsked) {
    public PainCheckRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(pattern, "pattern");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        notAsked = notAsked == null ? List.of() : List.copyOf(notAsked);
        area = area == null || area.isBlank() ? null : area;
        sessionNote = sessionNote == null || sessionNote.isBlank() ? null : sessionNote;
    }

    public static PainCheckRecord of(String id, Instant time, Facts facts, TriageResult result,
                                     String area, String sessionNote, List<String> notAsked) {
        return new PainCheckRecord(id, time, facts, result.level(), result.pattern(), result.reasons(),
                result.rulesVersion(), area, sessionNote, notAsked);
    }

    public Optional<String> areaId() {
        return Optional.ofNullable(area);
    }

    public Optional<String> note() {
        return Optional.ofNullable(sessionNote);
    }
}

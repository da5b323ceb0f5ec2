package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved pain check: when, the facts, what the rules decided and under which rules version.
 * {@code area} (a body-area id such as "neck-traps", set by the UI) and {@code sessionNote} are
 * optional and never part of the decision.
 *
 * <p>{@code notAsked} lists the facts the questionnaire did not ask because an earlier answer was
 * already an emergency. They are not stored: the file holds only what was asked. In memory
 * {@link #facts()} still has every key (a {@link Facts} needs them), with the questionnaire's "no"
 * placeholders for the unasked ones, so anything that shows a value must ask {@link #asked} first.
 * Records written before this rule kept the placeholders in the file; they read the same way.
 *
 * <p>{@code enteredByMistake}: the person marked the check as a mistake. It stays in the file and
 * in History (struck through) but counts nowhere else: not in the chart, the trend, the report, or
 * the re-check schedule. Files written before the mark existed read it as false.
 */
public record PainCheckRecord(String id, Instant time, Facts facts, Level level, Pattern pattern, List<Reason> reasons,
                              String rulesVersion, String area, String sessionNote, List<String> notAsked,
                              boolean enteredByMistake) {
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

    /** A record without the mistake mark (the form every new check is saved in). */
    public PainCheckRecord(String id, Instant time, Facts facts, Level level, Pattern pattern, List<Reason> reasons,
                           String rulesVersion, String area, String sessionNote, List<String> notAsked) {
        this(id, time, facts, level, pattern, reasons, rulesVersion, area, sessionNote, notAsked, false);
    }

    public static PainCheckRecord of(String id, Instant time, Facts facts, TriageResult result,
                                     String area, String sessionNote, List<String> notAsked) {
        return new PainCheckRecord(id, time, facts, result.level(), result.pattern(), result.reasons(),
                result.rulesVersion(), area, sessionNote, notAsked, false);
    }

    /** The same check with the mistake mark set or cleared. */
    public PainCheckRecord withEnteredByMistake(boolean mistake) {
        return new PainCheckRecord(id, time, facts, level, pattern, reasons, rulesVersion, area, sessionNote, notAsked, mistake);
    }

    /** False for a fact the questionnaire never asked (the check stopped at an emergency answer first). */
    public boolean asked(FactKey key) {
        return !notAsked.contains(key.id());
    }

    /** True when the check ended at an emergency answer before every question was asked. */
    public boolean stoppedEarly() {
        return !notAsked.isEmpty();
    }

    public Optional<String> areaId() {
        return Optional.ofNullable(area);
    }

    public Optional<String> note() {
        return Optional.ofNullable(sessionNote);
    }

    /** The facts as stored: only the keys that were asked. */
    Map<String, Object> storedFacts() {
        Map<String, Object> m = new LinkedHashMap<>(facts.toJson());
        notAsked.forEach(m::remove);
        return m;
    }

    /**
     * The stored form, written by hand so that {@code facts} holds only what was asked (a record
     * component cannot be both ignored and read back under the same name): id, time, facts, level,
     * pattern, reasons, rulesVersion, then area, sessionNote and notAsked when present and
     * {@code enteredByMistake} only when true.
     */
    @com.fasterxml.jackson.annotation.JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("time", time);
        m.put("facts", storedFacts());
        m.put("level", level);
        m.put("pattern", pattern);
        m.put("reasons", reasons);
        if (rulesVersion != null) {
            m.put("rulesVersion", rulesVersion);
        }
        if (area != null) {
            m.put("area", area);
        }
        if (sessionNote != null) {
            m.put("sessionNote", sessionNote);
        }
        if (!notAsked.isEmpty()) {
            m.put("notAsked", notAsked);
        }
        if (enteredByMistake) {
            m.put("enteredByMistake", true);
        }
        return m;
    }

    /**
     * Reads a stored record. Keys named in {@code notAsked} may be absent (they get the
     * questionnaire's placeholders); a required key that is absent and not listed there is refused.
     */
    @JsonCreator
    static PainCheckRecord fromJson(@JsonProperty("id") String id, @JsonProperty("time") Instant time,
                                    @JsonProperty("facts") Map<String, Object> facts, @JsonProperty("level") Level level,
                                    @JsonProperty("pattern") Pattern pattern, @JsonProperty("reasons") List<Reason> reasons,
                                    @JsonProperty("rulesVersion") String rulesVersion, @JsonProperty("area") String area,
                                    @JsonProperty("sessionNote") String sessionNote, @JsonProperty("notAsked") List<String> notAsked,
                                    @JsonProperty("enteredByMistake") Boolean enteredByMistake) {
        Objects.requireNonNull(facts, "facts");
        List<String> skipped = notAsked == null ? List.of() : notAsked;
        for (String k : skipped) {
            if (FactKey.fromId(k).isEmpty()) {
                throw new IllegalArgumentException("notAsked names an unknown fact '" + k + "'");
            }
        }
        Map<String, Object> all = new LinkedHashMap<>();
        for (String k : skipped) {
            FactKey key = FactKey.fromId(k).orElseThrow();
            all.put(k, placeholder(key));
        }
        all.putAll(facts);
        return new PainCheckRecord(id, time, Facts.fromJson(all), level, pattern, reasons, rulesVersion, area, sessionNote,
                notAsked, Boolean.TRUE.equals(enteredByMistake));
    }

    /** The value the questionnaire puts in for a question it did not ask: "no", 0, a dull diffuse ache a day after. */
    static Object placeholder(FactKey key) {
        return switch (key.type()) {
            case HOURS -> 24.0;
            case CHARACTER -> PainCharacter.DULL.id();
            case LOCATION -> PainLocation.DIFFUSE.id();
            case SEVERITY, DAYS -> 0;
            case BOOLEAN -> false;
        };
    }
}

package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the pain feels like: the closed set of {@code character} values in facts-schema.md. */
public enum PainCharacter {
    DULL, ACHING, SHARP, STABBING, BURNING, SHOOTING, TEARING, PRESSURE;

    /** The exact spelling used in the facts JSON and the rules file. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exact, case-sensitive lookup: the schema spells every value in lower case. */
    public static Optional<PainCharacter> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    @JsonCreator
    static PainCharacter fromJson(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "'" + id + "' is not one of " + String.join(", ", ids())));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(PainCharacter::id).toList();
    }
}

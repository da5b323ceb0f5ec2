package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where it hurts: spread over a muscle group, or one spot you can point at. */
public enum PainLocation {
    DIFFUSE, LOCALIZED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PainLocation> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    @JsonCreator
    static PainLocation fromJson(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "'" + id + "' is not one of " + String.join(", ", ids())));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(PainLocation::id).toList();
    }
}

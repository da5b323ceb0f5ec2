package formcoach.log;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What the number next to the reps means. A pull-up's body is the load, so an assisted pull-up's
 * number is help taken away, never load added.
 */
public enum LoadKind {
    /** a bar, dumbbell, cable or machine stack: the number is the load */
    EXTERNAL,
    /** the body is the load; the number (often 0) is weight added on a belt or vest */
    BODYWEIGHT,
    /** the body is the load minus the number: a band or machine takes this much off */
    ASSISTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static LoadKind fromId(String id) {
        for (LoadKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown load kind '" + id + "' (known: external, bodyweight, assisted)");
    }
}

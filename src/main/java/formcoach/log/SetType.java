package formcoach.log;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a set was meant. Every type but {@link #WARMUP} is a working set. */
public enum SetType {
    NORMAL,
    WARMUP,
    DROP,
    FAILURE;

    public boolean isWorking() {
        return this != WARMUP;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SetType fromId(String id) {
        for (SetType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown set type '" + id + "' (known: normal, warmup, drop, failure)");
    }
}

package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three form faults every pulling lift is coached against. JSON form: the constant name. */
public enum Fault implements JsonId {
    SHRUGGING("Shrugging", "The shoulders creep up towards the ears."),
    ROUNDING("Rounding", "The back or the shoulders round forward under the load."),
    MOMENTUM("Momentum", "The body swings or bounces the weight instead of the muscles moving it.");

    private final String displayName;
    private final String description;

    Fault(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    @JsonValue
    @Override
    public String id() {
        return name();
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    @JsonCreator
    public static Fault fromId(String id) {
        return JsonId.parse(Fault.class, "fault", id);
    }
}

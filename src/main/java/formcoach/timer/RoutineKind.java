package formcoach.timer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a routine is for; written in lower case in the routine files. */
public enum RoutineKind {
    @JsonProperty("warmup") WARMUP("warmup", "Warm-up"),
    @JsonProperty("cooldown") COOLDOWN("cooldown", "Cool-down"),
    @JsonProperty("custom") CUSTOM("custom", "Other");

    private final String id;
    private final String label;

    RoutineKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word used in routine files and on the command line. */
    public String id() {
        return id;
    }

    /** A short label for a person. */
    public String label() {
        return label;
    }
}

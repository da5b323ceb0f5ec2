package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What feeling a lift in one place means. */
public enum Verdict implements JsonId {
    /** this is where the lift should be felt */
    EXPECTED("Expected"),
    /** feeling it here points at a form fault */
    FAULT("Likely a fault"),
    /** fine in small amounts (grip work in the forearms) */
    NEUTRAL("Normal in small amounts");

    private final String displayName;

    Verdict(String displayName) {
        this.displayName = displayName;
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

    @JsonCreator
    public static Verdict fromId(String id) {
        return JsonId.parse(Verdict.class, "verdict", id);
    }
}

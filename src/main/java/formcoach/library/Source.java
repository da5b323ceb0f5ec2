package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an exercise came from. Asset files leave it out (builtin); stored and exported files carry it. */
public enum Source implements JsonId {
    BUILTIN("Built in"),
    CUSTOM("Your own"),
    FREE_EXERCISE_DB("free-exercise-db"),
    IMPORT("Imported");

    private final String displayName;

    Source(String displayName) {
        this.displayName = displayName;
    }

    @JsonValue
    @Override
    public String id() {
        return JsonId.kebab(this);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @JsonCreator
    public static Source fromId(String id) {
        return JsonId.parse(Source.class, "source", id);
    }
}

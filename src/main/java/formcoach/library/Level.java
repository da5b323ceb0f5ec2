package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum Level implements JsonId {
    BEGINNER("Beginner"),
    INTERMEDIATE("Intermediate"),
    ADVANCED("Advanced");

    private final String displayName;

    Level(String displayName) {
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
    public static Level fromId(String id) {
        return JsonId.parse(Level.class, "level", id);
    }
}

package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a person felt a lift, for "where did you feel it?". */
public enum BodyArea implements JsonId {
    NECK_TRAPS("Neck / top of the traps"),
    BETWEEN_SHOULDER_BLADES("Between the shoulder blades"),
    LOWER_BACK("Lower back"),
    LATS_ARMPIT("Lats / armpit"),
    FRONT_OF_SHOULDER("Front of the shoulder"),
    BICEPS_FOREARMS("Biceps / forearms");

    private final String displayName;

    BodyArea(String displayName) {
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
    public static BodyArea fromId(String id) {
        return JsonId.parse(BodyArea.class, "body area", id);
    }
}

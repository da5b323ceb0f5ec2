package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum Equipment implements JsonId {
    BARBELL("Barbell"),
    DUMBBELL("Dumbbell"),
    KETTLEBELL("Kettlebell"),
    CABLE("Cable"),
    MACHINE("Machine"),
    BAND("Band"),
    BENCH("Bench"),
    PULL_UP_BAR("Pull-up bar"),
    TRAP_BAR("Trap bar"),
    FOAM_ROLLER("Foam roller"),
    ROWER("Rowing machine"),
    BIKE("Exercise bike"),
    WALL("Wall"),
    DOORWAY("Doorway"),
    MAT("Mat"),
    DOWEL("Dowel"),
    BODY_ONLY("Body only");

    private final String displayName;

    Equipment(String displayName) {
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
    public static Equipment fromId(String id) {
        return JsonId.parse(Equipment.class, "equipment", id);
    }
}

package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an exercise sits in the library; the four lifts carry all three fault entries. */
public enum Category implements JsonId {
    ROW("Row", true),
    PULLDOWN("Pull-down", true),
    PULLUP("Pull-up / chin-up", true),
    DEADLIFT("Deadlift", true),
    CORRECTIVE("Corrective", false),
    WARMUP("Warm-up", false),
    STRETCH("Stretch", false),
    MOBILITY("Mobility", false),
    OTHER("Other", false);

    private final String displayName;
    private final boolean lift;

    Category(String displayName, boolean lift) {
        this.displayName = displayName;
        this.lift = lift;
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

    /** Rows, pull-downs, pull-ups and deadlifts: each must carry SHRUGGING, ROUNDING and MOMENTUM. */
    public boolean isLift() {
        return lift;
    }

    /** Lifts and correctives use a P-S-L tempo in whole seconds ("2-1-2"). */
    public boolean usesNumericTempo() {
        return lift || this == CORRECTIVE;
    }

    /** Corrective, warm-up, mobility and stretch moves must list at least one common mistake. */
    public boolean needsMistakes() {
        return this == CORRECTIVE || this == WARMUP || this == MOBILITY || this == STRETCH;
    }

    @JsonCreator
    public static Category fromId(String id) {
        return JsonId.parse(Category.class, "category", id);
    }
}

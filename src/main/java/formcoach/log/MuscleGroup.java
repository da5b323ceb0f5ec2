package formcoach.log;

import com.fasterxml.jackson.annotation.JsonValue;
import formcoach.library.Exercise;
import formcoach.library.Muscle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The groups a person with upper-back pain cares about, each made of the library's muscles. */
public enum MuscleGroup {
    UPPER_TRAPS("upper-traps", "Upper traps", EnumSet.of(Muscle.UPPER_TRAPEZIUS)),
    MID_TRAPS_RHOMBOIDS("mid-traps-rhomboids", "Mid traps & rhomboids", EnumSet.of(Muscle.MIDDLE_TRAPEZIUS, Muscle.RHOMBOIDS)),
    LOWER_TRAPS("lower-traps", "Lower traps", EnumSet.of(Muscle.LOWER_TRAPEZIUS)),
    LATS("lats", "Lats", EnumSet.of(Muscle.LATISSIMUS_DORSI, Muscle.TERES_MAJOR)),
    REAR_DELTS("rear-delts", "Rear delts", EnumSet.of(Muscle.POSTERIOR_DELTOID)),
    SPINAL_ERECTORS("spinal-erectors", "Spinal erectors", EnumSet.of(Muscle.THORACIC_ERECTOR_SPINAE, Muscle.LUMBAR_ERECTOR_SPINAE)),
    BICEPS("biceps", "Biceps", EnumSet.of(Muscle.BICEPS));

    /** The weight of a set for a group the exercise works as a primary mover. */
    public static final double PRIMARY = 1.0;
    /** ... and as a secondary mover. */
    public static final double SECONDARY = 0.5;

    private final String id;
    private final String displayName;
    private final Set<Muscle> muscles;

    MuscleGroup(String id, String displayName, Set<Muscle> muscles) {
        this.id = id;
        this.displayName = displayName;
        this.muscles = muscles;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Muscle> muscles() {
        return muscles;
    }

    /**
     * What one working set of {@code e} counts for this group: 1 when a primary muscle is in the
     * group, else 0.5 when a secondary one is, else 0. A group counts once per set however many of
     * its muscles the exercise names.
     */
    public double weight(Exercise e) {
        for (Muscle m : e.muscles().primary()) {
            if (muscles.contains(m)) {
                return PRIMARY;
            }
        }
        for (Muscle m : e.muscles().secondary()) {
            if (muscles.contains(m)) {
                return SECONDARY;
            }
        }
        return 0.0;
    }

    public static Optional<MuscleGroup> fromId(String id) {
        String t = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (MuscleGroup g : values()) {
            if (g.id.equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}

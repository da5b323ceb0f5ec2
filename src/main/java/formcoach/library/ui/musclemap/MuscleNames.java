package formcoach.library.ui.musclemap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Display names for the closed list of muscle ids in the content schema. The map stays string-keyed so the
 * drawing does not depend on the library core; the lead can route the core's muscle enum through {@link #ids()}.
 */
public final class MuscleNames {
    private static final Map<String, String> NAMES = build();

    private MuscleNames() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("upper-trapezius", "Upper trapezius");
        m.put("middle-trapezius", "Middle trapezius");
        m.put("lower-trapezius", "Lower trapezius");
        m.put("rhomboids", "Rhomboids");
        m.put("levator-scapulae", "Levator scapulae");
        m.put("latissimus-dorsi", "Latissimus dorsi (lats)");
        m.put("teres-major", "Teres major");
        m.put("rotator-cuff", "Rotator cuff");
        m.put("posterior-deltoid", "Rear deltoid");
        m.put("lateral-deltoid", "Side deltoid");
        m.put("anterior-deltoid", "Front deltoid");
        m.put("serratus-anterior", "Serratus anterior");
        m.put("thoracic-erector-spinae", "Mid-back erectors");
        m.put("lumbar-erector-spinae", "Lower-back erectors");
        m.put("pectoralis-major", "Chest (pectoralis major)");
        m.put("pectoralis-minor", "Pectoralis minor");
        m.put("biceps", "Biceps");
        m.put("brachialis", "Brachialis");
        m.put("forearms", "Forearms");
        m.put("triceps", "Triceps");
        m.put("neck", "Neck");
        m.put("abdominals", "Abdominals");
        m.put("obliques", "Obliques");
        m.put("glutes", "Glutes");
        m.put("hamstrings", "Hamstrings");
        m.put("quadriceps", "Quadriceps");
        m.put("adductors", "Adductors (inner thigh)");
        m.put("abductors", "Abductors (outer hip)");
        m.put("hip-flexors", "Hip flexors");
        m.put("calves", "Calves");
        return Collections.unmodifiableMap(m);
    }

    /** Every muscle id of the closed list, in the schema's order. */
    public static Set<String> ids() {
        return NAMES.keySet();
    }

    public static Optional<String> displayName(String id) {
        return Optional.ofNullable(NAMES.get(id));
    }
}

package formcoach.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The closed list of muscles an exercise may name, with the body outline the muscle map draws it on. */
public enum Muscle implements JsonId {
    UPPER_TRAPEZIUS("Upper trapezius", BodyView.BOTH),
    MIDDLE_TRAPEZIUS("Middle trapezius", BodyView.BACK),
    LOWER_TRAPEZIUS("Lower trapezius", BodyView.BACK),
    RHOMBOIDS("Rhomboids", BodyView.BACK),
    LEVATOR_SCAPULAE("Levator scapulae", BodyView.BACK),
    LATISSIMUS_DORSI("Latissimus dorsi (lats)", BodyView.BACK),
    TERES_MAJOR("Teres major", BodyView.BACK),
    ROTATOR_CUFF("Rotator cuff", BodyView.BACK),
    POSTERIOR_DELTOID("Rear deltoid", BodyView.BACK),
    LATERAL_DELTOID("Side deltoid", BodyView.BOTH),
    ANTERIOR_DELTOID("Front deltoid", BodyView.FRONT),
    SERRATUS_ANTERIOR("Serratus anterior", BodyView.FRONT),
    THORACIC_ERECTOR_SPINAE("Upper-back erectors", BodyView.BACK),
    LUMBAR_ERECTOR_SPINAE("Lower-back erectors", BodyView.BACK),
    PECTORALIS_MAJOR("Chest (pectoralis major)", BodyView.FRONT),
    PECTORALIS_MINOR("Pectoralis minor", BodyView.FRONT),
    BICEPS("Biceps", BodyView.FRONT),
    BRACHIALIS("Brachialis", BodyView.FRONT),
    FOREARMS("Forearms", BodyView.BOTH),
    TRICEPS("Triceps", BodyView.BACK),
    NECK("Neck", BodyView.BOTH),
    ABDOMINALS("Abdominals", BodyView.FRONT),
    OBLIQUES("Obliques", BodyView.FRONT),
    GLUTES("Glutes", BodyView.BACK),
    HAMSTRINGS("Hamstrings", BodyView.BACK),
    QUADRICEPS("Quadriceps", BodyView.FRONT),
    ADDUCTORS("Adductors (inner thigh)", BodyView.FRONT),
    ABDUCTORS("Abductors (outer hip)", BodyView.BOTH),
    HIP_FLEXORS("Hip flexors", BodyView.FRONT),
    CALVES("Calves", BodyView.BACK);

    private final String displayName;
    private final BodyView view;

    Muscle(String displayName, BodyView view) {
        this.displayName = displayName;
        this.view = view;
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

    public BodyView view() {
        return view;
    }

    @JsonCreator
    public static Muscle fromId(String id) {
        return JsonId.parse(Muscle.class, "muscle", id);
    }
}

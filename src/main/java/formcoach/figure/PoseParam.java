package formcoach.figure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The numbers a key position is written in (assets/figures/*.json), chosen so a coach can read them.
 * Angles are degrees. Segment directions are measured from straight down (arms, legs) or straight up
 * (the torso), positive towards where the lifter faces; "out" angles lift the arm sideways.
 */
public enum PoseParam {
    /** Lean of the hip→neck line from upright: 0 standing tall, 90 flat, negative leaning back. */
    TORSO("torso", 0),
    /** Flexion of the spine, spread over its length: 0 a flat back, 30+ a humped upper back and curled low back. */
    ROUND("round", 0),
    /** The head against the upper spine: positive chin down, negative looking up. */
    HEAD("head", 0),
    /** Shoulder elevation: 0 shoulders down, 1 shoulders up at the ears (about 8 cm). */
    SHRUG("shrug", 0),
    /** Hip→knee from straight down: 0 standing, 90 thigh level in front (seated). */
    THIGH("thigh", 0),
    /** Knee→ankle from straight down: negative when the knee is ahead of the ankle. */
    SHIN("shin", 0),
    /** Working arm, shoulder→elbow from straight down: 90 reaching forward, 180 overhead, negative behind. */
    UPPER_ARM("upperArm", 0),
    /** Working arm lifted out to the side (abduction) before the forward angle is applied. */
    UPPER_ARM_OUT("upperArmOut", 10),
    /** Working arm, elbow→wrist from straight down. */
    FOREARM("forearm", 0),
    /** Working forearm out to the side. */
    FOREARM_OUT("forearmOut", 0),
    /** The other (left) arm, when the lift is one-armed; otherwise it mirrors the working arm. */
    OTHER_UPPER_ARM("otherUpperArm", 0),
    OTHER_UPPER_ARM_OUT("otherUpperArmOut", 10),
    OTHER_FOREARM("otherForearm", 0),
    OTHER_FOREARM_OUT("otherForearmOut", 0);

    public static final int COUNT = values().length;

    private final String key;
    private final double neutral;

    PoseParam(String key, double neutral) {
        this.key = key;
        this.neutral = neutral;
    }

    /** The name in the JSON files. */
    public String key() {
        return key;
    }

    /** The value a key position gets when nothing before it set one. */
    public double neutral() {
        return neutral;
    }

    public boolean otherArm() {
        return ordinal() >= OTHER_UPPER_ARM.ordinal();
    }

    /** For a two-armed lift, the other-arm parameter each working-arm parameter drives. */
    public PoseParam mirror() {
        return switch (this) {
            case UPPER_ARM -> OTHER_UPPER_ARM;
            case UPPER_ARM_OUT -> OTHER_UPPER_ARM_OUT;
            case FOREARM -> OTHER_FOREARM;
            case FOREARM_OUT -> OTHER_FOREARM_OUT;
            default -> null;
        };
    }

    public static Optional<PoseParam> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}

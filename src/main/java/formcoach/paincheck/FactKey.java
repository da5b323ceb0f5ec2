package formcoach.paincheck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every key of facts-schema.md (version 2: 8 required, 34 optional), in the schema's order, with its type and whether it is required.
 * The parser, the rules loader, the questionnaire and the clinician report all work from this one list.
 */
public enum FactKey {
    ONSET_HOURS("onsetHours", Type.HOURS, true),
    CHARACTER("character", Type.CHARACTER, true),
    LOCATION("location", Type.LOCATION, true),
    SEVERITY("severity", Type.SEVERITY, true),
    DAYS_SINCE_ONSET("daysSinceOnset", Type.DAYS, true),
    IMPROVING("improving", Type.BOOLEAN, true),
    WORSE_WITH_MOVEMENT("worseWithMovement", Type.BOOLEAN, true),
    PAIN_AT_REST("painAtRest", Type.BOOLEAN, true),
    EASES_WITH_LIGHT_MOVEMENT("easesWithLightMovement", Type.BOOLEAN, false),
    SWELLING("swelling", Type.BOOLEAN, false),
    BRUISING("bruising", Type.BOOLEAN, false),
    POP_OR_CLICK("popOrClick", Type.BOOLEAN, false),
    INTERFERES_WITH_SLEEP_OR_DAILY_LIFE("interferesWithSleepOrDailyLife", Type.BOOLEAN, false),
    NUMBNESS_OR_TINGLING("numbnessOrTingling", Type.BOOLEAN, false),
    ARM_WEAKNESS("armWeakness", Type.BOOLEAN, false),
    LEG_WEAKNESS_OR_NUMBNESS("legWeaknessOrNumbness", Type.BOOLEAN, false),
    SADDLE_NUMBNESS("saddleNumbness", Type.BOOLEAN, false),
    BLADDER_OR_BOWEL_CHANGE("bladderOrBowelChange", Type.BOOLEAN, false),
    CHEST_PAIN_OR_PRESSURE("chestPainOrPressure", Type.BOOLEAN, false),
    SHORTNESS_OF_BREATH("shortnessOfBreath", Type.BOOLEAN, false),
    PAIN_SPREADS_TO_ARM_JAW_OR_NECK("painSpreadsToArmJawOrNeck", Type.BOOLEAN, false),
    SWEATING_OR_NAUSEA("sweatingOrNausea", Type.BOOLEAN, false),
    SUDDEN_TEARING_PAIN("suddenTearingPain", Type.BOOLEAN, false),
    DARK_URINE("darkUrine", Type.BOOLEAN, false),
    EXTREME_SWELLING_OR_WEAKNESS("extremeSwellingOrWeakness", Type.BOOLEAN, false),
    FEVER("fever", Type.BOOLEAN, false),
    UNEXPLAINED_WEIGHT_LOSS("unexplainedWeightLoss", Type.BOOLEAN, false),
    HISTORY_OF_CANCER("historyOfCancer", Type.BOOLEAN, false),
    RECENT_TRAUMA("recentTrauma", Type.BOOLEAN, false),
    FAINTING_OR_COLLAPSE("faintingOrCollapse", Type.BOOLEAN, false),
    FAST_HEARTBEAT("fastHeartbeat", Type.BOOLEAN, false),
    COUGHING_BLOOD("coughingBlood", Type.BOOLEAN, false),
    STROKE_SIGNS("strokeSigns", Type.BOOLEAN, false),
    LITTLE_OR_NO_URINE("littleOrNoUrine", Type.BOOLEAN, false),
    WORSE_ON_BREATHING_IN("worseOnBreathingIn", Type.BOOLEAN, false),
    CALF_SWELLING_OR_PAIN("calfSwellingOrPain", Type.BOOLEAN, false),
    WORSE_ON_COUGH_SNEEZE_STRAIN("worseOnCoughSneezeStrain", Type.BOOLEAN, false),
    WORSE_AT_NIGHT("worseAtNight", Type.BOOLEAN, false),
    LUMP_OR_CHANGED_SHAPE("lumpOrChangedShape", Type.BOOLEAN, false),
    UNABLE_TO_USE_ARM("unableToUseArm", Type.BOOLEAN, false),
    OSTEOPOROSIS_OR_STEROIDS("osteoporosisOrSteroids", Type.BOOLEAN, false),
    IMMUNOSUPPRESSED_OR_INJECTS_DRUGS("immunosuppressedOrInjectsDrugs", Type.BOOLEAN, false);

    /** The value type of a key; {@link #expected()} is the wording used in input-error messages. */
    public enum Type {
        HOURS("a number 0 or more", "number 0 or more"),
        SEVERITY("an integer 0-10", "integer 0-10"),
        DAYS("an integer 0 or more", "integer 0 or more"),
        BOOLEAN("true or false", "true or false"),
        CHARACTER("one of " + String.join(", ", PainCharacter.ids()), "one of " + String.join(", ", PainCharacter.ids())),
        LOCATION("one of " + String.join(", ", PainLocation.ids()), "one of " + String.join(", ", PainLocation.ids()));

        private final String expected;
        private final String shortExpected;

        Type(String expected, String shortExpected) {
            this.expected = expected;
            this.shortExpected = shortExpected;
        }

        /** "an integer 0-10", as in "'severity' must be an integer 0-10". */
        public String expected() {
            return expected;
        }

        /** "integer 0-10", as in "missing required key 'severity' (integer 0-10)". */
        public String shortExpected() {
            return shortExpected;
        }

        public boolean numeric() {
            return this == HOURS || this == SEVERITY || this == DAYS;
        }
    }

    private final String id;
    private final Type type;
    private final boolean required;

    FactKey(String id, Type type, boolean required) {
        this.id = id;
        this.type = type;
        this.required = required;
    }

    /** The exact JSON key, e.g. {@code chestPainOrPressure}. */
    public String id() {
        return id;
    }

    public Type type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public static Optional<FactKey> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<FactKey> booleans() {
        return Arrays.stream(values()).filter(k -> k.type == Type.BOOLEAN).toList();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(FactKey::id).toList();
    }
}

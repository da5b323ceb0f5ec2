package formcoach.paincheck;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answers one pain check is decided on: exactly the keys of facts-schema.md (8 required, the
 * optional booleans false when absent). Build one from JSON with {@link FactsParser}, from answers
 * with {@link QuestionnaireSession#toFacts()}, or from a map with {@link #of(Map)}.
 */
public record Facts(double onsetHours,
                    PainCharacter character,
                    PainLocation location,
                    int severity,
                    int daysSinceOnset,
                    boolean improving,
                    boolean worseWithMovement,
                    boolean painAtRest,
                    boolean easesWithLightMovement,
                    boolean swelling,
                    boolean bruising,
                    boolean popOrClick,
                    boolean interferesWithSleepOrDailyLife,
                    boolean numbnessOrTingling,
                    boolean armWeakness,
                    boolean legWeaknessOrNumbness,
                    boolean saddleNumbness,
                    boolean bladderOrBowelChange,
                    boolean chestPainOrPressure,
                    boolean shortnessOfBreath,
                    boolean painSpreadsToArmJawOrNeck,
                    boolean sweatingOrNausea,
                    boolean suddenTearingPain,
                    boolean darkUrine,
                    boolean extremeSwellingOrWeakness,
                    boolean fever,
                    boolean unexplainedWeightLoss,
                    boolean historyOfCancer,
                    boolean recentTrauma) {

    public Facts {
        Objects.requireNonNull(character, "character");
        Objects.requireNonNull(location, "location");
        if (!(onsetHours >= 0) || Double.isInfinite(onsetHours)) {
            throw new IllegalArgumentException("onsetHours must be a finite number 0 or more, got " + onsetHours);
        }
        if (severity < 0 || severity > 10) {
            throw new IllegalArgumentException("severity must be an integer 0-10, got " + severity);
        }
        if (daysSinceOnset < 0) {
            throw new IllegalArgumentException("daysSinceOnset must be an integer 0 or more, got " + daysSinceOnset);
        }
        // -0.0 would print as "-0.0" and is the same moment as 0
        onsetHours = onsetHours == 0 ? 0.0 : onsetHours;
    }

    /** The value of one key: Double, PainCharacter, PainLocation, Integer or Boolean. */
    public Object get(FactKey key) {
        return switch (key) {
            case ONSET_HOURS -> onsetHours;
            case CHARACTER -> character;
            case LOCATION -> location;
            case SEVERITY -> severity;
            case DAYS_SINCE_ONSET -> daysSinceOnset;
            case IMPROVING -> improving;
            case WORSE_WITH_MOVEMENT -> worseWithMovement;
            case PAIN_AT_REST -> painAtRest;
            case EASES_WITH_LIGHT_MOVEMENT -> easesWithLightMovement;
            case SWELLING -> swelling;
            case BRUISING -> bruising;
            case POP_OR_CLICK -> popOrClick;
            case INTERFERES_WITH_SLEEP_OR_DAILY_LIFE -> interferesWithSleepOrDailyLife;
            case NUMBNESS_OR_TINGLING -> numbnessOrTingling;
            case ARM_WEAKNESS -> armWeakness;
            case LEG_WEAKNESS_OR_NUMBNESS -> legWeaknessOrNumbness;
            case SADDLE_NUMBNESS -> saddleNumbness;
            case BLADDER_OR_BOWEL_CHANGE -> bladderOrBowelChange;
            case CHEST_PAIN_OR_PRESSURE -> chestPainOrPressure;
            case SHORTNESS_OF_BREATH -> shortnessOfBreath;
            case PAIN_SPREADS_TO_ARM_JAW_OR_NECK -> painSpreadsToArmJawOrNeck;
            case SWEATING_OR_NAUSEA -> sweatingOrNausea;
            case SUDDEN_TEARING_PAIN -> suddenTearingPain;
            case DARK_URINE -> darkUrine;
            case EXTREME_SWELLING_OR_WEAKNESS -> extremeSwellingOrWeakness;
            case FEVER -> fever;
            case UNEXPLAINED_WEIGHT_LOSS -> unexplainedWeightLoss;
            case HISTORY_OF_CANCER -> historyOfCancer;
            case RECENT_TRAUMA -> recentTrauma;
        };
    }

    /** A boolean fact; throws for the non-boolean keys. */
    public boolean is(FactKey key) {
        if (key.type() != FactKey.Type.BOOLEAN) {
            throw new IllegalArgumentException(key.id() + " is not a true/false fact");
        }
        return (Boolean) get(key);
    }

    /** Every key with its value, in schema order. */
    public Map<FactKey, Object> toMap() {
        Map<FactKey, Object> m = new EnumMap<>(FactKey.class);
        for (FactKey k : FactKey.values()) {
            m.put(k, get(k));
        }
        return m;
    }

    /** A copy with one key changed (the value must have the key's Java type, numbers as any Number). */
    public Facts with(FactKey key, Object value) {
        Objects.requireNonNull(value, key.id());
        return switch (key) {
            case ONSET_HOURS -> new Facts(((Number) value).doubleValue(), character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case CHARACTER -> new Facts(onsetHours, (PainCharacter) normalise(key, value), location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case LOCATION -> new Facts(onsetHours, character, (PainLocation) normalise(key, value), severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case SEVERITY -> new Facts(onsetHours, character, location, ((Number) value).intValue(), daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case DAYS_SINCE_ONSET -> new Facts(onsetHours, character, location, severity, ((Number) value).intValue(), improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case IMPROVING -> new Facts(onsetHours, character, location, severity, daysSinceOnset, (Boolean) value, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case WORSE_WITH_MOVEMENT -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, (Boolean) value, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case PAIN_AT_REST -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, (Boolean) value, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case EASES_WITH_LIGHT_MOVEMENT -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, (Boolean) value, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case SWELLING -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, (Boolean) value, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case BRUISING -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, (Boolean) value, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case POP_OR_CLICK -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, (Boolean) value, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case INTERFERES_WITH_SLEEP_OR_DAILY_LIFE -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, (Boolean) value, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case NUMBNESS_OR_TINGLING -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, (Boolean) value, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case ARM_WEAKNESS -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, (Boolean) value, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case LEG_WEAKNESS_OR_NUMBNESS -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, (Boolean) value, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case SADDLE_NUMBNESS -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, (Boolean) value, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case BLADDER_OR_BOWEL_CHANGE -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, (Boolean) value, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case CHEST_PAIN_OR_PRESSURE -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, (Boolean) value, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case SHORTNESS_OF_BREATH -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, (Boolean) value, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case PAIN_SPREADS_TO_ARM_JAW_OR_NECK -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, (Boolean) value, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case SWEATING_OR_NAUSEA -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, (Boolean) value, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case SUDDEN_TEARING_PAIN -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, (Boolean) value, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case DARK_URINE -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, (Boolean) value, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case EXTREME_SWELLING_OR_WEAKNESS -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, (Boolean) value, fever, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case FEVER -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, (Boolean) value, unexplainedWeightLoss, historyOfCancer, recentTrauma);
            case UNEXPLAINED_WEIGHT_LOSS -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, (Boolean) value, historyOfCancer, recentTrauma);
            case HISTORY_OF_CANCER -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, (Boolean) value, recentTrauma);
            case RECENT_TRAUMA -> new Facts(onsetHours, character, location, severity, daysSinceOnset, improving, worseWithMovement, painAtRest, easesWithLightMovement, swelling, bruising, popOrClick, interferesWithSleepOrDailyLife, numbnessOrTingling, armWeakness, legWeaknessOrNumbness, saddleNumbness, bladderOrBowelChange, chestPainOrPressure, shortnessOfBreath, painSpreadsToArmJawOrNeck, sweatingOrNausea, suddenTearingPain, darkUrine, extremeSwellingOrWeakness, fever, unexplainedWeightLoss, historyOfCancer, (Boolean) value);
        };
    }

    /**
     * Builds facts from typed values: the required keys must be present, absent optional booleans are
     * false. Numbers may be any {@link Number}; character and location may be given as their ids.
     */
    public static Facts of(Map<FactKey, ?> input) {
        Map<FactKey, Object> values = new EnumMap<>(FactKey.class);
        input.forEach((k, v) -> values.put(k, normalise(k, v)));
        return new Facts(
                ((Number) require(values, FactKey.ONSET_HOURS)).doubleValue(),
                (PainCharacter) require(values, FactKey.CHARACTER),
                (PainLocation) require(values, FactKey.LOCATION),
                ((Number) require(values, FactKey.SEVERITY)).intValue(),
                ((Number) require(values, FactKey.DAYS_SINCE_ONSET)).intValue(),
                (Boolean) require(values, FactKey.IMPROVING),
                (Boolean) require(values, FactKey.WORSE_WITH_MOVEMENT),
                (Boolean) require(values, FactKey.PAIN_AT_REST),
                flag(values, FactKey.EASES_WITH_LIGHT_MOVEMENT),
                flag(values, FactKey.SWELLING),
                flag(values, FactKey.BRUISING),
                flag(values, FactKey.POP_OR_CLICK),
                flag(values, FactKey.INTERFERES_WITH_SLEEP_OR_DAILY_LIFE),
                flag(values, FactKey.NUMBNESS_OR_TINGLING),
                flag(values, FactKey.ARM_WEAKNESS),
                flag(values, FactKey.LEG_WEAKNESS_OR_NUMBNESS),
                flag(values, FactKey.SADDLE_NUMBNESS),
                flag(values, FactKey.BLADDER_OR_BOWEL_CHANGE),
                flag(values, FactKey.CHEST_PAIN_OR_PRESSURE),
                flag(values, FactKey.SHORTNESS_OF_BREATH),
                flag(values, FactKey.PAIN_SPREADS_TO_ARM_JAW_OR_NECK),
                flag(values, FactKey.SWEATING_OR_NAUSEA),
                flag(values, FactKey.SUDDEN_TEARING_PAIN),
                flag(values, FactKey.DARK_URINE),
                flag(values, FactKey.EXTREME_SWELLING_OR_WEAKNESS),
                flag(values, FactKey.FEVER),
                flag(values, FactKey.UNEXPLAINED_WEIGHT_LOSS),
                flag(values, FactKey.HISTORY_OF_CANCER),
                flag(values, FactKey.RECENT_TRAUMA));
    }

    private static Object normalise(FactKey key, Object v) {
        if (v instanceof String s && key == FactKey.CHARACTER) {
            return PainCharacter.fromId(s).orElseThrow(() -> new IllegalArgumentException("unknown character " + s));
        }
        if (v instanceof String s && key == FactKey.LOCATION) {
            return PainLocation.fromId(s).orElseThrow(() -> new IllegalArgumentException("unknown location " + s));
        }
        return v;
    }

    private static Object require(Map<FactKey, Object> values, FactKey key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing required key '" + key.id() + "'");
        }
        return v;
    }

    private static boolean flag(Map<FactKey, Object> values, FactKey key) {
        Object v = values.get(key);
        return v != null && (Boolean) v;
    }
}

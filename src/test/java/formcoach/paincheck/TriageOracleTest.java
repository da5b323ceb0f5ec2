package formcoach.paincheck;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

import static formcoach.paincheck.FactKey.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * §7 of pain-check-rules.md (version 2) written a second time, straight from the text as plain
 * Java, and compared with the rules file's answer on 20,000 random fact sets. The rules live in
 * data, so this catches a rule that was left out, mistyped or given the wrong level there.
 */
class TriageOracleTest {
    static Triage triage;

    @BeforeContainer
    static void load() {
        triage = PainChecker.load().triage();
    }

    /** The pattern, as §7 step 3 words it. */
    static Pattern pattern(Facts f) {
        PainCharacter c = f.character();
        boolean diffuse = f.location() == PainLocation.DIFFUSE;
        boolean strain = f.onsetHours() == 0 || c == PainCharacter.SHARP || c == PainCharacter.STABBING
                || !diffuse || f.is(SWELLING) || f.is(BRUISING)
                || (f.painAtRest() && !(diffuse && f.is(EASES_WITH_LIGHT_MOVEMENT)));
        if (strain) {
            return Pattern.STRAIN;
        }
        if ((c == PainCharacter.DULL || c == PainCharacter.ACHING) && diffuse && f.onsetHours() > 0) {
            return Pattern.DOMS;
        }
        return Pattern.UNCLEAR;
    }

    /** The level, as §7 steps 1, 2, 4 and 5 word it. */
    static Level level(Facts f) {
        if (f.is(CHEST_PAIN_OR_PRESSURE) || f.is(SHORTNESS_OF_BREATH) || f.is(PAIN_SPREADS_TO_ARM_JAW_OR_NECK)
                || f.is(SWEATING_OR_NAUSEA) || f.is(SUDDEN_TEARING_PAIN) || f.character() == PainCharacter.TEARING
                || f.is(DARK_URINE) || f.is(BLADDER_OR_BOWEL_CHANGE) || f.is(SADDLE_NUMBNESS)
                || f.is(LEG_WEAKNESS_OR_NUMBNESS) || f.is(RECENT_TRAUMA)
                || (f.is(HISTORY_OF_CANCER) && (f.is(NUMBNESS_OR_TINGLING) || f.is(ARM_WEAKNESS)))
                || f.is(FAINTING_OR_COLLAPSE) || f.is(FAST_HEARTBEAT) || f.is(COUGHING_BLOOD) || f.is(STROKE_SIGNS)
                || f.is(LITTLE_OR_NO_URINE)
                || (f.is(CALF_SWELLING_OR_PAIN) && f.is(WORSE_ON_BREATHING_IN))) {
            return Level.EMERGENCY;
        }
        if (f.is(FEVER) || f.is(UNEXPLAINED_WEIGHT_LOSS) || f.is(HISTORY_OF_CANCER)
                || f.is(NUMBNESS_OR_TINGLING) || f.is(ARM_WEAKNESS) || f.is(EXTREME_SWELLING_OR_WEAKNESS) || f.is(POP_OR_CLICK)
                || (f.painAtRest() && !f.worseWithMovement())
                || f.is(WORSE_ON_BREATHING_IN) || f.is(CALF_SWELLING_OR_PAIN) || f.is(WORSE_ON_COUGH_SNEEZE_STRAIN)
                || f.is(WORSE_AT_NIGHT) || f.is(LUMP_OR_CHANGED_SHAPE) || f.is(UNABLE_TO_USE_ARM)
                || (f.is(OSTEOPOROSIS_OR_STEROIDS) && (f.onsetHours() == 0 || f.location() == PainLocation.LOCALIZED))
                || (f.is(IMMUNOSUPPRESSED_OR_INJECTS_DRUGS) && f.painAtRest())
                || f.severity() >= 9
                || (f.severity() >= 7 && (f.painAtRest() || f.is(INTERFERES_WITH_SLEEP_OR_DAILY_LIFE)))) {
            return Level.URGENT;
        }
        Pattern p = pattern(f);
        PainCharacter c = f.character();
        if (f.severity() >= 7 || f.is(INTERFERES_WITH_SLEEP_OR_DAILY_LIFE) || (!f.improving() && f.daysSinceOnset() >= 3)
                || c == PainCharacter.SHOOTING || c == PainCharacter.BURNING || c == PainCharacter.PRESSURE
                || f.daysSinceOnset() > 5 || p == Pattern.UNCLEAR) {
            return Level.SEE_PROFESSIONAL;
        }
        return p == Pattern.STRAIN ? Level.SELF_CARE_POSSIBLE_STRAIN : Level.SELF_CARE_DOMS;
    }

    @Property(tries = 20000)
    void theRulesFileDecidesAsTheTextOfSection7(@ForAll("facts") Facts facts) {
        Triage.Decision d = triage.decide(facts);
        assertThat(d.pattern()).as("pattern of %s", facts).isEqualTo(pattern(facts));
        assertThat(d.level()).as("level of %s", facts).isEqualTo(level(facts));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Facts> facts() {
        return new TriagePropertiesTest().facts();
    }
}

package formcoach.paincheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places where §7, applied literally, gives an answer a reviewer should look at. These tests pin the
 * literal behaviour so that any change to it is a deliberate rules change, not an accident.
 */
class TriageRulesGapsTest {
    static final Triage TRIAGE = new Triage(TestFacts.rules());

    @ParameterizedTest(name = "{0} on day {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "swelling": true   | 6
            "bruising": true   | 10
            "painAtRest": true | 14
            """)
    void literalRulesLetSwellingLowerTheLevelOnDays6To14(String sign, int day) {
        Facts soreness = TestFacts.doms("\"daysSinceOnset\": " + day);
        Facts withSign = TestFacts.doms("\"daysSinceOnset\": " + day + ", " + sign);
        assertThat(TRIAGE.decide(soreness).level()).isEqualTo(Level.SEE_PROFESSIONAL);
        assertThat(TRIAGE.decide(withSign).level()).isEqualTo(Level.SELF_CARE_POSSIBLE_STRAIN);
    }

    @Test
    void easesWithLightMovementIsAskedButNoRuleReadsIt() {
        Facts a = TestFacts.doms("\"easesWithLightMovement\": false, \"painAtRest\": true, \"worseWithMovement\": false");
        Facts b = TestFacts.doms("\"easesWithLightMovement\": true, \"painAtRest\": true, \"worseWithMovement\": false");
        assertThat(TRIAGE.decide(a)).isEqualTo(TRIAGE.decide(b));
    }
}

package formcoach.beforeyoulift;

import formcoach.paincheck.PainCheckRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static formcoach.beforeyoulift.Checks.NOW;
import static formcoach.beforeyoulift.Checks.check;
import static formcoach.paincheck.Level.EMERGENCY;
import static formcoach.paincheck.Level.SEE_PROFESSIONAL;
import static formcoach.paincheck.Level.SELF_CARE_DOMS;
import static formcoach.paincheck.Level.SELF_CARE_POSSIBLE_STRAIN;
import static formcoach.paincheck.Level.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

class SoreSpellTest {
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("no check", List.of(), null),
                Arguments.of("soreness 20 h ago", List.of(check("a", 20, SELF_CARE_DOMS, 4)), "a"),
                Arguments.of("a possible strain 70 h ago", List.of(check("a", 70, SELF_CARE_POSSIBLE_STRAIN, 5)), "a"),
                Arguments.of("soreness 73 h ago is over", List.of(check("a", 73, SELF_CARE_DOMS, 4)), null),
                Arguments.of("a check with no pain starts nothing", List.of(check("a", 5, SELF_CARE_DOMS, 0)), null),
                Arguments.of("a re-check with no pain clears it",
                        List.of(check("a", 40, SELF_CARE_DOMS, 4), check("b", 10, SELF_CARE_DOMS, 0)), null),
                Arguments.of("a re-check still sore carries it on (the newest check)",
                        List.of(check("a", 100, SELF_CARE_DOMS, 5), check("b", 60, SELF_CARE_DOMS, 3)), "b"),
                Arguments.of("a re-check after the clearing one starts a new spell",
                        List.of(check("a", 60, SELF_CARE_DOMS, 4), check("b", 30, SELF_CARE_DOMS, 0), check("c", 2, SELF_CARE_POSSIBLE_STRAIN, 3)), "c"),
                Arguments.of("SEE_PROFESSIONAL after it replaces it (the gate asks instead)",
                        List.of(check("a", 40, SELF_CARE_DOMS, 4), check("b", 10, SEE_PROFESSIONAL, 5)), null),
                Arguments.of("URGENT alone is no spell", List.of(check("a", 5, URGENT, 7)), null),
                Arguments.of("EMERGENCY alone is no spell", List.of(check("a", 5, EMERGENCY, 9)), null),
                Arguments.of("SEE_PROFESSIONAL then a sore self-care check",
                        List.of(check("a", 60, SEE_PROFESSIONAL, 5), check("b", 5, SELF_CARE_DOMS, 3)), "b"),
                Arguments.of("a check marked as a mistake does not clear it",
                        List.of(check("a", 40, SELF_CARE_DOMS, 4), check("b", 10, SELF_CARE_DOMS, 0).withEnteredByMistake(true)), "a"),
                Arguments.of("a check marked as a mistake does not start it",
                        List.of(check("a", 10, SELF_CARE_DOMS, 4).withEnteredByMistake(true)), null),
                Arguments.of("a check dated in the future is ignored", List.of(check("a", -5, SELF_CARE_DOMS, 4)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aSpellRunsFromASoreSelfCareCheckUntilARecheckClearsIt(String name, List<PainCheckRecord> checks, String trigger) {
        assertThat(SoreSpell.at(checks, NOW).map(s -> s.check().id()).orElse(null)).isEqualTo(trigger);
    }

    @Test
    void theWarmUpReasonIsOneLineNamingTheFinding() {
        SoreSpell.Spell s = SoreSpell.at(List.of(check("a", 20, SELF_CARE_POSSIBLE_STRAIN, 4)), NOW).orElseThrow();
        assertThat(s.warmUpReason(ZoneOffset.UTC)).isEqualTo(
                "Your pain check on Sat 5 Dec found a possible strain: gentle mobility first.");
    }
}

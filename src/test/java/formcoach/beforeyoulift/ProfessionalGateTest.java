package formcoach.beforeyoulift;

import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static formcoach.beforeyoulift.Checks.check;
import static formcoach.paincheck.Level.EMERGENCY;
import static formcoach.paincheck.Level.SEE_PROFESSIONAL;
import static formcoach.paincheck.Level.SELF_CARE_DOMS;
import static formcoach.paincheck.Level.SELF_CARE_POSSIBLE_STRAIN;
import static formcoach.paincheck.Level.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

class ProfessionalGateTest {
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("no check at all", List.of(), null),
                Arguments.of("only self-care", List.of(check("a", 5, SELF_CARE_DOMS, 4)), null),
                Arguments.of("SEE_PROFESSIONAL, nothing since", List.of(check("a", 30, SEE_PROFESSIONAL, 5)), "a"),
                Arguments.of("URGENT", List.of(check("a", 2, URGENT, 7)), "a"),
                Arguments.of("EMERGENCY", List.of(check("a", 1, EMERGENCY, 9)), "a"),
                Arguments.of("SEE_PROFESSIONAL then SELF_CARE clears it",
                        List.of(check("a", 50, SEE_PROFESSIONAL, 5), check("b", 3, SELF_CARE_DOMS, 2)), null),
                Arguments.of("old SEE_PROFESSIONAL cleared by a possible strain",
                        List.of(check("a", 24 * 40, SEE_PROFESSIONAL, 5), check("b", 24 * 30, SELF_CARE_POSSIBLE_STRAIN, 3)), null),
                Arguments.of("old check cleared, then a new SEE_PROFESSIONAL",
                        List.of(check("a", 200, SEE_PROFESSIONAL, 5), check("b", 100, SELF_CARE_DOMS, 2), check("c", 4, SEE_PROFESSIONAL, 6)), "c"),
                Arguments.of("SEE_PROFESSIONAL then URGENT names the URGENT one",
                        List.of(check("a", 50, SEE_PROFESSIONAL, 5), check("b", 3, URGENT, 7)), "b"),
                Arguments.of("URGENT then SEE_PROFESSIONAL: still at least SEE_PROFESSIONAL",
                        List.of(check("a", 50, URGENT, 7), check("b", 3, SEE_PROFESSIONAL, 5)), "b"),
                Arguments.of("a self-care check marked as a mistake clears nothing",
                        List.of(check("a", 50, SEE_PROFESSIONAL, 5), check("b", 3, SELF_CARE_DOMS, 1).withEnteredByMistake(true)), "a"),
                Arguments.of("a SEE_PROFESSIONAL marked as a mistake asks nothing",
                        List.of(check("a", 50, SELF_CARE_DOMS, 3), check("b", 3, SEE_PROFESSIONAL, 5).withEnteredByMistake(true)), null),
                Arguments.of("a year-old SEE_PROFESSIONAL never cleared still asks",
                        List.of(check("a", 24 * 365, SEE_PROFESSIONAL, 5)), "a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void asksWhenTheLastCheckIsSeeProfessionalOrAbove(String name, List<PainCheckRecord> checks, String asks) {
        assertThat(ProfessionalGate.evaluate(checks).map(ProfessionalGate.Ask::checkId).orElse(null)).isEqualTo(asks);
        // the order the records come in does not matter
        List<PainCheckRecord> shuffled = new ArrayList<>(checks);
        Collections.reverse(shuffled);
        assertThat(ProfessionalGate.evaluate(shuffled).map(ProfessionalGate.Ask::checkId).orElse(null)).isEqualTo(asks);
    }

    @Test
    void theQuestionNamesTheResultAndItsDate() {
        var ask = ProfessionalGate.evaluate(List.of(check("a", 30, SEE_PROFESSIONAL, 5))).orElseThrow();
        assertThat(ask.level()).isEqualTo(Level.SEE_PROFESSIONAL);
        assertThat(ask.question(ZoneOffset.UTC)).contains("Saturday 5 December at 12:00")
                .contains("book a GP or physiotherapist").contains("No check since has cleared it");
        assertThat(ProfessionalGate.evaluate(List.of(check("e", 1, EMERGENCY, 9))).orElseThrow().question(ZoneOffset.UTC))
                .contains("call your emergency number now");
    }
}

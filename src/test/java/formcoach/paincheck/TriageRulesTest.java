package formcoach.paincheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TriageRulesTest {
    static final Triage TRIAGE = new Triage(TestFacts.rules());

    /** One row per rule: the rule id, the answers (over a plain DOMS case) that make it fire, the resulting level. */
    static final String PER_RULE = """
            chest-pain                       | "chestPainOrPressure": true                        | EMERGENCY
            shortness-of-breath              | "shortnessOfBreath": true                          | EMERGENCY
            pain-spreads-to-arm-jaw-or-neck  | "painSpreadsToArmJawOrNeck": true                  | EMERGENCY
            sweating-or-nausea               | "sweatingOrNausea": true                           | EMERGENCY
            sudden-tearing-pain              | "suddenTearingPain": true                          | EMERGENCY
            tearing-character                | "character": "tearing"                             | EMERGENCY
            dark-urine                       | "darkUrine": true                                  | EMERGENCY
            bladder-or-bowel-change          | "bladderOrBowelChange": true                       | EMERGENCY
            saddle-numbness                  | "saddleNumbness": true                             | EMERGENCY
            leg-weakness-or-numbness         | "legWeaknessOrNumbness": true                      | EMERGENCY
            recent-trauma                    | "recentTrauma": true                               | EMERGENCY
            cancer-history-with-arm-numbness | "historyOfCancer": true, "numbnessOrTingling": true | EMERGENCY
            cancer-history-with-arm-weakness | "historyOfCancer": true, "armWeakness": true       | EMERGENCY
            fainting-or-collapse             | "faintingOrCollapse": true                         | EMERGENCY
            fast-heartbeat                   | "fastHeartbeat": true                              | EMERGENCY
            coughing-blood                   | "coughingBlood": true                              | EMERGENCY
            stroke-signs                     | "strokeSigns": true                                | EMERGENCY
            little-or-no-urine               | "littleOrNoUrine": true                            | EMERGENCY
            calf-swelling-with-breathing-pain | "calfSwellingOrPain": true, "worseOnBreathingIn": true | EMERGENCY
            fever                            | "fever": true                                      | URGENT
            unexplained-weight-loss          | "unexplainedWeightLoss": true                      | URGENT
            history-of-cancer                | "historyOfCancer": true                            | URGENT
            arm-numbness-or-tingling         | "numbnessOrTingling": true                         | URGENT
            arm-weakness                     | "armWeakness": true                                | URGENT
            extreme-swelling-or-weakness     | "extremeSwellingOrWeakness": true                  | URGENT
            pop-or-snap                      | "popOrClick": true                                 | URGENT
            non-mechanical-pain              | "painAtRest": true, "worseWithMovement": false     | URGENT
            worse-on-breathing-in            | "worseOnBreathingIn": true                         | URGENT
            calf-swelling-or-pain            | "calfSwellingOrPain": true                         | URGENT
            worse-on-cough-sneeze-strain     | "worseOnCoughSneezeStrain": true                   | URGENT
            worse-at-night                   | "worseAtNight": true                               | URGENT
            lump-or-changed-shape            | "lumpOrChangedShape": true                         | URGENT
            unable-to-use-arm                | "unableToUseArm": true                             | URGENT
            fragile-spine-sudden-pain        | "osteoporosisOrSteroids": true, "onsetHours": 0     | URGENT
            infection-risk-with-rest-pain    | "immunosuppressedOrInjectsDrugs": true, "painAtRest": true | URGENT
            very-severe-pain                 | "severity": 9                                      | URGENT
            severe-pain-at-rest-or-at-night  | "severity": 7, "interferesWithSleepOrDailyLife": true | URGENT
            severe-pain                      | "severity": 7                                      | SEE_PROFESSIONAL
            stops-sleep-or-daily-life        | "interferesWithSleepOrDailyLife": true             | SEE_PROFESSIONAL
            not-improving-by-day-3           | "improving": false, "daysSinceOnset": 3            | SEE_PROFESSIONAL
            shooting-pain                    | "character": "shooting"                            | SEE_PROFESSIONAL
            burning-pain                     | "character": "burning"                             | SEE_PROFESSIONAL
            pressure-type-pain               | "character": "pressure"                            | SEE_PROFESSIONAL
            pain-past-day-5                  | "daysSinceOnset": 6                                | SEE_PROFESSIONAL
            pattern-unclear                  | "character": "pressure"                            | SEE_PROFESSIONAL
            possible-strain                  | "onsetHours": 0                                    | SELF_CARE_POSSIBLE_STRAIN
            muscle-soreness                  |                                                    | SELF_CARE_DOMS
            """;

    static Stream<Arguments> perRule() {
        return PER_RULE.lines().map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new))
                .map(a -> Arguments.of(a[0], a[1], Level.valueOf(a[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perRule")
    void eachRuleFiresOnItsAnswersAndDecidesTheLevel(String ruleId, String answers, Level expected) {
        Triage.Decision d = TRIAGE.decide(TestFacts.doms(answers));
        assertThat(d.fired()).extracting(Rule::id).contains(ruleId);
        assertThat(d.level()).isEqualTo(expected);
        Rule rule = d.fired().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        assertThat(rule.level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perRule")
    void eachRuleStaysQuietOnAPlainSorenessCase(String ruleId, String answers, Level expected) {
        if (!ruleId.equals("muscle-soreness")) {
            assertThat(TRIAGE.decide(TestFacts.doms("")).fired()).extracting(Rule::id).doesNotContain(ruleId);
        }
    }

    @Test
    void theTableCoversEveryRuleInTheFile() {
        assertThat(perRule().map(a -> (String) a.get()[0]).collect(Collectors.toSet()))
                .isEqualTo(TestFacts.rules().rules().stream().map(Rule::id).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "severity": 6                                        | SELF_CARE_DOMS
            "daysSinceOnset": 5                                  | SELF_CARE_DOMS
            "improving": false, "daysSinceOnset": 2              | SELF_CARE_DOMS
            "location": "localized", "daysSinceOnset": 5         | SELF_CARE_POSSIBLE_STRAIN
            "location": "localized", "daysSinceOnset": 6, "improving": true | SEE_PROFESSIONAL
            "location": "localized", "daysSinceOnset": 14        | SEE_PROFESSIONAL
            "swelling": true, "daysSinceOnset": 8                | SEE_PROFESSIONAL
            "painAtRest": true, "worseWithMovement": true        | SELF_CARE_POSSIBLE_STRAIN
            "painAtRest": true, "easesWithLightMovement": true   | SELF_CARE_DOMS
            "severity": 8                                        | SEE_PROFESSIONAL
            "severity": 8, "painAtRest": true                    | URGENT
            "severity": 6, "painAtRest": true, "interferesWithSleepOrDailyLife": true | SEE_PROFESSIONAL
            "osteoporosisOrSteroids": true                       | SELF_CARE_DOMS
            "osteoporosisOrSteroids": true, "location": "localized" | URGENT
            "immunosuppressedOrInjectsDrugs": true               | SELF_CARE_DOMS
            "worseOnBreathingIn": true, "calfSwellingOrPain": true, "severity": 2 | EMERGENCY
            "historyOfCancer": true, "fever": true               | URGENT
            "onsetHours": 0.5                                    | SELF_CARE_DOMS
            "character": "dull", "onsetHours": 0, "swelling": true | SELF_CARE_POSSIBLE_STRAIN
            "easesWithLightMovement": true                       | SELF_CARE_DOMS
            "bruising": true, "severity": 10                     | URGENT
            "bruising": true, "severity": 8                      | SEE_PROFESSIONAL
            "painAtRest": true, "worseWithMovement": false, "darkUrine": true | EMERGENCY
            """)
    void boundariesAndCombinations(String answers, Level expected) {
        assertThat(TRIAGE.decide(TestFacts.doms(answers)).level()).isEqualTo(expected);
    }

    @Test
    void redFlagAlwaysWinsOverDomsPattern() {
        Triage.Decision d = TRIAGE.decide(TestFacts.doms("\"chestPainOrPressure\": true"));
        assertThat(d.level()).isEqualTo(Level.EMERGENCY);
        assertThat(d.pattern()).isEqualTo(Pattern.DOMS);
        assertThat(d.fired()).extracting(Rule::id).containsExactly("chest-pain", "muscle-soreness");
    }

    @Test
    void everyFiredRuleIsReportedDecisiveLevelFirst() {
        Triage.Decision d = TRIAGE.decide(TestFacts.doms(
                "\"fever\": true, \"darkUrine\": true, \"severity\": 8, \"popOrClick\": true, \"location\": \"localized\""));
        assertThat(d.fired()).extracting(Rule::id)
                .containsExactly("dark-urine", "fever", "pop-or-snap", "severe-pain", "possible-strain");
        assertThat(d.level()).isEqualTo(Level.EMERGENCY);
        assertThat(d.pattern()).isEqualTo(Pattern.STRAIN);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "onsetHours": 0                                       | STRAIN
            "character": "sharp"                                  | STRAIN
            "character": "stabbing"                               | STRAIN
            "location": "localized"                               | STRAIN
            "swelling": true                                      | STRAIN
            "bruising": true                                      | STRAIN
            "painAtRest": true                                    | STRAIN
            "painAtRest": true, "easesWithLightMovement": true    | DOMS
            "painAtRest": true, "easesWithLightMovement": true, "location": "localized" | STRAIN
            "painAtRest": true, "easesWithLightMovement": true, "character": "burning" | UNCLEAR
            "character": "sharp", "onsetHours": 30                | STRAIN
            "character": "dull"                                   | DOMS
            "character": "aching", "onsetHours": 0.1              | DOMS
            "character": "aching", "onsetHours": 72               | DOMS
            "character": "burning"                                | UNCLEAR
            "character": "shooting"                               | UNCLEAR
            "character": "pressure"                               | UNCLEAR
            "character": "tearing"                                | UNCLEAR
            "character": "burning", "onsetHours": 0               | STRAIN
            "character": "pressure", "location": "localized"      | STRAIN
            "popOrClick": true                                    | DOMS
            """)
    void patternClassification(String answers, Pattern expected) {
        assertThat(TRIAGE.classify(TestFacts.doms(answers))).isEqualTo(expected);
    }
}

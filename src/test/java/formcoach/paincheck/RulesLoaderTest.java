package formcoach.paincheck;

import formcoach.store.Assets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RulesLoaderTest {
    static String shipped() {
        return new String(Assets.read(RulesLoader.ASSET).bytes(), StandardCharsets.UTF_8);
    }

    static RulesLoader.Result load(String json) {
        return RulesLoader.load(json.getBytes(StandardCharsets.UTF_8), "rules.json");
    }

    @Test
    void shippedRulesLoadWithoutProblems() {
        RulesLoader.Result r = RulesLoader.loadAsset();
        assertThat(r.problems()).isEmpty();
        assertThat(r.ruleSet()).isPresent();
        assertThat(r.ruleSet().get().rulesVersion()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown fact       | `{"fact": "chestPainOrPressure"}` | `{"fact": "chestPain"}`                  | rule 'chest-pain': when.fact: unknown fact "chestPain"
            unknown level      | `"level": "EMERGENCY",\n      "when": {"fact": "chestPainOrPressure"}` | `"level": "PANIC",\n      "when": {"fact": "chestPainOrPressure"}` | rule 'chest-pain': level: unknown level 'PANIC'
            bad operator       | `{"fact": "severity", "atLeast": 7}` | `{"fact": "severity", "over": 7}`       | rule 'severe-pain-at-rest-or-at-night': when.all[0]: 'severity' is a number; use one of atLeast, moreThan, atMost, lessThan, equals, not 'over'
            bool with number   | `{"fact": "chestPainOrPressure"}` | `{"fact": "chestPainOrPressure", "atLeast": 1}` | rule 'chest-pain': when: 'chestPainOrPressure' is true or false
            bad character      | `{"fact": "character", "equals": "shooting"}` | `{"fact": "character", "equals": "shootin"}` | rule 'shooting-pain': when.equals: "shootin" is not a character
            two forms          | `{"fact": "darkUrine"}`           | `{"fact": "darkUrine", "not": {"fact": "fever"}}` | rule 'dark-urine': when: must have exactly one of fact, pattern, all, any, not
            unknown source     | `["CDC-RH"]`                      | `["CDC-RHX"]`                            | rule 'dark-urine': sources[0]: unknown source 'CDC-RHX'
            unknown rule field | `"id": "fever",`                  | `"id": "fever", "colour": "red",`        | rule 'fever': unknown field 'colour'
            bad pattern name   | `{"pattern": "UNCLEAR"}`          | `{"pattern": "UNSURE"}`                  | rule 'pattern-unclear': when.pattern: unknown pattern "UNSURE"
            """)
    void brokenRuleIsNamedWithItsField(String name, String from, String to, String expected) {
        String src = shipped();
        String f = from.replace("\\n", "\n");
        assertThat(src).contains(f);
        RulesLoader.Result r = load(src.replaceFirst(java.util.regex.Pattern.quote(f), java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n"))));
        assertThat(r.ruleSet()).isEmpty();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("rules.json: ").contains(expected));
    }

    @Test
    void aPatternWithoutItsOwnRuleIsRefusedSoEveryCheckHasAReason() {
        String src = shipped().replace("\"when\": {\"pattern\": \"DOMS\"}", "\"when\": {\"all\": [{\"pattern\": \"DOMS\"}, {\"fact\": \"improving\"}]}");
        RulesLoader.Result r = load(src);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("no rule with \"when\": {\"pattern\": \"DOMS\"}"));
    }

    @Test
    void duplicateRuleIdsAreRefused() {
        String src = shipped().replace("\"id\": \"burning-pain\"", "\"id\": \"shooting-pain\"");
        assertThat(load(src).problems()).anySatisfy(p -> assertThat(p).contains("rule 'shooting-pain': id: used by more than one rule"));
    }

    @Test
    void patternDefinitionsCannotReferToPatterns() {
        String src = shipped().replace("{\"fact\": \"bruising\"},", "{\"fact\": \"bruising\"}, {\"pattern\": \"DOMS\"},");
        assertThat(load(src).problems()).anySatisfy(p -> assertThat(p).contains("patterns[0].when.any[5]: a pattern definition cannot refer to a pattern"));
    }

    @Test
    void notJsonOrNotAnObjectIsAProblemNotACrash() {
        assertThat(load("{\"rules\": [").problems()).singleElement().asString().startsWith("rules.json: not valid JSON");
        assertThat(load("[]").problems()).containsExactly("rules.json: the file must hold one JSON object");
        assertThat(load("").problems()).hasSize(1);
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String src = shipped().replace("\"level\": \"URGENT\"", "\"level\": \"SOON\"");
        assertThat(load(src).problems()).hasSizeGreaterThanOrEqualTo(8);
    }
}

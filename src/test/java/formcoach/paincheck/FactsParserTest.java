package formcoach.paincheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactsParserTest {
    static final String BASE = """
            "onsetHours": 24, "character": "aching", "location": "diffuse", "severity": 4,
            "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false""";

    static String withBase(String extra) {
        return "{" + BASE + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    @Test
    void minimalInputGivesEveryOptionalFlagFalse() throws Exception {
        Facts f = FactsParser.parse(withBase(""));
        assertThat(f.onsetHours()).isEqualTo(24.0);
        assertThat(f.character()).isEqualTo(PainCharacter.ACHING);
        assertThat(f.location()).isEqualTo(PainLocation.DIFFUSE);
        assertThat(f.severity()).isEqualTo(4);
        assertThat(f.daysSinceOnset()).isEqualTo(1);
        assertThat(f.improving()).isTrue();
        assertThat(f.worseWithMovement()).isTrue();
        assertThat(f.painAtRest()).isFalse();
        for (FactKey k : FactKey.booleans()) {
            if (!k.required()) {
                assertThat(f.is(k)).as(k.id()).isFalse();
            }
        }
    }

    @Test
    void everyOptionalKeyIsReadWhenTrue() throws Exception {
        for (FactKey k : FactKey.booleans()) {
            if (!k.required()) {
                Facts f = FactsParser.parse(withBase("\"" + k.id() + "\": true"));
                assertThat(f.is(k)).as(k.id()).isTrue();
                assertThat(FactKey.booleans().stream().filter(o -> o != k && !o.required()).noneMatch(f::is)).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "2.25", "1e2", "72", "-0"})
    void onsetHoursTakesAnyFiniteNumberZeroOrMore(String value) throws Exception {
        Facts f = FactsParser.parse(withBase("").replace("\"onsetHours\": 24", "\"onsetHours\": " + value));
        assertThat(f.onsetHours()).isEqualTo(Double.parseDouble(value) + 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-400", "4e-325", "2e-324", "0.5e-330"})
    void aTinyPositiveOnsetStaysAfterTheLiftInsteadOfRoundingToZero(String value) throws Exception {
        Facts f = FactsParser.parse(withBase("").replace("\"onsetHours\": 24", "\"onsetHours\": " + value));
        assertThat(f.onsetHours()).isEqualTo(Double.MIN_VALUE).isGreaterThan(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0e-400", "0.000", "-0.0e5", "0.00000000000000000000e-330"})
    void aZeroWrittenWithAnExponentIsStillDuringTheLift(String value) throws Exception {
        Facts f = FactsParser.parse(withBase("").replace("\"onsetHours\": 24", "\"onsetHours\": " + value));
        assertThat(f.onsetHours()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dull", "aching", "sharp", "stabbing", "burning", "shooting", "tearing", "pressure"})
    void everyCharacterValueIsAccepted(String value) throws Exception {
        Facts f = FactsParser.parse(withBase("").replace("\"aching\"", "\"" + value + "\""));
        assertThat(f.character().id()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty input                 | ``                                   | input is empty
            only spaces                 | `   `                                | input is empty
            array                       | `[1, 2]`                             | input is not a JSON object (it is an array)
            string                      | `"hello"`                            | input is not a JSON object (it is a string)
            number                      | `42`                                 | input is not a JSON object (it is a number)
            null                        | `null`                               | input is not a JSON object (it is null)
            truncated                   | `{"onsetHours": 24, "charac`         | input is not valid JSON
            truncated after value       | `{"onsetHours": 24`                  | input is not valid JSON
            garbage                     | `onsetHours=24`                      | input is not valid JSON
            trailing content            | `{} {}`                              | input is not valid JSON: there is more after the closing }
            single quotes               | `{'severity': 1}`                    | input is not valid JSON
            """)
    void wholeInputProblems(String name, String input, String expected) {
        assertThatThrownBy(() -> FactsParser.parse(input == null ? "" : input))
                .isInstanceOf(BadFactsException.class)
                .hasMessageStartingWith(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    static String deepArray(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            long integer    | onsetHours | 1__ZEROS__           | 'onsetHours': number is too long (more than 1000 digits); expected a number 0 or more
            long decimal    | onsetHours | 0.__ZEROS__          | 'onsetHours': number is too long (more than 1000 digits); expected a number 0 or more
            long severity   | severity   | 1__ZEROS__           | 'severity': number is too long (more than 1000 digits); expected an integer 0-10
            deep array      | fever      | __DEEP__             | 'fever': nested too deeply (more than 1000 levels); expected true or false
            deep object     | location   | __DEEPOBJ__          | 'location': nested too deeply (more than 1000 levels); expected one of diffuse, localized
            unknown key     | mood       | __DEEP__             | 'mood': nested too deeply (more than 1000 levels); it is not a known key either
            """)
    void theParserGivingUpInsideAValueNamesTheKeyOnOneLine(String name, String key, String value, String expected) {
        String v = value.replace("__ZEROS__", "0".repeat(1200)).replace("__DEEP__", deepArray(1001))
                .replace("__DEEPOBJ__", "{\"a\": ".repeat(1001) + "1" + "}".repeat(1001));
        String json = "{\"" + key + "\": " + v + "}";
        assertThatThrownBy(() -> FactsParser.parse(json))
                .isInstanceOf(BadFactsException.class)
                .hasMessage(expected);
    }

    @Test
    void brokenJsonInsideAValueNamesTheKeyAndKeepsTheJsonProblem() {
        assertThatThrownBy(() -> FactsParser.parse("{\"severity\": tru}"))
                .hasMessageStartingWith("'severity': not valid JSON: ")
                .hasMessageContaining("(line 1, column ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> FactsParser.parse("{\"character\": \"ach"))
                .hasMessageStartingWith("'character': not valid JSON: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDeepButAllowedValueIsAnOrdinaryWrongType() {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"fever\": " + deepArray(999))))
                .hasMessage("'fever' must be true or false, got an array");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            severity     | integer 0-10
            onsetHours   | number 0 or more
            character    | one of dull, aching, sharp, stabbing, burning, shooting, tearing, pressure
            location     | one of diffuse, localized
            daysSinceOnset | integer 0 or more
            improving    | true or false
            worseWithMovement | true or false
            painAtRest   | true or false
            """)
    void everyMissingRequiredKeyIsNamed(String key, String expected) {
        String json = withBase("").replaceAll("\"" + key + "\": [^,}]+,?", "").replaceAll(",\\s*}", "}");
        assertThatThrownBy(() -> FactsParser.parse(json))
                .hasMessage("missing required key '" + key + "' (" + expected + ")");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            severity       | 7.5          | 'severity' must be an integer 0-10, got 7.5
            severity       | 7.0          | 'severity' must be an integer 0-10, got 7.0
            severity       | 1e1          | 'severity' must be an integer 0-10, got 1e1
            severity       | 11           | 'severity' must be an integer 0-10, got 11
            severity       | -1           | 'severity' must be an integer 0-10, got -1
            severity       | `"7"`        | 'severity' must be an integer 0-10, got "7"
            severity       | null         | 'severity' must be an integer 0-10, got null
            severity       | true         | 'severity' must be an integer 0-10, got true
            severity       | [7]          | 'severity' must be an integer 0-10, got an array
            severity       | 99999999999999999999 | 'severity' must be an integer 0-10, got 99999999999999999999
            onsetHours     | -1           | 'onsetHours' must be a number 0 or more, got -1
            onsetHours     | -0.5         | 'onsetHours' must be a number 0 or more, got -0.5
            onsetHours     | `"24"`       | 'onsetHours' must be a number 0 or more, got "24"
            onsetHours     | 1e400        | 'onsetHours' must be a finite number 0 or more, got 1e400
            onsetHours     | null         | 'onsetHours' must be a number 0 or more, got null
            daysSinceOnset | 2.5          | 'daysSinceOnset' must be an integer 0 or more, got 2.5
            daysSinceOnset | -3           | 'daysSinceOnset' must be an integer 0 or more, got -3
            daysSinceOnset | 3000000000   | 'daysSinceOnset' must be an integer 0 or more (at most 2147483647), got 3000000000
            improving      | `"yes"`      | 'improving' must be true or false, got "yes"
            improving      | 1            | 'improving' must be true or false, got 1
            improving      | null         | 'improving' must be true or false, got null
            painAtRest     | `"false"`    | 'painAtRest' must be true or false, got "false"
            character      | `"throbbing"` | 'character' must be one of dull, aching, sharp, stabbing, burning, shooting, tearing, pressure, got "throbbing"
            character      | `"Sharp"`    | 'character' must be one of dull, aching, sharp, stabbing, burning, shooting, tearing, pressure, got "Sharp"
            character      | 3            | 'character' must be one of dull, aching, sharp, stabbing, burning, shooting, tearing, pressure, got 3
            location       | `"everywhere"` | 'location' must be one of diffuse, localized, got "everywhere"
            location       | {}           | 'location' must be one of diffuse, localized, got an object
            """)
    void wrongTypeOrRangeNamesTheKeyAndWhatWasGiven(String key, String value, String expected) {
        String json = withBase("").replaceAll("\"" + key + "\": [^,}]+", "\"" + key + "\": " + value.replace("\\", "\\\\").replace("$", "\\$"));
        assertThatThrownBy(() -> FactsParser.parse(json)).hasMessage(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"swelling", "darkUrine", "chestPainOrPressure", "recentTrauma"})
    void optionalFlagsRefuseNonBooleans(String key) {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"" + key + "\": \"yes\"")))
                .hasMessage("'" + key + "' must be true or false, got \"yes\"");
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"" + key + "\": null")))
                .hasMessage("'" + key + "' must be true or false, got null");
    }

    @Test
    void unknownKeyIsNamedWithASuggestionWhenClose() {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"sevrity\": 3")))
                .hasMessage("unknown key 'sevrity' (did you mean 'severity'?)");
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"mood\": \"fine\"")))
                .hasMessage("unknown key 'mood'");
    }

    @Test
    void aLongUnknownKeyIsNamedWholeAndOnOneLine() {
        String longKey = "painSpreadsToArmJawOrNeckAndShouldersAndLowerBack";
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"" + longKey + "\": true")))
                .hasMessage("unknown key '" + longKey + "'");
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"two\\nlines\": true")))
                .hasMessage("unknown key 'two\\nlines'");
        String huge = "k".repeat(500);
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"" + huge + "\": true")))
                .hasMessage("unknown key '" + "k".repeat(200) + "...'");
    }

    @Test
    void aNumberThatBreaksJustAfterAValidStartNamesItsKey() {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"daysSinceOnset\": 0x1").replace("\"daysSinceOnset\": 1,", "")))
                .hasMessageStartingWith("'daysSinceOnset': ");
    }

    @Test
    void keysAreCaseSensitive() {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"DarkUrine\": true")))
                .hasMessageStartingWith("unknown key 'DarkUrine'");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"severity\": 2")))
                .hasMessage("key 'severity' is given more than once");
    }

    @Test
    void firstProblemInDocumentOrderIsReported() {
        String json = "{\"severity\": 11, \"bogus\": 1}";
        assertThatThrownBy(() -> FactsParser.parse(json)).hasMessage("'severity' must be an integer 0-10, got 11");
        String json2 = "{\"bogus\": 1, \"severity\": 11}";
        assertThatThrownBy(() -> FactsParser.parse(json2)).hasMessage("unknown key 'bogus'");
    }

    @Test
    void presentButWrongValueIsNeverDefaultedEvenForOptionalKeys() {
        assertThatThrownBy(() -> FactsParser.parse(withBase("\"fever\": 0"))).hasMessage("'fever' must be true or false, got 0");
    }

    @Test
    void byteOrderMarkAndWhitespaceAreFine() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("\n  " + withBase("") + "\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(FactsParser.parse(all).severity()).isEqualTo(4);
    }
}

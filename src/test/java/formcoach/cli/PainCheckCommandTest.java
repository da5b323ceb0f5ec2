package formcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PainCheckCommandTest {
    static final String DOMS = """
            {"onsetHours": 24, "character": "aching", "location": "diffuse", "severity": 3,
             "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false}""";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Outcome o = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    Path file(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    Path dataDir() {
        return tmp.resolve("data");
    }

    @Test
    void domsFactsPrintTheOutputObjectAndWriteNothing() throws Exception {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts", file("f.json", DOMS).toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode out = r.json();
        assertThat(out.get("level").asText()).isEqualTo("SELF_CARE_DOMS");
        assertThat(out.get("pattern").asText()).isEqualTo("DOMS");
        assertThat(out.get("reasons").get(0).get("rule").asText()).isEqualTo("muscle-soreness");
        assertThat(out.get("action").asText()).isNotBlank();
        assertThat(out.get("selfCare").size()).isPositive();
        assertThat(out.get("safetyNet").size()).isPositive();
        assertThat(out.get("rulesVersion").asText()).isNotBlank();
        assertThat(Files.exists(dataDir())).as("no data folder without --save").isFalse();
    }

    @Test
    void factsCanComeFromStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(DOMS.replace("\"severity\": 3", "\"severity\": 3, \"darkUrine\": true")
                    .getBytes(StandardCharsets.UTF_8)));
            Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts", "-");
            assertThat(r.code()).isZero();
            assertThat(r.json().get("level").asText()).isEqualTo("EMERGENCY");
            assertThat(r.json().get("pattern").asText()).isEqualTo("DOMS");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void emergencyActionUsesTheLocaleNumberWhenThereIsNoSettingsFile() throws Exception {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts",
                file("f.json", DOMS.replace("\"severity\": 3", "\"severity\": 3, \"chestPainOrPressure\": true")).toString());
        assertThat(r.json().get("region").asText()).isEqualTo(Settings.defaultRegion(Locale.getDefault()));
        assertThat(Files.exists(dataDir())).isFalse();
    }

    @Test
    void emergencyActionUsesTheNumberFromSettingsWithoutTouchingTheFolder() throws Exception {
        JsonStore store = new JsonStore(dataDir(), Clock.systemUTC());
        Settings.defaults().withRegion("AU").save(store);
        long before;
        try (Stream<Path> s = Files.list(dataDir())) {
            before = s.count();
        }
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts",
                file("f.json", DOMS.replace("\"severity\": 3", "\"severity\": 3, \"recentTrauma\": true")).toString());
        assertThat(r.code()).isZero();
        assertThat(r.json().get("action").asText()).contains("Call 000 now");
        assertThat(r.json().get("region").asText()).isEqualTo("AU");
        try (Stream<Path> s = Files.list(dataDir())) {
            assertThat(s.count()).isEqualTo(before);
        }
    }

    @Test
    void unreadableSettingsFallBackToTheLocaleNumberAndAreLeftAlone() throws Exception {
        Files.createDirectories(dataDir());
        Path settings = Files.writeString(dataDir().resolve("settings.json"), "{not json");
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts",
                file("f.json", DOMS.replace("\"severity\": 3", "\"severity\": 3, \"recentTrauma\": true")).toString());
        assertThat(r.code()).isZero();
        assertThat(r.json().get("region").asText()).isEqualTo(Settings.defaultRegion(Locale.getDefault()));
        assertThat(r.err().lines()).singleElement().asString().contains("settings.json could not be read");
        assertThat(Files.readString(settings)).isEqualTo("{not json");
        try (Stream<Path> s = Files.list(dataDir())) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing key       | `{"onsetHours": 24}`                            | missing required key 'character'
            unknown key       | `__DOMS__ sevrity`                              | unknown key 'sevrity'
            wrong type        | `__DOMS__ severity 7.5`                         | 'severity' must be an integer 0-10, got 7.5
            out of range      | `__DOMS__ severity 11`                          | 'severity' must be an integer 0-10, got 11
            negative hours    | `__DOMS__ onsetHours -1`                        | 'onsetHours' must be a number 0 or more, got -1
            boolean as string | `__DOMS__ improving "yes"`                      | 'improving' must be true or false, got "yes"
            unknown character | `__DOMS__ character "throbbing"`                | 'character' must be one of
            not an object     | `[1, 2, 3]`                                     | input is not a JSON object
            truncated         | `{"onsetHours": 24, "char`                      | input is not valid JSON
            empty file        | ``                                              | input is empty
            """)
    void badInputExitsTwoWithOneLineNamingTheKey(String name, String input, String expected) throws Exception {
        String content = input == null ? "" : input;
        if (content.startsWith("__DOMS__ ")) {
            String[] parts = content.substring(9).split(" ", 2);
            content = parts.length == 1
                    ? DOMS.replace("\"severity\": 3", "\"severity\": 3, \"" + parts[0] + "\": 1")
                    : DOMS.replaceAll("\"" + parts[0] + "\": [^,}]+", "\"" + parts[0] + "\": " + parts[1].replace("\"", "\\\""));
        }
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--save", "--facts", file("bad.json", content).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().startsWith("formcoach: " + expected);
        assertThat(Files.exists(dataDir())).as("nothing saved on bad input").isFalse();
    }

    /** Every version-2 key: a wrong type is exit 2 naming it; true is accepted and raises the level as §7 says. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            faintingOrCollapse             | EMERGENCY
            fastHeartbeat                  | EMERGENCY
            coughingBlood                  | EMERGENCY
            strokeSigns                    | EMERGENCY
            littleOrNoUrine                | EMERGENCY
            worseOnBreathingIn             | URGENT
            calfSwellingOrPain             | URGENT
            worseOnCoughSneezeStrain       | URGENT
            worseAtNight                   | URGENT
            lumpOrChangedShape             | URGENT
            unableToUseArm                 | URGENT
            osteoporosisOrSteroids         | SELF_CARE_DOMS
            immunosuppressedOrInjectsDrugs | SELF_CARE_DOMS
            """)
    void everyVersionTwoKeyIsReadAndCheckedByType(String key, String level) throws Exception {
        String withTrue = DOMS.replace("\"severity\": 3", "\"severity\": 3, \"" + key + "\": true");
        Run ok = run("--data-dir", dataDir().toString(), "pain-check", "--region", "GB", "--facts", file("ok.json", withTrue).toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.json().get("level").asText()).isEqualTo(level);
        assertThat(ok.json().get("rulesVersion").asText()).isEqualTo("2");
        String wrong = DOMS.replace("\"severity\": 3", "\"severity\": 3, \"" + key + "\": \"yes\"");
        Run bad = run("--data-dir", dataDir().toString(), "pain-check", "--facts", file("bad.json", wrong).toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).singleElement().asString().startsWith("formcoach: '" + key + "' must be true or false");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GB | GB | Call 999 now, or go straight to A&E.
            gb | GB | Call 999 now, or go straight to A&E.
            IE | IE | Call 112 or 999 now, or go straight to the emergency department.
            US | US | Call 911 now, or go straight to the ER.
            CA | CA | Call 911 now, or go straight to the ER.
            AU | AU | Call 000 now, or go straight to the emergency department.
            NZ | NZ | Call 111 now, or go straight to the emergency department.
            DE | DE | Call 112 now, or go straight to the emergency department.
            """)
    void regionChoosesTheNumberAndServicesAndIsPrinted(String given, String used, String action) throws Exception {
        String facts = DOMS.replace("\"severity\": 3", "\"severity\": 3, \"coughingBlood\": true");
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--region", given, "--facts", file("f.json", facts).toString());
        assertThat(r.code()).isZero();
        assertThat(r.json().get("region").asText()).isEqualTo(used);
        assertThat(r.json().get("action").asText()).startsWith(action);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"UK", "XX", "GBR", "1", ""})
    void aRegionThatIsNotACountryIsExitTwo(String region) throws Exception {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--region", region, "--facts", file("f.json", DOMS).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().contains("--region must be an ISO 3166 country code");
    }

    @Test
    void aNumberTooLongToReadExitsTwoNamingTheKeyOnOneLine() throws Exception {
        String facts = DOMS.replace("\"onsetHours\": 24", "\"onsetHours\": 1" + "0".repeat(1200));
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--save", "--facts", file("long.json", facts).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("formcoach: 'onsetHours': number is too long (more than 1000 digits); expected a number 0 or more");
        assertThat(Files.exists(dataDir())).as("nothing saved on bad input").isFalse();
    }

    @Test
    void aValueNestedTooDeeplyExitsTwoNamingTheKey() throws Exception {
        String facts = DOMS.replace("\"severity\": 3", "\"severity\": 3, \"fever\": " + "[".repeat(1001) + "]".repeat(1001));
        Run r = run("pain-check", "--facts", file("deep.json", facts).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("formcoach: 'fever': nested too deeply");
    }

    @Test
    void unreadableFileExitsTwoNamingTheFile() {
        Path missing = tmp.resolve("nope.json");
        Run r = run("pain-check", "--facts", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("formcoach: cannot read facts file '" + missing + "': no such file");
    }

    @Test
    void missingFactsOptionIsBadInput() {
        Run r = run("pain-check");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("--facts");
    }

    @Test
    void saveStoresTheCheckAndHistoryListsIt() throws Exception {
        Path f = file("f.json", DOMS);
        Run save = run("--data-dir", dataDir().toString(), "pain-check", "--facts", f.toString(), "--save", "--area", "neck-traps");
        assertThat(save.code()).isZero();
        assertThat(save.json().get("level").asText()).isEqualTo("SELF_CARE_DOMS");
        assertThat(Files.exists(dataDir().resolve("pain-checks.json"))).isTrue();

        Run list = run("--data-dir", dataDir().toString(), "pain-check", "history");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("SELF_CARE_DOMS").contains("severity  3/10").contains("neck-traps");

        Run json = run("--data-dir", dataDir().toString(), "pain-check", "history", "--json");
        JsonNode arr = json.json();
        assertThat(arr.size()).isEqualTo(1);
        assertThat(arr.get(0).get("facts").get("character").asText()).isEqualTo("aching");
        assertThat(arr.get(0).get("area").asText()).isEqualTo("neck-traps");
        assertThat(arr.get(0).get("rulesVersion").asText()).isNotBlank();
    }

    @Test
    void areaWithoutSaveIsRefused() throws Exception {
        Run r = run("pain-check", "--facts", file("f.json", DOMS).toString(), "--area", "neck-traps");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--area is only used together with --save");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `bogus area`
            Neck-Traps
            `neck-traps `
            somewhere-else
            ``
            """)
    void saveWithAnAreaThatIsNotOneOfOursIsRefusedAndNothingIsSaved(String area) throws Exception {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts", file("f.json", DOMS).toString(),
                "--save", "--area", area == null ? "" : area);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("formcoach: --area must be one of neck-traps, between-shoulder-blades, lower-back, lats-armpit, "
                        + "front-of-shoulder, biceps-forearms, elsewhere")
                .contains("'" + (area == null ? "" : area) + "'");
        assertThat(Files.exists(dataDir())).as("nothing saved").isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            neck-traps
            between-shoulder-blades
            lower-back
            lats-armpit
            front-of-shoulder
            biceps-forearms
            elsewhere
            """)
    void saveTakesEveryAreaTheAppCanStore(String area) throws Exception {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts", file("f.json", DOMS).toString(),
                "--save", "--area", area);
        assertThat(r.code()).isZero();
        JsonNode saved = run("--data-dir", dataDir().toString(), "pain-check", "history", "--json").json();
        assertThat(saved.get(0).get("area").asText()).isEqualTo(area);
    }

    @Test
    void aNewLineInABadAreaStillGivesOneLine() throws Exception {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "--facts", file("f.json", DOMS).toString(),
                "--save", "--area", "upper\nback");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("formcoach: --area must be one of");
        assertThat(Files.exists(dataDir())).isFalse();
    }

    @Test
    void emptyHistorySaysSo() {
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "history");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No pain checks saved yet.");
    }

    @Test
    void reportWritesAPdfOfSavedChecks() throws Exception {
        Path f = file("f.json", DOMS);
        assertThat(run("--data-dir", dataDir().toString(), "pain-check", "--facts", f.toString(), "--save").code()).isZero();
        String id = run("--data-dir", dataDir().toString(), "pain-check", "history", "--json").json().get(0).get("id").asText();
        Path pdf = tmp.resolve("out.pdf");
        Run r = run("--data-dir", dataDir().toString(), "pain-check", "report", "--out", pdf.toString(), "--check", id);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote").contains("(1 check)");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 3);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("summary for a clinician")
                    .doesNotContain("SELF_CARE").doesNotContain("[NHS");
        }
        Run range = run("--data-dir", dataDir().toString(), "pain-check", "report", "--out", pdf.toString(), "--force", "--from", "2000-01-01", "--to", "2000-01-02");
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err().lines()).singleElement().asString().contains("no saved pain checks between 2000-01-01 and 2000-01-02");
    }

    @Test
    void reportWithUnknownCheckOrBadDateIsBadInput() {
        Run unknown = run("--data-dir", dataDir().toString(), "pain-check", "report", "--out", tmp.resolve("x.pdf").toString(), "--check", "pc-nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).singleElement().asString().contains("'pc-nope'");
        Run badDate = run("--data-dir", dataDir().toString(), "pain-check", "report", "--out", tmp.resolve("x.pdf").toString(), "--from", "yesterday");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err().lines()).hasSize(1);
    }
}

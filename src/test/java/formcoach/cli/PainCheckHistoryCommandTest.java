package formcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.library.TodayPlan;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** pain-check history --mark-mistake / --unmark-mistake / --delete / --restore, and the report's --force and names. */
class PainCheckHistoryCommandTest {
    static final String DOMS = """
            {"onsetHours": 24, "character": "aching", "location": "diffuse", "severity": 3,
             "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false}""";
    static final String FEVER = DOMS.replace("\"severity\": 3", "\"severity\": 8, \"fever\": true");

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

    Run inData(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    Path data() {
        return tmp.resolve("data");
    }

    Path file(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    List<String> saveTwo() throws Exception {
        assertThat(inData("pain-check", "--facts", file("a.json", DOMS).toString(), "--save").code()).isZero();
        // two checks in the same second get ids "pc-…" and "pc-…-2", in the order saved
        assertThat(inData("pain-check", "--facts", file("b.json", FEVER).toString(), "--save").code()).isZero();
        JsonNode all = inData("pain-check", "history", "--json").json();
        return List.of(all.get(0).get("id").asText(), all.get(1).get("id").asText());
    }

    @Test
    void aCheckMarkedAsAMistakeIsListedAsSuchAndLeftOutOfTheReport() throws Exception {
        List<String> ids = saveTwo();
        Run mark = inData("pain-check", "history", "--mark-mistake", ids.get(1));
        assertThat(mark.code()).as(mark.err()).isZero();
        assertThat(mark.out()).startsWith("Marked as entered by mistake: " + ids.get(1));
        Run list = inData("pain-check", "history");
        assertThat(list.out().lines().toList()).hasSize(2);
        assertThat(list.out().lines().toList().get(1)).contains(ids.get(1)).endsWith("[entered by mistake]");
        assertThat(list.out().lines().toList().get(0)).doesNotContain("mistake");
        assertThat(inData("pain-check", "history", "--json").json().get(1).get("enteredByMistake").asBoolean()).isTrue();

        Path pdf = tmp.resolve("r.pdf");
        Run report = inData("pain-check", "report", "--out", pdf.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("(1 check)");
        assertThat(text(pdf)).contains("3/10").doesNotContain("8/10").doesNotContain("Reports fever");
        Run refused = inData("pain-check", "report", "--out", tmp.resolve("s.pdf").toString(), "--check", ids.get(1));
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines()).singleElement().asString().contains("is marked as entered by mistake");

        Run unmark = inData("pain-check", "history", "--unmark-mistake", ids.get(1));
        assertThat(unmark.code()).isZero();
        assertThat(inData("pain-check", "history").out()).doesNotContain("mistake");
    }

    @Test
    void deleteRemovesTheCheckAndRestoreFromItsOutputPutsItBack() throws Exception {
        List<String> ids = saveTwo();
        String before = inData("pain-check", "history", "--json").out();
        Run del = inData("pain-check", "history", "--delete", ids.get(0));
        assertThat(del.code()).as(del.err()).isZero();
        assertThat(del.out()).startsWith("Deleted " + ids.get(0)).contains("--restore");
        assertThat(inData("pain-check", "history").out()).doesNotContain(ids.get(0) + " ").contains(ids.get(1));

        Path saved = file("deleted.txt", del.out());
        Run back = inData("pain-check", "history", "--restore", saved.toString());
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).startsWith("Put back " + ids.get(0));
        assertThat(inData("pain-check", "history", "--json").out()).isEqualTo(before);
        assertThat(inData("pain-check", "history", "--restore", saved.toString()).out()).startsWith("Already saved, nothing changed");
    }

    @ParameterizedTest
    @CsvSource({"--mark-mistake", "--unmark-mistake", "--delete"})
    void anUnknownIdIsExitTwoWithOneLine(String option) throws Exception {
        saveTwo();
        byte[] before = Files.readAllBytes(data().resolve("pain-checks.json"));
        Run r = inData("pain-check", "history", option, "pc-19990101-000000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("formcoach: no saved pain check with id 'pc-19990101-000000' (see 'formcoach pain-check history')");
        assertThat(Files.readAllBytes(data().resolve("pain-checks.json"))).isEqualTo(before);
    }

    @Test
    void badRestoreInputAndMixedOptionsAreExitTwo() throws Exception {
        Run notJson = inData("pain-check", "history", "--restore", file("x.txt", "hello").toString());
        assertThat(notJson.code()).isEqualTo(2);
        assertThat(notJson.err().lines()).singleElement().asString().startsWith("formcoach: --restore needs the JSON line that --delete printed");
        Run missing = inData("pain-check", "history", "--restore", tmp.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("no such file");
        Run both = inData("pain-check", "history", "--delete", "a", "--mark-mistake", "b");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err().lines().findFirst()).get().asString().contains("mutually exclusive");
        Run withJson = inData("pain-check", "history", "--json", "--delete", "a");
        assertThat(withJson.code()).isEqualTo(2);
    }

    @Test
    void theReportRefusesToOverwriteAFileWithoutForce() throws Exception {
        saveTwo();
        Path pdf = file("mine.pdf", "not a pdf yet");
        Run r = inData("pain-check", "report", "--out", pdf.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("already exists; add --force to replace it");
        assertThat(Files.readString(pdf)).isEqualTo("not a pdf yet");
        Run forced = inData("pain-check", "report", "--out", pdf.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(text(pdf)).contains("summary for a clinician");
    }

    @ParameterizedTest
    @CsvSource({"Łukasz Żółć, Wiosłowanie sztangą", "Αλέξανδρος Παπαδόπουλος, Κωπηλασία με μπάρα", "Çağrı Işık Şahin, Halter kürek çekişi"})
    void theNameFromTheSettingsAndACustomExercisesNameAppearInThePdfAsWritten(String person, String exercise) throws Exception {
        JsonStore store = new JsonStore(data(), Clock.systemUTC());
        Settings.defaults().withReportPerson(person, "1990-05-12").save(store);
        String mine;
        try (InputStream in = getClass().getResourceAsStream("/library-fixtures/import/mine.json")) {
            mine = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("My bent-over row", exercise);
        }
        Run imp = inData("library", "import", file("mine.json", mine).toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        Instant trained = Instant.now().minus(Duration.ofHours(20));
        new TodayPlan(trained.atZone(ZoneId.systemDefault()).toLocalDate(), List.of("my-bent-over-row"), true)
                .withSavedAt(trained).save(store);
        assertThat(inData("pain-check", "--facts", file("a.json", DOMS).toString(), "--save").code()).isZero();
        Path pdf = tmp.resolve("named.pdf");
        Run r = inData("pain-check", "report", "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(text(pdf)).contains("Name: " + person).contains(person + " reports upper-back pain")
                .contains("Lifts: " + exercise + ".").contains("Date of birth: 12 May 1990");
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}

package formcoach.paincheck;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;

import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClinicianReportTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Region GB = CHECKER.region("GB");
    static final Instant T0 = Instant.parse("2025-03-03T18:00:00Z");
    static final ClinicianReport REPORT = new ClinicianReport(CHECKER.advice(), ZoneId.of("Europe/London"));
    static final ClinicianReport.Person NOBODY = ClinicianReport.Person.NONE;

    @TempDir
    Path tmp;

    static PainCheckRecord check(String id, Instant time, Facts f, List<String> notAsked) {
        return PainCheckRecord.of(id, time, f, CHECKER.check(f, GB), "neck-traps", null, notAsked);
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    Path write(List<PainCheckRecord> checks, List<SessionSummary> sessions, ClinicianReport.Person person) throws Exception {
        Path out = tmp.resolve("report-" + System.nanoTime() + ".pdf");
        REPORT.writeReport(out, checks, sessions, CHECKER.notice(GB), GB, person);
        return out;
    }

    /** Everything a clinician should not have to decode: level and pattern codes, rule ids, source keys. */
    static void assertNoInternalCodes(String t) {
        assertThat(t).doesNotContain("SELF_CARE").doesNotContain("SEE_PROFESSIONAL").doesNotContain("URGENT")
                .doesNotContain("EMERGENCY").doesNotContain("pattern").doesNotContain("STRAIN").doesNotContain("DOMS ")
                .doesNotContain("[NHS").doesNotContain("[").doesNotContain("You said").doesNotContain("{");
        for (Rule r : TestFacts.rules().rules()) {
            if (!r.id().contains("-")) {
                continue; // a one-word id such as "fever" is also a plain word
            }
            assertThat(t).as("rule id " + r.id()).doesNotContain(r.id() + " ").doesNotContain(r.id() + ".");
        }
    }

    @Test
    void aLetterInTheThirdPersonWithOutcomeReasonsSystemsTrendAndSessions() throws Exception {
        List<PainCheckRecord> checks = List.of(
                check("a", T0, TestFacts.doms("\"daysSinceOnset\": 0, \"severity\": 4"), List.of()),
                check("b", T0.plus(Duration.ofDays(3)), TestFacts.doms("\"daysSinceOnset\": 3, \"severity\": 6, \"improving\": false, \"fever\": true"), List.of()));
        List<SessionSummary> sessions = List.of(
                new SessionSummary(T0.minus(Duration.ofHours(20)), "Pull day", List.of("Barbell row", "Face pull")),
                new SessionSummary(T0.plus(Duration.ofDays(30)), "Much later", List.of("Deadlift")));
        Path pdf = write(checks, sessions, new ClinicianReport.Person("Anna Smith", LocalDate.of(1990, 5, 12)));
        String look = System.getProperty("formcoach.report.look");
        if (look != null) {
            // -Dformcoach.report.look=FILE.pdf keeps this report to look at (pdftoppm -png)
            Files.copy(pdf, Path.of(look), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String t = text(pdf);
        assertThat(t).contains("Upper-back pain after training: summary for a clinician")
                .contains("Name: Anna Smith").contains("Date of birth: 12 May 1990 (age 34 at the latest check)")
                .contains("2 checks from 3 Mar 2025 to 6 Mar 2025")
                .contains("Anna Smith reports upper-back pain (neck / top of the traps) that began 24 hours after a training session (Pull day")
                .contains("rated 6/10 (moderate), aching and diffuse")
                .contains("Urgent: advised to be seen the same day (NHS 111 or an urgent GP appointment).")
                .contains("Fever with back pain: possible spinal infection.")
                .contains("Systemic and infection Reports fever (38 °C or more) or feeling hot and shivery. Denies unintentional weight loss.")
                .contains("Cardiorespiratory and vascular Denies chest pain, tightness or pressure;")
                .contains("Musculoskeletal Reports pain worse on movement. Denies improvement since the pain was at its worst;")
                .contains("Neurological Denies").contains("Urinary and bowel Denies").contains("History and risk factors Denies")
                .contains("Severity over time").contains("Days are counted from the end of Pull day on 2 Mar 2025, 22:00.")
                .contains("3 Mar 2025, 18:00 0.8 4/10 Self-care, soreness within")
                .contains("6 Mar 2025, 18:00 3.8 6/10 Urgent (same day) above the usual range; rising after 72 h; not improving by day 3")
                .contains("Pull day").contains("Lifts: Barbell row, Face pull.")
                .doesNotContain("Much later")
                .contains("not a diagnosis and is not for emergencies").contains("call 999");
        assertNoInternalCodes(t);
    }

    @Test
    void everyLevelAndPatternReadsInClinicalWordsWithoutCodesOrSourceKeys() throws Exception {
        String[] cases = {
                "\"chestPainOrPressure\": true, \"darkUrine\": true",
                "\"popOrClick\": true, \"severity\": 9",
                "\"character\": \"shooting\"",
                "\"onsetHours\": 0, \"character\": \"sharp\", \"location\": \"localized\"",
                "",
                "\"onsetHours\": 0, \"character\": \"sharp\", \"location\": \"localized\", \"swelling\": true, \"daysSinceOnset\": 8"};
        List<Level> seen = new ArrayList<>();
        for (String c : cases) {
            PainCheckRecord r = check("x", T0, TestFacts.doms(c), List.of());
            seen.add(r.level());
            String t = text(write(List.of(r), List.of(), NOBODY));
            assertNoInternalCodes(t);
            assertThat(t).contains("Name: not given").contains("Date of birth: not given").contains("The person reports");
        }
        assertThat(seen).containsAll(List.of(Level.values()));
        String strain = text(write(List.of(check("s", T0, TestFacts.doms(cases[3]), List.of())), List.of(), NOBODY));
        assertThat(strain).contains("The presentation is consistent with a muscle strain (onset during the lift, sharp pain, pain localized to one spot).");
    }

    @Test
    void aCheckThatStoppedAtAnEmergencyAnswerSaysNotAskedNeverZero() throws Exception {
        Facts f = TestFacts.doms("\"chestPainOrPressure\": true, \"severity\": 0, \"daysSinceOnset\": 0");
        List<String> notAsked = new ArrayList<>(List.of("onsetHours", "character", "location", "severity", "daysSinceOnset"));
        FactKey.booleans().stream().filter(k -> k != FactKey.CHEST_PAIN_OR_PRESSURE).forEach(k -> notAsked.add(k.id()));
        String t = text(write(List.of(check("a", T0, f, notAsked)), List.of(), NOBODY));
        assertThat(t).contains("The check stopped at an emergency answer, so the remaining questions were not asked.")
                .contains("Emergency: advised to call 999 or go to A&E now.")
                .contains("Back pain with chest pain or pressure: possible acute coronary syndrome.")
                .contains("Onset: not asked").contains("Duration: not asked").contains("Character: not asked")
                .contains("Severity: not asked").contains("spread not asked")
                .contains("Cardiorespiratory and vascular Reports chest pain, tightness or pressure. Not asked: breathlessness")
                .contains("No severity was recorded")
                .doesNotContain("0/10").doesNotContain("0 days").doesNotContain("day 0").doesNotContain("0 hours")
                .doesNotContain("Denies");
        assertNoInternalCodes(t);
    }

    @Test
    void aCheckWhoseTimingWasNotAskedIsNotChartedWithoutASession() throws Exception {
        PainCheckRecord full = check("a", T0, TestFacts.doms("\"severity\": 4"), List.of());
        PainCheckRecord early = check("b", T0.plus(Duration.ofHours(6)), TestFacts.doms("\"severity\": 7, \"darkUrine\": true"),
                List.of("daysSinceOnset", "onsetHours"));
        String t = text(write(List.of(full, early), List.of(), NOBODY));
        assertThat(t).contains("(1 check is not charted: stopped at an emergency answer before the severity or the timing was asked)")
                .contains("Onset: not asked").contains("Duration: not asked").contains("Severity: 7/10 at worst now (severe)");
    }

    @Test
    void unicodeNamesOfPeopleAndCustomExercisesPrintAsWrittenWithoutFontWarnings() throws Exception {
        String polish = "Łukasz Żółć";
        String greek = "Αλέξανδρος Παπαδόπουλος";
        String turkish = "Çağrı Işık Şahin";
        List<SessionSummary> sessions = List.of(new SessionSummary(T0.minus(Duration.ofHours(20)), "Trening pleców",
                List.of("Wiosłowanie " + polish, "Κωπηλασία " + greek, "Kürek çekişi " + turkish)));
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                    logged.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        String t;
        try {
            for (String name : List.of(polish, greek, turkish)) {
                t = text(write(List.of(check("a", T0, TestFacts.doms(""), List.of())), sessions,
                        new ClinicianReport.Person(name, LocalDate.of(1988, 2, 29))));
                assertThat(t).contains("Name: " + name).contains(name + " reports upper-back pain")
                        .contains("Wiosłowanie " + polish).contains("Κωπηλασία " + greek).contains("Kürek çekişi " + turkish)
                        .doesNotContain("?");
            }
        } finally {
            System.setErr(err);
            root.removeHandler(capture);
        }
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theFontIsEmbeddedNotAStandardFont() throws Exception {
        Path out = write(List.of(check("a", T0, TestFacts.doms(""), List.of())), List.of(), new ClinicianReport.Person("Łukasz Żółć", null));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDPage page = doc.getPage(0);
            for (org.apache.pdfbox.cos.COSName n : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(n);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void whatTheFontLacksBecomesAQuestionMarkNotACrash() throws Exception {
        List<SessionSummary> sessions = List.of(new SessionSummary(T0.minus(Duration.ofHours(3)),
                "Rows 3×8 – heavy ≥ 80 % at 20 °C → 💪 «ок»", List.of("Row \u2264 5 reps", "Ω", "引体向上")));
        String t = text(write(List.of(check("a", T0, TestFacts.doms(""), List.of())), sessions, NOBODY));
        assertThat(t).contains("Rows 3×8 – heavy ≥ 80 % at 20 °C → ? «ок»").contains("Row ≤ 5 reps, Ω, ????");
    }

    @Test
    void checksMarkedAsAMistakeAreLeftOutOfTheTrendAndTheLetter() throws Exception {
        PainCheckRecord real = check("a", T0, TestFacts.doms("\"severity\": 4"), List.of());
        PainCheckRecord mistake = check("b", T0.plus(Duration.ofHours(5)), TestFacts.doms("\"severity\": 9, \"fever\": true"), List.of())
                .withEnteredByMistake(true);
        String t = text(write(List.of(real, mistake), List.of(), NOBODY));
        assertThat(t).contains("One check, on 3 Mar 2025").contains("4/10").doesNotContain("9/10").doesNotContain("Reports fever");
        assertThatThrownBy(() -> write(List.of(mistake), List.of(), NOBODY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marked as entered by mistake");
    }

    @Test
    void aLongHistoryRunsOnToNumberedPagesAndKeepsTheNotice() throws Exception {
        List<PainCheckRecord> checks = new ArrayList<>();
        List<SessionSummary> sessions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Facts f = TestFacts.doms("\"daysSinceOnset\": " + i + ", \"fever\": true, \"popOrClick\": true, \"severity\": 9, \"location\": \"localized\"");
            checks.add(check("c" + i, T0.plus(Duration.ofHours(12L * i)), f, List.of()));
            sessions.add(new SessionSummary(T0.minus(Duration.ofHours(i)), "Session " + i, List.of("Row", "Shrug", "Pull-up")));
        }
        Path out = write(checks, sessions, NOBODY);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            int n = doc.getNumberOfPages();
            assertThat(n).isBetween(2, 4);
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("Page 1 of " + n).contains("Page " + n + " of " + n)
                    .contains("26 earlier checks are in the chart but not in this table")
                    .contains("32 earlier sessions not shown")
                    .contains("not a diagnosis and is not for emergencies");
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheNewOneIsComplete() throws Exception {
        Path out = tmp.resolve("keep.pdf");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> REPORT.writeReport(out, List.of(), List.of(), CHECKER.notice(GB), GB, NOBODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(out)).isEqualTo("old");
        REPORT.writeReport(out, List.of(check("a", T0, TestFacts.doms(""), List.of())), List.of(), CHECKER.notice(GB), GB, NOBODY);
        assertThat(text(out)).contains("summary for a clinician");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.pdf");
        }
    }

    @Test
    void areasArePrintedInWordsNotIds() {
        assertThat(ClinicianReport.areaLabel("neck-traps")).isEqualTo("Neck / top of the traps");
        assertThat(ClinicianReport.areaLabel("elsewhere")).isEqualTo("somewhere else");
    }

    @Test
    void aBirthDateThatDoesNotParseIsLeftOut() {
        assertThat(ClinicianReport.Person.of(" Anna ", "1990-13-40")).isEqualTo(new ClinicianReport.Person("Anna", null));
        assertThat(ClinicianReport.Person.of("", "1990-05-12")).isEqualTo(new ClinicianReport.Person(null, LocalDate.of(1990, 5, 12)));
    }
}

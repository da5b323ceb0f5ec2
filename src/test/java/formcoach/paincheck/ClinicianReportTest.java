package formcoach.paincheck;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicianReportTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Instant T0 = Instant.parse("2025-03-03T18:00:00Z");
    static final ClinicianReport REPORT = new ClinicianReport(CHECKER.advice(), ZoneId.of("Europe/London"));

    @TempDir
    Path tmp;

    static PainCheckRecord check(String id, Instant time, Facts f, List<String> notAsked) {
        return PainCheckRecord.of(id, time, f, CHECKER.check(f, TestFacts.GB), "neck-traps", null, notAsked);
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void onePageWithAnswersLevelReasonsTrendSessionsAndNotice() throws Exception {
        List<PainCheckRecord> checks = List.of(
                check("a", T0, TestFacts.doms("\"daysSinceOnset\": 0, \"severity\": 4"), List.of()),
                check("b", T0.plus(Duration.ofDays(3)), TestFacts.doms("\"daysSinceOnset\": 3, \"severity\": 6, \"improving\": false, \"fever\": true"), List.of()));
        List<SessionSummary> sessions = List.of(
                new SessionSummary(T0.minus(Duration.ofHours(20)), "Pull day", List.of("Barbell row", "Face pull")),
                new SessionSummary(T0.plus(Duration.ofDays(30)), "Much later", List.of("Deadlift")));
        Path out = tmp.resolve("summary.pdf");
        REPORT.writeReport(out, checks, sessions, CHECKER.notice(TestFacts.GB));
        String t = text(out);
        assertThat(t).contains("Pain check summary for a clinician")
                .contains("Checks from 3 Mar 2025 to 6 Mar 2025 (2 checks)")
                .contains("You said you have: pain that gets worse when you move; a high temperature.")
                .contains("You said you do not have: pain that is getting better")
                .contains("chest pain, tightness or pressure")
                .contains("Worst pain now: 6/10 (moderate)")
                .contains("Result: Urgent: be seen today (URGENT; pattern DOMS)")
                .contains("A high temperature with back pain")
                .contains("Severity trend").contains("Days since onset")
                .contains("3 Mar 2025 18:00 0 4/10 SELF_CARE_DOMS")
                .contains("6 Mar 2025 18:00 3 6/10 URGENT")
                .contains("Pull day: Barbell row, Face pull")
                .doesNotContain("Much later")
                .contains("not a diagnosis and is not for emergencies");
    }

    @Test
    void charactersTheStandardFontsCannotShowAreReplacedNotACrash() throws Exception {
        Path out = tmp.resolve("odd.pdf");
        List<SessionSummary> sessions = List.of(new SessionSummary(T0.minus(Duration.ofHours(3)),
                "Rows 3×8 – heavy ≥ 80 % at 20 °C → 💪 «ок»", List.of("Row \u2264 5 reps", "Ω")));
        REPORT.writeReport(out, List.of(check("a", T0, TestFacts.doms(""), List.of())), sessions, "Notice – ≥ not a diagnosis");
        String t = text(out);
        assertThat(t).contains("Rows 3x8 - heavy >= 80 % at 20 °C -> ? «??»").contains("Row <= 5 reps, ?")
                .contains("Notice - >= not a diagnosis");
    }

    @Test
    void sanitiseKeepsWhatWinAnsiCanShow() {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(ClinicianReport.sanitise("café 20°C “ok” … €", font)).isEqualTo("café 20°C \"ok\" ... €");
    }

    @Test
    void manyChecksAndSessionsStillFitOnOnePage() throws Exception {
        List<PainCheckRecord> checks = new ArrayList<>();
        List<SessionSummary> sessions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Facts f = TestFacts.doms("\"daysSinceOnset\": " + i + ", \"fever\": true, \"popOrClick\": true, \"severity\": 9, \"location\": \"localized\"");
            checks.add(check("c" + i, T0.plus(Duration.ofHours(12L * i)), f, List.of()));
            sessions.add(new SessionSummary(T0.minus(Duration.ofHours(i)), "Session " + i, List.of("Row", "Shrug", "Pull-up")));
        }
        Path out = tmp.resolve("long.pdf");
        REPORT.writeReport(out, checks, sessions, CHECKER.notice(TestFacts.FR));
        String t = text(out);
        assertThat(t).contains("30 earlier checks not shown").contains("call 112");
    }

    @Test
    void questionsSkippedAfterAnEmergencyAnswerAreMarkedNotAsked() throws Exception {
        Facts f = TestFacts.doms("\"chestPainOrPressure\": true");
        List<String> notAsked = FactKey.booleans().stream().filter(k -> k.ordinal() > FactKey.CHEST_PAIN_OR_PRESSURE.ordinal()).map(FactKey::id).toList();
        Path out = tmp.resolve("stop.pdf");
        REPORT.writeReport(out, List.of(check("a", T0, f, notAsked)), List.of(), CHECKER.notice(TestFacts.GB));
        String t = text(out);
        assertThat(t).contains("Not asked (the check stopped at an emergency answer): breathlessness");
        assertThat(t).contains("You said you have: pain that is getting better; pain that gets worse when you move; chest pain, tightness or pressure.");
        assertThat(Files.size(out)).isPositive();
    }

    @org.junit.jupiter.api.Test
    void areasArePrintedInWordsNotIds() {
        org.assertj.core.api.Assertions.assertThat(ClinicianReport.areaLabel("neck-traps")).isEqualTo("Neck / top of the traps");
        org.assertj.core.api.Assertions.assertThat(ClinicianReport.areaLabel("elsewhere")).isEqualTo("somewhere else");
    }
}

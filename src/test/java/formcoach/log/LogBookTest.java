package formcoach.log;

import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static formcoach.log.LogFixtures.LIBRARY;
import static formcoach.log.LogFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogBookTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-08T12:00:00Z"), ZoneOffset.UTC);

    private LogBook open() throws Exception {
        return LogBook.open(new JsonStore(dir, CLOCK), CLOCK, LIBRARY);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws Exception {
        LogBook book = open();
        LogBook.ImportReport first = book.importFile(fixture("hevy-kg.csv"), Optional.empty());
        assertThat(first.added()).isEqualTo(10);
        assertThat(first.workingSetsInFile()).isEqualTo(12);
        List<Session> after = book.log().sessions();
        LogBook.ImportReport second = open().importFile(fixture("hevy-kg.csv"), Optional.empty());
        assertThat(second.added()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(10);
        assertThat(open().log().sessions()).isEqualTo(after);
    }

    @Test
    void aBadRowChangesNothing() throws Exception {
        LogBook book = open();
        book.importFile(fixture("strong-a10.csv"), Optional.empty());
        List<String> before = files();
        byte[] month = Files.readAllBytes(dir.resolve("training-log-2023-01.json"));
        assertThatThrownBy(() -> book.importFile(fixture("bad-hevy-reps.csv"), Optional.empty()))
                .isInstanceOf(LogImportException.class).hasMessageContaining("row 8 (line 9), column reps");
        assertThat(files()).isEqualTo(before);
        assertThat(Files.readAllBytes(dir.resolve("training-log-2023-01.json"))).isEqualTo(month);
    }

    @Test
    void namesAreMappedAndTheReviewResolvesTheRest() throws Exception {
        LogBook book = open();
        LogBook.ImportReport r = book.importFile(fixture("hevy-pt.csv"), Optional.empty());
        assertThat(r.unmatched()).extracting(LogBook.Unmatched::name).contains("Puxada Alta na Polia (Máquina)", "Remada Baixa Iso-Lateral");
        assertThat(book.insights().weeks().stream().mapToDouble(w -> w.byGroup().get(MuscleGroup.LATS)).sum()).isZero();
        int changed = book.resolve("Puxada Alta na Polia (Máquina)", Optional.of("wide-grip-lat-pulldown"));
        assertThat(changed).isEqualTo(1);
        book.resolve("Extensão de Tríceps na Polia (Máquina)", Optional.empty());
        LogBook again = open();
        assertThat(again.unmatched()).extracting(LogBook.Unmatched::name)
                .doesNotContain("Puxada Alta na Polia (Máquina)", "Extensão de Tríceps na Polia (Máquina)")
                .contains("Remada Baixa Iso-Lateral");
        assertThat(again.insights().weeks().stream().mapToDouble(w -> w.byGroup().get(MuscleGroup.LATS)).sum()).isEqualTo(1.0);
        // the answer is remembered for the next import
        assertThat(again.mapper().map("puxada alta na polia (máquina)").how()).isEqualTo(NameMapper.How.CHOSEN);
    }

    @Test
    void addSetsFillsTheDaysLogAndExportReadsBack() throws Exception {
        LogBook book = open();
        LocalDateTime at = LocalDateTime.of(2026, 4, 8, 18, 0);
        Session s1 = book.addSets(at, LogFixtures.BY_ID.get("barbell-bent-over-row"), SetSyntax.parse("10x40 w, 8x60, 8x60", WeightUnit.KG), false);
        Session s2 = book.addSets(at.plusMinutes(20), LogFixtures.BY_ID.get("barbell-bent-over-row"), SetSyntax.parse("6x60 rir1 shrug", WeightUnit.KG), false);
        Session s3 = book.addSets(at.plusMinutes(30), LogFixtures.BY_ID.get("pull-up"), SetSyntax.parse("3x8@bw", WeightUnit.KG), false);
        assertThat(s2.id()).isEqualTo(s1.id());
        assertThat(s3.exercises()).hasSize(2);
        assertThat(s3.exercises().get(0).sets()).hasSize(4);
        assertThat(s3.workingSets()).isEqualTo(6);
        Path json = dir.resolve("out/log.json");
        Path csv = dir.resolve("out/log.csv");
        LogExport.write(json, book.log().sessions(), book::displayName);
        LogExport.write(csv, book.log().sessions(), book::displayName);
        assertThat(Files.readAllLines(csv)).hasSize(1 + 7);
        assertThat(Files.readString(csv)).contains("2026-04-08,18:00,2026-W15,,Barbell bent-over row,barbell-bent-over-row,4,normal,6,60,kg,external,1,,SHRUGGING");
        ExportFile back = ExportReader.read(json, WeightUnit.KG);
        assertThat(back.sessions()).hasSize(1);
        assertThat(back.sessions().get(0).exercises()).isEqualTo(s3.exercises());
        // the log's own export imported into the same log adds nothing
        assertThat(book.importFile(json, Optional.empty()).added()).isZero();
        // into an empty log it adds the session back
        Path other = dir.resolve("other");
        LogBook fresh = LogBook.open(new JsonStore(other, CLOCK), CLOCK, LIBRARY);
        assertThat(fresh.importFile(json, Optional.empty()).added()).isEqualTo(1);
        assertThat(fresh.log().sessions().get(0).exercises()).isEqualTo(s3.exercises());
    }

    @Test
    void signalsForBeforeYouLiftAndThePainCheck() throws Exception {
        LogBook book = open();
        LocalDateTime monday = LocalDateTime.of(2026, 3, 2, 18, 0);
        for (int w = 0; w < 4; w++) {
            book.addSets(monday.plusWeeks(w), LogFixtures.BY_ID.get("pull-up"), SetSyntax.parse("4x8@bw", WeightUnit.KG), true);
        }
        book.addSets(monday.plusWeeks(4), LogFixtures.BY_ID.get("pull-up"), SetSyntax.parse("8x8@bw shrug", WeightUnit.KG), true);
        LocalDateTime now = monday.plusWeeks(4).plusHours(20);
        TrainingSignals.BeforeLift before = book.signals().beforeYouLift(now);
        assertThat(before.recovering()).extracting(Insights.Recovery::group).contains(MuscleGroup.LATS);
        assertThat(before.loadJumps()).extracting(Insights.LoadRatio::group).contains("total");
        assertThat(before.lines().get(0)).startsWith("Load jump: Working sets this week: 8, your 4-week average 4 — 2×");
        book.updateSettings(s -> s.withReady(MuscleGroup.LATS, now));
        assertThat(book.signals().beforeYouLift(now).recovering()).extracting(Insights.Recovery::group).doesNotContain(MuscleGroup.LATS);

        TrainingSignals.TrainingBefore t = book.signals().trainingBefore(now.plusHours(1));
        assertThat(t.sessions()).hasSize(2);
        assertThat(t.trainedWithin72h()).contains(MuscleGroup.LATS);
        assertThat(t.recentFaults()).containsKey("Pull-up");
        assertThat(t.recentFaults().get("Pull-up")).containsEntry(formcoach.library.Fault.SHRUGGING, 8);
        assertThat(t.reportLines()).hasSize(2).last().asString().contains("Pull-up 8 sets (8@bw shrug)");
        assertThat(t.loadJumps()).isNotEmpty();
    }
}

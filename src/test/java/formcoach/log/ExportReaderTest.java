package formcoach.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static formcoach.log.LogFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every Strong and Hevy variant and pitfall of ../shared/data/workout-exports/FORMATS.md, on fixtures written from it. */
class ExportReaderTest {
    private static ExportFile read(String name) throws Exception {
        return ExportReader.read(fixture(name), WeightUnit.KG);
    }

    private static List<LoggedSet> sets(ExportFile f, String exercise) {
        return f.sessions().stream().flatMap(s -> s.exercises().stream()).filter(e -> e.name().equals(exercise))
                .flatMap(e -> e.sets().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // file | source | sessions | sets | working | left-out rows
            "strong-s0.csv | strong | 2 | 5 | 5 | 0",
            "strong-s1.csv | strong | 1 | 3 | 3 | 0",
            "strong-s2.csv | strong | 2 | 5 | 5 | 0",
            "strong-a-early.csv | strong | 5 | 9 | 9 | 0",
            "strong-a-2025.csv | strong | 3 | 11 | 8 | 2",
            "strong-a10.csv | strong | 2 | 3 | 3 | 0",
            "strong-a-fr.csv | strong | 1 | 2 | 2 | 0",
            "strong-a-zh.csv | strong | 1 | 2 | 2 | 0",
            "strong-b.csv | strong | 4 | 6 | 6 | 0",
            "strong-b-plus.csv | strong | 3 | 3 | 3 | 0",
            "strong-c.csv | strong | 7 | 9 | 7 | 3",
            "strong-bom-excel.csv | strong | 1 | 2 | 2 | 0",
            "strong-custom-names.csv | strong | 1 | 3 | 3 | 0",
            "hevy-kg.csv | hevy | 10 | 17 | 12 | 1",
            "hevy-lbs.csv | hevy | 2 | 3 | 3 | 0",
            "hevy-kg-miles.csv | hevy | 1 | 2 | 2 | 0",
            "hevy-pt.csv | hevy | 3 | 5 | 4 | 0",
    })
    void countsSessionsSetsAndWorkingSets(String file, String source, int sessions, int sets, int working, int leftOut) throws Exception {
        ExportFile f = read(file);
        assertThat(f.source()).isEqualTo(source);
        assertThat(f.sessions()).hasSize(sessions);
        assertThat(f.sets()).isEqualTo(sets);
        assertThat(f.sessions().stream().mapToInt(Session::workingSets).sum()).isEqualTo(working);
        assertThat(f.leftOutRows()).isEqualTo(leftOut);
        assertThat(f.sessions()).isSortedAccordingTo(java.util.Comparator.comparing(Session::start));
    }

    @Test
    void strongS0ReadsTheUnitFromTheHeaderAndZeroBasedOrders() throws Exception {
        ExportFile f = read("strong-s0.csv");
        assertThat(sets(f, "Pull Up (Neutral Grip)")).extracting(LoggedSet::load).containsExactly(0.0, 10.0);
        assertThat(sets(f, "Pull Up (Neutral Grip)")).allMatch(s -> s.loadKind() == LoadKind.BODYWEIGHT);
        assertThat(f.sessions().get(0).exercises()).extracting(LoggedExercise::name).containsExactly("Pull Up (Neutral Grip)", "Bent Over Row");
        assertThat(sets(f, "Plank Fitball").get(0).seconds()).isEqualTo(60);
    }

    @Test
    void strongA2025SkipsRestTimersAndReadsWarmupDropAndFailure() throws Exception {
        ExportFile f = read("strong-a-2025.csv");
        assertThat(sets(f, "Deadlift (Barbell)")).extracting(LoggedSet::type).containsExactly(
                SetType.WARMUP, SetType.WARMUP, SetType.WARMUP, SetType.NORMAL, SetType.NORMAL, SetType.FAILURE);
        assertThat(sets(f, "Deadlift (Barbell)")).extracting(LoggedSet::reps).containsExactly(8, 6, 5, 3, 3, 2);
        assertThat(sets(f, "Bicep Curl (Barbell)")).extracting(LoggedSet::type).containsExactly(SetType.NORMAL, SetType.DROP);
        Session lower = f.sessions().stream().filter(s -> s.title().equals("Lower 2")).findFirst().orElseThrow();
        assertThat(lower.note()).isEqualTo("tuesday");
        Session d = f.sessions().stream().filter(s -> s.title().equals("D")).findFirst().orElseThrow();
        assertThat(d.note()).contains("focusing on \"long arms\"");
        LoggedSet assisted = sets(f, "Pull Up (Assisted)").get(0);
        assertThat(assisted.loadKind()).isEqualTo(LoadKind.ASSISTED);
        assertThat(assisted.addedLoadKg()).isZero();
    }

    @Test
    void strongAEarlyKeepsCommasInQuotedFieldsAndSplitsARepeatedExerciseIntoTwoBlocks() throws Exception {
        ExportFile f = read("strong-a-early.csv");
        Session push = f.sessions().stream().filter(s -> s.title().equals("Push - Shoulder")).findFirst().orElseThrow();
        assertThat(push.exercises()).extracting(LoggedExercise::name)
                .containsExactly("Lateral Raise (Dumbbell)", "Triceps Extension", "Lateral Raise (Dumbbell)");
        assertThat(push.exercises().get(0).note()).isEqualTo("7/7/7, [full rom][upper][lower]");
        assertThat(f.sessions()).anyMatch(s -> s.title().equals("A (Chest, Triceps, Legs, Shoulders)"));
        assertThat(sets(f, "Bulgarian Split Squat").get(0).rpe()).isEqualTo(7.0);
    }

    @Test
    void strongLocalisedHeadersAreReadByName() throws Exception {
        ExportFile fr = read("strong-a-fr.csv");
        assertThat(sets(fr, "Aerobics").get(0).seconds()).isEqualTo(600);
        ExportFile zh = read("strong-a-zh.csv");
        assertThat(zh.sessions().get(0).title()).isEqualTo("4.Pull");
        assertThat(zh.sessions().get(0).note()).isEqualTo("星期二");
        assertThat(zh.sessions().get(0).exercises().get(0).note()).isEqualTo("4x8");
        assertThat(sets(zh, "Bent Over Row (Barbell)").get(0).load()).isEqualTo(44.09);
    }

    @Test
    void strongBReadsTheUnitOfEachRow() throws Exception {
        ExportFile f = read("strong-b.csv");
        List<LoggedSet> dl = sets(f, "Deadlift (Barbell)");
        assertThat(dl).extracting(LoggedSet::unit).containsExactly(WeightUnit.KG, WeightUnit.LB);
        assertThat(dl).extracting(LoggedSet::load).containsExactly(20.0, 115.0);
        assertThat(f.sessions()).anyMatch(s -> s.title().equals("Back, Core, Biceps"));
        assertThat(sets(f, "Knee Raise (Captain's Chair)").get(0).reps()).isEqualTo(12);
    }

    @Test
    void strongBPlusMixesUnitsAndKeepsAMultiLineNote() throws Exception {
        ExportFile f = read("strong-b-plus.csv");
        assertThat(sets(f, "Lateral Raise (Cable)").get(0).unit()).isEqualTo(WeightUnit.LB);
        assertThat(sets(f, "Seated Leg Press (Machine)").get(0).unit()).isEqualTo(WeightUnit.KG);
        assertThat(sets(f, "Running").get(0).seconds()).isEqualTo(900);
    }

    @Test
    void strongCSkipsNoteAndRestRowsUsesTheNoteAndDropsAnExactRepeat() throws Exception {
        ExportFile f = read("strong-c.csv");
        assertThat(f.format()).contains("Workout #");
        LoggedExercise curl = f.sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.name().equals("Lying Leg Curl (Machine)")).findFirst().orElseThrow();
        assertThat(curl.note()).isEqualTo("Beine einzeln");
        assertThat(sets(f, "Face Pull (Cable)")).hasSize(2);
        assertThat(sets(f, "T Bar Row").get(0).load()).isEqualTo(27.22);
        assertThat(sets(f, "Bench Press (Barbell)").get(0).load()).isEqualTo(61.23);
        assertThat(sets(f, "Wrist Curl Cable").get(0).reps()).isEqualTo(20);
        assertThat(sets(f, "Chin Up").get(0).loadKind()).isEqualTo(LoadKind.BODYWEIGHT);
        assertThat(f.sessions().stream().filter(s -> s.title().equals("Day 4")).findFirst().orElseThrow().note()).isEqualTo("Day 4");
    }

    @Test
    void aByteOrderMarkCrlfAndDecimalCommasFromASpreadsheetAreRead() throws Exception {
        ExportFile f = read("strong-bom-excel.csv");
        assertThat(sets(f, "Seated Row (Cable)")).extracting(LoggedSet::load).containsExactly(42.5, 42.5);
        assertThat(f.sessions().get(0).start()).isEqualTo(LocalDateTime.of(2024, 2, 1, 18, 0));
    }

    @Test
    void hevyIsNewestFirstWithSetTypesAndLocalMonths() throws Exception {
        ExportFile f = read("hevy-kg.csv");
        assertThat(f.sessions().get(0).start()).isEqualTo(LocalDateTime.of(2024, 11, 7, 1, 46));
        assertThat(f.sessions().get(f.sessions().size() - 1).start()).isEqualTo(LocalDateTime.of(2026, 4, 7, 10, 14));
        assertThat(sets(f, "Seated Cable Row - V Grip (Cable)")).extracting(LoggedSet::type).containsExactly(SetType.NORMAL, SetType.DROP);
        assertThat(sets(f, "Paused Bench Press").get(0).type()).isEqualTo(SetType.FAILURE);
        assertThat(sets(f, "Paused Bench Press").get(0).isWorking()).isTrue();
        assertThat(sets(f, "Pull Up (Weighted)")).extracting(LoggedSet::rpe).containsExactly(null, 9.5);
        assertThat(sets(f, "Pull Up").get(0).loadKind()).isEqualTo(LoadKind.BODYWEIGHT);
        LoggedExercise hang = f.sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.name().equals("Dead Hang") && e.note().contains("right arm")).findFirst().orElseThrow();
        assertThat(hang.note()).contains("\n");
        assertThat(f.sessions().stream().filter(s -> s.note().startsWith("Hoje")).findFirst().orElseThrow().note()).contains("calções, treinei");
    }

    @Test
    void hevyUnitSuffixesAreReadPerColumn() throws Exception {
        assertThat(sets(read("hevy-lbs.csv"), "Pull Up (Weighted)")).allMatch(s -> s.unit() == WeightUnit.LB && s.load() == 45.0);
        ExportFile mixed = read("hevy-kg-miles.csv");
        assertThat(sets(mixed, "Lat Pulldown (Cable)").get(0).unit()).isEqualTo(WeightUnit.KG);
        assertThat(sets(mixed, "Lat Pulldown (Cable)").get(0).load()).isEqualTo(74.84);
    }

    @Test
    void hevyPortugueseMonths() throws Exception {
        ExportFile f = read("hevy-pt.csv");
        assertThat(f.sessions()).extracting(Session::start).containsExactly(
                LocalDateTime.of(2026, 2, 15, 10, 49), LocalDateTime.of(2026, 4, 4, 10, 49), LocalDateTime.of(2026, 5, 5, 7, 34));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7 Apr 2026, 10:14 | 2026-04-07T10:14",
            "12 Dec 2024, 13:18 | 2024-12-12T13:18",
            "5 Mai 2026, 07:34 | 2026-05-05T07:34",
            "4 Abr 2026, 10:49 | 2026-04-04T10:49",
            "1 Dez 2025, 09:00 | 2025-12-01T09:00",
            "3 Out 2025, 09:00 | 2025-10-03T09:00",
            "Jul 5, 2026, 10:21 AM | 2026-07-05T10:21",
            "Jul 5, 2026, 12:05 AM | 2026-07-05T00:05",
            "Jul 5, 2026, 1:05 PM | 2026-07-05T13:05",
            "9 déc. 2025, 18:00 | 2025-12-09T18:00"})
    void hevyDates(String text, String expected) throws Exception {
        assertThat(HevyReader.date(text, 1, 2, "start_time")).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad-strong-weight.csv | row 2 (line 3), column Weight: 'sixty'",
            "bad-strong-order.csv | row 2 (line 3), column Set Order: 'X'",
            "bad-hevy-reps.csv | row 8 (line 9), column reps: 'ten'",
            "bad-hevy-date.csv | row 8 (line 9), column start_time: '32 Mar 2026, 18:59'",
            "not-an-export.csv | not a Strong or Hevy export"})
    void aBadRowIsNamedByRowAndColumn(String file, String message) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(LogImportException.class).hasMessageContaining(message)
                .hasMessageContaining("Nothing was imported");
    }

    @Test
    void brokenCsvIsRefused() {
        assertThatThrownBy(() -> ExportReader.parse("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2020-01-01 10:00:00,\"open", WeightUnit.KG))
                .isInstanceOf(LogImportException.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> ExportReader.parse("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2020-01-01 10:00:00,x,y,1,5\n", WeightUnit.KG))
                .isInstanceOf(LogImportException.class).hasMessageContaining("row 1 (line 2)").hasMessageContaining("5 fields");
        assertThatThrownBy(() -> ExportReader.parse("", WeightUnit.KG)).isInstanceOf(LogImportException.class).hasMessageContaining("empty");
    }

    @Test
    void aStrongFileWithoutUnitsUsesTheGivenUnit() throws Exception {
        assertThat(ExportReader.read(fixture("strong-s1.csv"), WeightUnit.LB).sessions().get(0).exercises().get(0).sets().get(0).unit())
                .isEqualTo(WeightUnit.LB);
    }
}

package formcoach.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A short note on one set: typed in the set syntax, stored, exported and imported. */
class SetNoteTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aQuotedNoteGoesLastAndKeepsItsCommasAndCase() throws Exception {
        List<LoggedSet> sets = SetSyntax.parse("10x40 w, 8x60 rir1 \"Left shoulder clicked, twice\", 3x8x62.5 “grip gave out”", WeightUnit.KG);
        assertThat(sets).hasSize(5);
        assertThat(sets.get(0).note()).isEmpty();
        assertThat(sets.get(1).note()).isEqualTo("Left shoulder clicked, twice");
        assertThat(sets.get(1).rir()).isEqualTo(1);
        assertThat(sets.subList(2, 5)).allSatisfy(s -> assertThat(s.note()).isEqualTo("grip gave out"));
        assertThat(SetSyntax.format(sets.get(1))).isEqualTo("8x60kg rir1 \"Left shoulder clicked, twice\"");
        assertThat(SetSyntax.parse(SetSyntax.format(sets.get(1)), WeightUnit.KG)).containsExactly(sets.get(1));
        assertThat(SetSyntax.parse("8x60 \"  many   spaces  \"", WeightUnit.KG).get(0).note()).isEqualTo("many spaces");
        assertThat(SetSyntax.parse("8x60 \"\"", WeightUnit.KG).get(0).hasNote()).isFalse();
    }

    @Test
    void aNoteThatIsNotLastNotClosedAloneOrTooLongIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SetSyntax.parse("8x60 \"left\" rir2", WeightUnit.KG)).isInstanceOf(SetSyntaxException.class)
                .hasMessageContaining("a note goes last");
        assertThatThrownBy(() -> SetSyntax.parse("8x60 \"left, 8x60", WeightUnit.KG)).isInstanceOf(SetSyntaxException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> SetSyntax.parse("\"just a note\"", WeightUnit.KG)).isInstanceOf(SetSyntaxException.class)
                .hasMessageContaining("needs a set before it");
        assertThatThrownBy(() -> SetSyntax.parse("8x60 \"" + "a".repeat(201) + "\"", WeightUnit.KG)).isInstanceOf(SetSyntaxException.class)
                .hasMessageContaining("at most 200 characters");
        assertThatThrownBy(() -> new LoggedSet(8, 60, WeightUnit.KG, null, null, null, null, null, null, "b".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notesAreStoredExportedAsJsonAndCsvAndImportedBack() throws Exception {
        TrainingLog log = TrainingLog.load(new formcoach.store.JsonStore(dir.resolve("data"), CLOCK), CLOCK);
        List<LoggedSet> sets = SetSyntax.parse("8x60 \"felt it, left side\", 8x60", WeightUnit.KG);
        Session saved = log.save(new Session(null, LocalDateTime.of(2025, 3, 3, 18, 0), "Pull", "manual", null, "",
                List.of(new LoggedExercise("pull-up", "Pull-up", sets, "exercise note"))));
        assertThat(TrainingLog.load(new formcoach.store.JsonStore(dir.resolve("data"), CLOCK), CLOCK).sessions()).containsExactly(saved);
        assertThat(Files.readString(dir.resolve("data/training-log-2025-03.json"))).contains("\"schemaVersion\" : 2")
                .contains("\"felt it, left side\" ]");

        String csv = LogExport.csv(log.sessions(), LoggedExercise::name);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith(",set_note");
        assertThat(lines.get(1)).endsWith(",\"felt it, left side\"");
        assertThat(lines.get(2)).endsWith(",");

        Path json = dir.resolve("log.json");
        LogExport.write(json, log.sessions(), LoggedExercise::name);
        ExportFile back = ExportReader.read(json, WeightUnit.KG);
        assertThat(back.sessions().get(0).exercises().get(0).sets()).isEqualTo(sets);
    }

    @Test
    void aSchemaOneExportWithNineElementSetsStillImports() throws Exception {
        Path json = dir.resolve("old.json");
        Files.writeString(json, """
                { "format" : "formcoach-training-log", "schemaVersion" : 1, "sessions" : [ {
                  "id" : "2025-03-1", "start" : "2025-03-03T18:00:00", "title" : "Pull", "source" : "manual",
                  "exercises" : [ { "exerciseId" : "pull-up", "name" : "Pull-up",
                    "sets" : [ [ 8, 0.0, "kg", "bodyweight", "normal", 2, null, null, null ] ] } ] } ] }
                """);
        LoggedSet s = ExportReader.read(json, WeightUnit.KG).sessions().get(0).exercises().get(0).sets().get(0);
        assertThat(s.reps()).isEqualTo(8);
        assertThat(s.note()).isEmpty();
    }

    @Test
    void strongNotesOnTheFirstRowStayTheExercisesAndALaterRowsNoteIsThatSets() throws Exception {
        Path csv = dir.resolve("strong.csv");
        Files.writeString(csv, """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
                2021-07-07 18:35:21,"Pull",31m,"Face Pull (Cable)",1,20.0,15,0,0,"slow on the way back","",
                2021-07-07 18:35:21,"Pull",31m,"Face Pull (Cable)",2,20.0,15,0,0,,,
                2021-07-07 18:35:21,"Pull",31m,"Face Pull (Cable)",3,20.0,12,0,0,"right shoulder pinched",,
                """);
        LoggedExercise e = ExportReader.read(csv, WeightUnit.KG).sessions().get(0).exercises().get(0);
        assertThat(e.note()).isEqualTo("slow on the way back");
        assertThat(e.sets()).extracting(LoggedSet::note).containsExactly("", "", "right shoulder pinched");
    }
}

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

import static formcoach.log.LogFixtures.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

/** A lift kept "as my own" in the review counts in the weekly sets of the groups the person gives it. */
class OwnLiftMusclesTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 4, 18, 0);

    private LogBook open() throws Exception {
        return LogBook.open(new JsonStore(dir, CLOCK), CLOCK, LIBRARY);
    }

    private static Session meadows(LocalDateTime at) {
        List<LoggedSet> sets = List.of(LoggedSet.of(10, 30, WeightUnit.KG).withType(SetType.WARMUP), LoggedSet.of(8, 40, WeightUnit.KG),
                LoggedSet.of(8, 40, WeightUnit.KG), LoggedSet.of(8, 40, WeightUnit.KG));
        return new Session(null, at, "Pull", "strong", "strong:" + at, "", List.of(new LoggedExercise(null, "Meadows Row (Landmine)", sets, "")));
    }

    @Test
    void primaryGroupsCountOneASetSecondaryHalfAndTheChoiceIsStored() throws Exception {
        LogBook book = open();
        book.log().addImported(List.of(meadows(AT)));
        assertThat(book.unmatched()).extracting(LogBook.Unmatched::name).containsExactly("Meadows Row (Landmine)");
        Insights.Week before = book.insights().weeks().get(0);
        assertThat(before.workingSets()).isEqualTo(3);
        assertThat(before.sets("lats")).isZero();

        book.keepOwn("meadows row (landmine) ", List.of(MuscleGroup.LATS, MuscleGroup.MID_TRAPS_RHOMBOIDS),
                List.of(MuscleGroup.BICEPS, MuscleGroup.LATS, MuscleGroup.REAR_DELTS));
        assertThat(book.unmatched()).isEmpty();

        LogBook again = open();
        assertThat(again.ownLifts()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Meadows Row (Landmine)");
            assertThat(o.sets()).isEqualTo(4);
            assertThat(o.muscles().primary()).containsExactly(MuscleGroup.LATS, MuscleGroup.MID_TRAPS_RHOMBOIDS);
            // a group given as both stays primary
            assertThat(o.muscles().secondary()).containsExactly(MuscleGroup.BICEPS, MuscleGroup.REAR_DELTS);
            assertThat(o.muscles().describe()).isEqualTo("Lats, Mid traps & rhomboids; secondary: Biceps, Rear delts");
        });
        Insights.Week week = again.insights().weeks().get(0);
        assertThat(week.workingSets()).isEqualTo(3);
        assertThat(week.sets("lats")).isEqualTo(3.0);
        assertThat(week.sets("mid-traps-rhomboids")).isEqualTo(3.0);
        assertThat(week.sets("biceps")).isEqualTo(1.5);
        assertThat(week.sets("rear-delts")).isEqualTo(1.5);
        assertThat(week.sets("upper-traps")).isZero();
        assertThat(Files.readString(dir.resolve("log-settings.json"))).contains("\"ownMuscles\"").contains("\"mid-traps-rhomboids\"");
        // the pain check's and "before you lift"'s reading of the log counts them too
        assertThat(TrainingSignals.load(new JsonStore(dir, CLOCK), CLOCK, LIBRARY).insights().weeks().get(0).sets("lats")).isEqualTo(3.0);
    }

    @Test
    void mappingTheNameToALibraryExerciseLaterForgetsItsOwnMuscles() throws Exception {
        LogBook book = open();
        book.log().addImported(List.of(meadows(AT)));
        book.keepOwn("Meadows Row (Landmine)", List.of(MuscleGroup.LATS), List.of());
        assertThat(book.settings().ownMuscles()).hasSize(1);
        book.resolve("Meadows Row (Landmine)", java.util.Optional.of("barbell-bent-over-row"));
        assertThat(book.settings().ownMuscles()).isEmpty();
        assertThat(book.ownLifts()).isEmpty();
        // and keeping it without groups is still "kept", counting in the total only
        book.keepOwn("Another Lift", List.of(), List.of());
        assertThat(book.settings().names()).containsEntry("another lift", "");
        assertThat(book.settings().ownMuscles()).isEmpty();
    }
}

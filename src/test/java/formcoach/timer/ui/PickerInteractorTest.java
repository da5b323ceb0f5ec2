package formcoach.timer.ui;

import formcoach.store.JsonStore;
import formcoach.timer.Routines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PickerInteractorTest {
    @TempDir
    Path dir;
    private final PickerModel model = new PickerModel();
    private final PickerInteractor interactor = new PickerInteractor(model, TimerUiFixture.EXERCISES);

    @BeforeEach
    void load() throws Exception {
        JsonStore store = new JsonStore(dir, Clock.systemUTC());
        store.write(Routines.STORE_NAME, Routines.SCHEMA_VERSION, List.of(TimerUiFixture.THREE_STEPS));
        interactor.setRoutines(Routines.load(store, TimerUiFixture.EXERCISES::knows));
        interactor.refresh("three-steps", 3);
    }

    @Test
    void listsBuiltInsThenTheOwnRoutinesWithTheirRunningTime() {
        assertThat(model.routines()).extracting(PickerModel.RoutineRow::id)
                .containsExactly("upper-back-warmup", "upper-back-cooldown", "sore-back-mobility", "three-steps");
        assertThat(model.routines().get(3).builtin()).isFalse();
        assertThat(model.routines().get(3).totalText()).isEqualTo("54 s");
        assertThat(model.canChange().get()).isTrue();
    }

    @Test
    void theSelectedRoutineShowsEachStepWithTimeRepsAndCue() {
        assertThat(model.titleProperty().get()).isEqualTo("Three steps");
        assertThat(model.steps()).extracting(PickerModel.StepLine::time).containsExactly("10 s", "10 s × 2 sides", "10 s");
        assertThat(model.steps().get(2).reps()).isEqualTo("8 reps");
        assertThat(model.steps().get(0).cue()).isEqualTo(TimerUiFixture.EXERCISES.cueOf("arm-circles"));
        assertThat(model.totalTextProperty().get())
                .isEqualTo("Takes 54 s: 40 s of moves, plus 3 s to get ready before each step and 5 s to switch sides.");
    }

    @Test
    void aLongerLeadInMakesTheRoutineLonger() {
        interactor.refresh("three-steps", 10);
        assertThat(model.selectedProperty().get().totalText()).isEqualTo("1 min 15 s");
    }

    @Test
    void builtInsCannotBeEditedOrDeleted() {
        interactor.refresh("upper-back-warmup", 3);
        assertThat(model.canChange().get()).isFalse();
        assertThat(model.canStart().get()).isTrue();
    }

    @Test
    void aRefusedImportNamesStepAndFieldAndLeavesTheRoutinesAlone() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"warmup\",\"steps\":[{\"exerciseId\":\"nope\",\"name\":\"N\",\"seconds\":30,\"sides\":1}]}");
        byte[] before = Files.readAllBytes(dir.resolve("routines.json"));
        PickerInteractor.Outcome o = interactor.doImport(bad, "three-steps");
        assertThat(o.kind()).isEqualTo(PickerModel.MessageKind.ERROR);
        assertThat(o.message()).isEqualTo("Import refused. bad.json: step 1 (N): exerciseId 'nope' is not an exercise in the library. "
                + "Nothing was imported.");
        assertThat(Files.readAllBytes(dir.resolve("routines.json"))).isEqualTo(before);
        interactor.changed(o, 3);
        assertThat(model.messageProperty().get()).isEqualTo(o.message());
        assertThat(model.selectedProperty().get().id()).isEqualTo("three-steps");
    }

    @Test
    void anImportWhoseIdIsTakenGetsANewOneAndSaysSo() throws Exception {
        Path file = dir.resolve("again.json");
        interactor.doExport("three-steps", file);
        PickerInteractor.Outcome o = interactor.doImport(file, null);
        assertThat(o.kind()).isEqualTo(PickerModel.MessageKind.INFO);
        assertThat(o.message()).isEqualTo("Imported Three steps. Its id 'three-steps' was taken, so it is now 'three-steps-2'.");
        interactor.changed(o, 3);
        assertThat(model.selectedProperty().get().id()).isEqualTo("three-steps-2");
    }

    @Test
    void duplicatingABuiltInMakesAnEditableCopy() {
        PickerInteractor.Outcome o = interactor.doDuplicate("upper-back-warmup");
        interactor.changed(o, 3);
        assertThat(model.selectedProperty().get().name()).isEqualTo("Upper-back warm-up (copy)");
        assertThat(model.selectedProperty().get().builtin()).isFalse();
        PickerInteractor.Outcome d = interactor.doDelete(model.selectedProperty().get().id());
        interactor.changed(d, 3);
        assertThat(d.message()).isEqualTo("Deleted Upper-back warm-up (copy).");
        assertThat(model.routines()).hasSize(4);
    }
}

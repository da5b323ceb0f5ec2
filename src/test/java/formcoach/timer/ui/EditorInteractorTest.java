package formcoach.timer.ui;

import formcoach.timer.KnownExercises;
import formcoach.timer.RoutineValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditorInteractorTest {
    private final EditorModel model = new EditorModel();
    private final EditorInteractor interactor = new EditorInteractor(model, TimerUiFixture.EXERCISES);

    @BeforeEach
    void open() {
        interactor.setValidator(RoutineValidator.of(KnownExercises.fromAssets()));
        interactor.edit(TimerUiFixture.THREE_STEPS, false);
    }

    @Test
    void aStoredRoutineOpensValidWithItsTotal() {
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.steps()).hasSize(3);
        assertThat(model.totalTextProperty().get()).isEqualTo("Total 54 s (40 s of moves)");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '2',    'a step lasts from 5 seconds to 60 minutes, not 2 seconds'
            '3601', 'a step lasts from 5 seconds to 60 minutes, not 3601 seconds'
            'abc',  'type the step''s length in whole seconds, e.g. 30'
            '',     'type the step''s length in whole seconds, e.g. 30'
            """)
    void badSecondsAreShownBesideTheFieldAndBlockSaving(String typed, String message) {
        model.steps().get(1).seconds.set(typed);
        assertThat(model.steps().get(1).secondsError.get()).isEqualTo(message);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.canSave().get()).isFalse();
        model.steps().get(1).seconds.set("20");
        assertThat(model.steps().get(1).secondsError.get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void sidesOtherThanOneOrTwoAreRefused() {
        model.steps().get(0).sides.set(3);
        assertThat(model.steps().get(0).sidesError.get()).isEqualTo("sides must be 1 or 2, got 3");
    }

    @Test
    void aMissingNameAndAnOverlongRoutineAreRoutineMessages() {
        model.nameProperty().set(" ");
        assertThat(model.nameErrorProperty().get()).isEqualTo("name is required");
        model.nameProperty().set("Long one");
        model.steps().forEach(d -> d.seconds.set("3600"));
        assertThat(model.stepsErrorProperty().get()).startsWith("total time is 4 h;");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void movingAStepKeepsTheOthersInOrderAndTheSelectionOnIt() {
        interactor.select(0);
        interactor.moveSelected(1);
        assertThat(model.steps()).extracting(d -> d.name.get()).containsExactly("Thoracic rotation", "Arm circles", "Cat-cow");
        assertThat(model.selectedIndexProperty().get()).isEqualTo(1);
        interactor.moveSelected(1);
        interactor.moveSelected(1);
        assertThat(model.steps()).extracting(d -> d.name.get()).containsExactly("Thoracic rotation", "Cat-cow", "Arm circles");
        assertThat(model.selectedIndexProperty().get()).isEqualTo(2);
    }

    @Test
    void addedStepsComeAfterTheSelectedOneAndTwoSidedMovesGetTwoSides() {
        interactor.select(0);
        interactor.addStep(TimerUiFixture.EXERCISES.find("doorway-pec-stretch").orElseThrow());
        assertThat(model.steps().get(1).name.get()).isEqualTo("Doorway pec stretch");
        assertThat(model.steps().get(1).sides.get()).as("its tempo says 'each side'").isEqualTo(2);
        assertThat(model.steps().get(1).seconds.get()).isEqualTo("30");
        assertThat(model.selectedIndexProperty().get()).isEqualTo(1);
        interactor.addStep(TimerUiFixture.EXERCISES.find("cat-cow").orElseThrow());
        assertThat(model.steps().get(2).sides.get()).isEqualTo(1);
    }

    @Test
    void theDraftKeepsEmptyOptionalFieldsOut() {
        model.steps().get(0).note.set("  ");
        model.steps().get(0).reps.set("12");
        var r = interactor.draft();
        assertThat(r.steps().get(0).note()).isNull();
        assertThat(r.steps().get(0).reps()).isEqualTo(12);
        assertThat(r.description()).isNull();
    }

    @Test
    void theLibraryFilterMatchesNamesAndKinds() {
        model.filterProperty().set("stretch");
        assertThat(model.library()).isNotEmpty().allSatisfy(e ->
                assertThat(e.name().toLowerCase() + " " + e.category()).contains("stretch"));
        model.filterProperty().set("arm circ");
        assertThat(model.library()).extracting(e -> e.id()).containsExactly("arm-circles");
    }

    @Test
    void aBuiltInOpensReadOnly() {
        interactor.edit(TimerUiFixture.THREE_STEPS, true);
        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("Duplicate");
    }
}

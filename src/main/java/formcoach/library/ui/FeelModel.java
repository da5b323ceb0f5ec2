package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * State of one "where did you feel it?" panel: the lift asked about, the area picked, the answer.
 * The panel reads it through read-only properties and changes it through the commands below.
 */
final class FeelModel {
    private final ReadOnlyObjectWrapper<Exercise> lift = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BodyArea> area = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FeelAnswer> answer = new ReadOnlyObjectWrapper<>();

    ReadOnlyObjectProperty<Exercise> liftProperty() {
        return lift.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BodyArea> areaProperty() {
        return area.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<FeelAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The lift the panel asks about (null for none). */
    void askAbout(Exercise exercise) {
        lift.set(exercise);
    }

    /** The area picked, or null when none is. */
    void pickArea(BodyArea picked) {
        area.set(picked);
    }

    /** The answer for the lift and area, or null. */
    void showAnswer(FeelAnswer a) {
        answer.set(a);
    }
}

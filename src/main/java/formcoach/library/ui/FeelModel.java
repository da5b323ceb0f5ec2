package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of one "where did you feel it?" panel: the lift asked about, the area picked, the answer. */
final class FeelModel {
    private final ObjectProperty<Exercise> lift = new SimpleObjectProperty<>();
    private final ObjectProperty<BodyArea> area = new SimpleObjectProperty<>();
    private final ObjectProperty<FeelAnswer> answer = new SimpleObjectProperty<>();

    ObjectProperty<Exercise> liftProperty() {
        return lift;
    }

    ObjectProperty<BodyArea> areaProperty() {
        return area;
    }

    ObjectProperty<FeelAnswer> answerProperty() {
        return answer;
    }
}

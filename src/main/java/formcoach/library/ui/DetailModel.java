package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Source;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Map;

/** Screen state of one exercise's page. */
final class DetailModel {
    /**
     * Everything the page shows about one exercise.
     *
     * @param regressionNames regression id → that exercise's name, for the links on the fault cards
     * @param feelAvailable   the feel map has answers for this exercise
     * @param twin            our exercise that this imported one is the same movement as, or null
     */
    record Page(Exercise exercise, Map<String, String> regressionNames, boolean feelAvailable, Exercise twin) {
    }

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>();
    private final BooleanProperty favourite = new SimpleBooleanProperty();
    private final BooleanProperty confirmingDelete = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding custom = Bindings.createBooleanBinding(
            () -> page.get() != null && page.get().exercise().source() == Source.CUSTOM, page);

    ObjectProperty<Page> pageProperty() {
        return page;
    }

    Exercise exercise() {
        return page.get() == null ? null : page.get().exercise();
    }

    BooleanProperty favouriteProperty() {
        return favourite;
    }

    BooleanProperty confirmingDeleteProperty() {
        return confirmingDelete;
    }

    StringProperty messageProperty() {
        return message;
    }

    /** One of the person's own exercises: it can be edited and deleted. */
    BooleanBinding customBinding() {
        return custom;
    }
}

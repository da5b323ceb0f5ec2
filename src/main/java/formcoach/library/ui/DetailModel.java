package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Source;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Map;

/** Screen state of one exercise's page: read-only properties for the view, named commands for the interactor and controller. */
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

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper favourite = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper confirmingDelete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding custom = Bindings.createBooleanBinding(
            () -> page.get() != null && page.get().exercise().source() == Source.CUSTOM, page);

    ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    Exercise exercise() {
        return page.get() == null ? null : page.get().exercise();
    }

    ReadOnlyBooleanProperty favouriteProperty() {
        return favourite.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty confirmingDeleteProperty() {
        return confirmingDelete.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One of the person's own exercises: it can be edited and deleted. */
    BooleanBinding customBinding() {
        return custom;
    }

    // ------------------------------------------------------------------ commands (interactor and controller)

    /** A page to show, with its star; any delete question and message go. */
    void show(Page p, boolean isFavourite) {
        confirmingDelete.set(false);
        message.set("");
        favourite.set(isFavourite);
        page.set(p);
    }

    void showFavourite(boolean value) {
        favourite.set(value);
    }

    /** "Delete this exercise?" is on show. */
    void askDelete() {
        confirmingDelete.set(true);
    }

    void dismissDelete() {
        confirmingDelete.set(false);
    }

    /** Why something did not work, or "". */
    void showMessage(String text) {
        message.set(text);
    }
}

package formcoach.library.ui;

import formcoach.library.Category;
import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Muscle;
import formcoach.library.Origin;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Screen state of the browse list: the query, the filters, the rows and what the library is doing.
 * The query, the filter lists and the favourites toggle stay writable: the search field, the filter
 * drop-downs and the toggle edit them both ways. The rest is read-only, changed through the commands below.
 */
final class BrowseModel {
    /** One line of the results. */
    record Row(Exercise exercise, String alsoCalled, boolean favourite) {
    }

    /** A message under the toolbar: what an import or export did. */
    record Banner(boolean error, String title, String detail) {
    }

    // writable: the search field binds to it both ways
    private final StringProperty query = new SimpleStringProperty("");
    // writable: each filter drop-down keeps its checked items and its list in step both ways
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Muscle> muscles = FXCollections.observableArrayList();
    private final ObservableList<Equipment> equipment = FXCollections.observableArrayList();
    private final ObservableList<Fault> faults = FXCollections.observableArrayList();
    private final ObservableList<Origin> origins = FXCollections.observableArrayList();
    // writable: the "Favourites only" toggle binds to it both ways
    private final BooleanProperty favouritesOnly = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("Loading exercises…");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasCustom = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding filtered = Bindings.isNotEmpty(categories).or(Bindings.isNotEmpty(muscles))
            .or(Bindings.isNotEmpty(equipment)).or(Bindings.isNotEmpty(faults)).or(Bindings.isNotEmpty(origins)).or(favouritesOnly);
    private final BooleanBinding actionsEnabled = loaded.and(busy.not());

    StringProperty queryProperty() {
        return query;
    }

    ObservableList<Category> categories() {
        return categories;
    }

    ObservableList<Muscle> muscles() {
        return muscles;
    }

    ObservableList<Equipment> equipment() {
        return equipment;
    }

    ObservableList<Fault> faults() {
        return faults;
    }

    /** The source filter: ours, yours, imported. */
    ObservableList<Origin> origins() {
        return origins;
    }

    BooleanProperty favouritesOnlyProperty() {
        return favouritesOnly;
    }

    ObservableList<Row> rows() {
        return rowsShown;
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasCustomProperty() {
        return hasCustom.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Any filter or the favourites toggle is on. */
    BooleanBinding filteredBinding() {
        return filtered;
    }

    /** Loaded and not in the middle of an import or export. */
    BooleanBinding actionsEnabledBinding() {
        return actionsEnabled;
    }

    // ------------------------------------------------------------------ commands (interactor and controller)

    /** The library is read: the list can fill. */
    void markLoaded() {
        loaded.set(true);
    }

    /** The library could not be read: why, and no count. */
    void showLoadError(String message) {
        loadError.set(message);
        countText.set("No exercises");
    }

    /** The results, their count line, and whether the person has exercises of their own. */
    void showRows(java.util.List<Row> found, String count, boolean anyCustom) {
        rows.setAll(found);
        countText.set(count);
        hasCustom.set(anyCustom);
    }

    /** An import or export began: the actions wait. */
    void startWork() {
        busy.set(true);
    }

    void endWork() {
        busy.set(false);
    }

    /** What an import or export did, or null to close the message. */
    void showBanner(Banner b) {
        banner.set(b);
    }
}

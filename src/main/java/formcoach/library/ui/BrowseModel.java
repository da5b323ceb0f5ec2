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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Screen state of the browse list: the query, the filters, the rows and what the library is doing. */
final class BrowseModel {
    /** One line of the results. */
    record Row(Exercise exercise, String alsoCalled, boolean favourite) {
    }

    /** A message under the toolbar: what an import or export did. */
    record Banner(boolean error, String title, String detail) {
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Muscle> muscles = FXCollections.observableArrayList();
    private final ObservableList<Equipment> equipment = FXCollections.observableArrayList();
    private final ObservableList<Fault> faults = FXCollections.observableArrayList();
    private final ObservableList<Origin> origins = FXCollections.observableArrayList();
    private final BooleanProperty favouritesOnly = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty countText = new SimpleStringProperty("Loading exercises…");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty loadError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty hasCustom = new SimpleBooleanProperty();
    private final ObjectProperty<Banner> banner = new SimpleObjectProperty<>();
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
        return rows;
    }

    StringProperty countTextProperty() {
        return countText;
    }

    BooleanProperty loadedProperty() {
        return loaded;
    }

    StringProperty loadErrorProperty() {
        return loadError;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    BooleanProperty hasCustomProperty() {
        return hasCustom;
    }

    ObjectProperty<Banner> bannerProperty() {
        return banner;
    }

    /** Any filter or the favourites toggle is on. */
    BooleanBinding filteredBinding() {
        return filtered;
    }

    /** Loaded and not in the middle of an import or export. */
    BooleanBinding actionsEnabledBinding() {
        return actionsEnabled;
    }
}

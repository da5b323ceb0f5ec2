package formcoach.library.ui;

import formcoach.library.JsonId;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.List;

/** ControlsFX check-combos over our enums, kept in step with a model list both ways. */
final class CheckCombos {
    private CheckCombos() {
    }

    /**
     * A filter: the title alone when nothing is picked; with picks it reads "Muscle: Rhomboids" or "Muscle: 3 picked".
     */
    static <T extends JsonId> CheckComboBox<T> create(String id, String title, List<T> values, ObservableList<T> picked) {
        CheckComboBox<T> c = plain(id, title, values, picked);
        c.titleProperty().bind(Bindings.createStringBinding(() -> picked.isEmpty() ? title
                : title + ": " + (picked.size() == 1 ? picked.get(0).displayName() : picked.size() + " picked"), picked));
        return c;
    }

    /** A form field: every pick by name ("Barbell, Bench"), or {@code none} when there is none. */
    static <T extends JsonId> CheckComboBox<T> field(String id, String accessibleName, String none, List<T> values,
                                                     ObservableList<T> picked) {
        CheckComboBox<T> c = plain(id, accessibleName, values, picked);
        c.titleProperty().bind(Bindings.createStringBinding(() -> picked.isEmpty() ? none
                : picked.stream().map(JsonId::displayName).collect(java.util.stream.Collectors.joining(", ")), picked));
        return c;
    }

    private static <T extends JsonId> CheckComboBox<T> plain(String id, String title, List<T> values, ObservableList<T> picked) {
        CheckComboBox<T> c = new CheckComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : t.displayName();
            }

            @Override
            public T fromString(String s) {
                return values.stream().filter(v -> v.displayName().equals(s)).findFirst().orElse(null);
            }
        });
        c.setAccessibleText(title);
        boolean[] syncing = {false};
        c.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) ch -> {
            if (!syncing[0]) {
                syncing[0] = true;
                picked.setAll(List.copyOf(c.getCheckModel().getCheckedItems()));
                syncing[0] = false;
            }
        });
        picked.addListener((ListChangeListener<T>) ch -> {
            if (!syncing[0]) {
                syncing[0] = true;
                c.getCheckModel().clearChecks();
                picked.forEach(c.getCheckModel()::check);
                syncing[0] = false;
            }
        });
        picked.forEach(c.getCheckModel()::check);
        return c;
    }
}

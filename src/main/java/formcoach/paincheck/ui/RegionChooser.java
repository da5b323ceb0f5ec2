package formcoach.paincheck.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;

import java.util.List;
import java.util.function.Consumer;

/**
 * "Where you are": a list of countries by name. The choice gives the emergency number, the same-day
 * service and the emergency department's name everywhere in the pain check. Used on the pain
 * check's start page and in the first-run welcome.
 */
public final class RegionChooser {
    private RegionChooser() {
    }

    /**
     * @param code    the region code in settings, kept in step with the list
     * @param names   one line with the region's names ("United Kingdom: emergency number 999 ..."), or null to show none
     * @param choose  saves a picked code (e.g. {@code ctx.updateSettings(s -> s.withRegion(code))})
     */
    public static Node create(List<Regions.Choice> choices, ReadOnlyStringProperty code, ReadOnlyStringProperty names, Consumer<String> choose) {
        Label head = new Label("Where you are");
        head.getStyleClass().add("title-4");
        ComboBox<Regions.Choice> box = comboBox(choices, code, choose);
        Label hint = new Label("Sets the emergency number and services the pain check tells you to use.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox row = new HBox(10, box);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox out = new VBox(6, head, row, hint);
        if (names != null) {
            Label words = new Label();
            words.setId("region-words");
            words.setWrapText(true);
            words.textProperty().bind(names);
            out.getChildren().add(2, words);
        }
        out.getStyleClass().add("number-setting");
        return out;
    }

    /** One line, "Your country, for emergency numbers: [United Kingdom]", for the first-run welcome. */
    public static Node compact(List<Regions.Choice> choices, String code, Consumer<String> choose) {
        Label head = new Label("Your country, for emergency numbers:");
        head.setWrapText(true);
        ComboBox<Regions.Choice> box = comboBox(choices, new javafx.beans.property.SimpleStringProperty(code), choose);
        head.setLabelFor(box);
        HBox row = new HBox(10, head, box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ComboBox<Regions.Choice> comboBox(List<Regions.Choice> choices, ReadOnlyStringProperty code, Consumer<String> choose) {
        ComboBox<Regions.Choice> box = new ComboBox<>();
        box.setId("region-choice");
        box.getItems().setAll(choices);
        box.setVisibleRowCount(14);
        box.setAccessibleText("Your country, for the emergency number and services the pain check names");
        Regions.find(choices, code.get()).ifPresent(box::setValue);
        code.addListener((o, a, c) -> Regions.find(choices, c).ifPresent(ch -> {
            if (box.getValue() != ch) {
                box.setValue(ch);
            }
        }));
        box.valueProperty().addListener((o, a, ch) -> {
            if (ch != null && !ch.code().equals(code.get())) {
                choose.accept(ch.code());
            }
        });
        return box;
    }
}

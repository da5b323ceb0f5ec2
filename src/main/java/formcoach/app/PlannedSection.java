package formcoach.app;

import formcoach.ui.Section;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A section whose feature has not landed yet: it says what it will do and does not pretend to work.
 */
final class PlannedSection implements Section {
    private final String id;
    private final String title;
    private final String icon;
    private final KeyCode key;
    private final String text;

    PlannedSection(String id, String title, String icon, KeyCode key, String text) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.key = key;
        this.text = text;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public KeyCode shortcut() {
        return key;
    }

    @Override
    public Node view() {
        Label h = new Label(title);
        h.getStyleClass().add("title-1");
        Label t = new Label(text);
        t.setWrapText(true);
        Label s = new Label("Not available in this version yet.");
        s.getStyleClass().add("text-muted");
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("planned-icon");
        VBox box = new VBox(12, i, h, t, s);
        box.setPadding(new Insets(40));
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(720);
        return box;
    }
}

package formcoach.timer.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** Small helpers shared by the timer's view builders. */
final class Views {
    private Views() {
    }

    /** Shown and laid out only while {@code when} holds. */
    static <T extends Node> T showWhen(T node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
        return node;
    }

    /** Shown only while the text is not empty. */
    static Label label(ObservableStringValue text, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styleClasses);
        showWhen(l, Bindings.isNotEmpty(text));
        return l;
    }

    static Label text(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /**
     * Binds a label's font to {@code base × scale}, never below {@code min}: the timer screen grows
     * its text with the window. A bound font is left alone by CSS, so only colours come from the
     * stylesheet.
     */
    static void scaledFont(Labeled l, DoubleBinding scale, double base, double min, FontWeight weight) {
        l.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(Font.getDefault().getFamily(), weight, Math.max(min, Math.round(base * scale.get()))),
                scale));
    }
}

package formcoach.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Giving the keyboard to a node after a switch (a section, a page, a draft) that a key drove. The
 * focus is given at once, never with {@code Platform.runLater}: in the real window the keys a person
 * typed right after the switch key may already be queued ahead of anything run later, and would go
 * to the node that had the focus before the switch.
 */
public final class Focus {
    private Focus() {
    }

    /** Runs {@code focus} now when {@code node} is in a scene, else as soon as it is put into one. */
    public static void whenInScene(Node node, Runnable focus) {
        if (node.getScene() != null) {
            focus.run();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    focus.run();
                }
            }
        });
    }
}

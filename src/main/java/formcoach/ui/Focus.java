package formcoach.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;

/**
 * Giving the keyboard to a node after a switch (a section, a page, a draft) that a key drove. The
 * focus is given at once, never with {@code Platform.runLater}: in the real window the keys a person
 * typed right after the switch key may already be queued ahead of anything run later, and would go
 * to the node that had the focus before the switch.
 */
public final class Focus {
    private Focus() {
    }

    /**
     * Gives {@code target} on {@code page} the keyboard now, or as soon as the page is put into a scene.
     * A CSS pass over the page comes first when the target is not ready for keys: a scroll pane's
     * content joins the scene only once the pane's skin is made, and a control ignores typed keys until
     * it has its own skin; both are otherwise made at the next pulse, after the queued keys.
     */
    public static void now(Parent page, Node target) {
        whenInScene(page, () -> {
            if (target.getScene() == null || target instanceof Control c && c.getSkin() == null) {
                page.applyCss();
            }
            // still out of the scene when the page has only just been put into one: as soon as it is in
            whenInScene(target, target::requestFocus);
        });
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

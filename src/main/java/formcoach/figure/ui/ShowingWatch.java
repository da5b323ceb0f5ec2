package formcoach.figure.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a node can be seen: it and every parent are visible, it is in a scene, and that scene's
 * window is showing and not minimised. Follows changes of any of these (a section switch removes a
 * view from the scene, a card or step hides its box, the window is minimised) by listening along
 * the node's current chain of parents; the chain is walked again only when it changes.
 */
final class ShowingWatch {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final List<ObservableValue<?>> watched = new ArrayList<>();
    private final InvalidationListener changed = o -> rewatch();

    ShowingWatch(Node node) {
        this.node = node;
        rewatch();
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    boolean isShowing() {
        return showing.get();
    }

    private void watch(ObservableValue<?> v) {
        v.addListener(changed);
        watched.add(v);
    }

    private void rewatch() {
        for (ObservableValue<?> v : watched) {
            v.removeListener(changed);
        }
        watched.clear();
        boolean seen = true;
        for (Node n = node; n != null; n = n.getParent()) {
            watch(n.visibleProperty());
            watch(n.parentProperty());
            seen &= n.isVisible();
        }
        watch(node.sceneProperty());
        Scene scene = node.getScene();
        if (scene == null) {
            seen = false;
        } else {
            watch(scene.windowProperty());
            watch(scene.rootProperty());
            Window w = scene.getWindow();
            if (w == null) {
                seen = false;
            } else {
                watch(w.showingProperty());
                seen &= w.isShowing();
                if (w instanceof Stage s) {
                    watch(s.iconifiedProperty());
                    seen &= !s.isIconified();
                }
            }
            Parent root = scene.getRoot();
            Node top = node;
            while (top.getParent() != null) {
                top = top.getParent();
            }
            seen &= top == root;
        }
        showing.set(seen);
    }
}

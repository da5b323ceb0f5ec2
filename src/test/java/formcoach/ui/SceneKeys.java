package formcoach.ui;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Locale;

/**
 * Key strokes delivered the way a scene delivers them (to its focus owner of the moment, else to the
 * scene), on the FX thread and all in one turn of it. For scenes no robot can type into (larger than
 * the headless screen) and for keys that arrive before anything queued with runLater has run.
 */
public final class SceneKeys {
    private SceneKeys() {
    }

    /** Pressed, typed (for keys with a character) and released, one key after the other. Call on the FX thread. */
    public static void type(Scene scene, KeyCode... codes) {
        for (KeyCode c : codes) {
            stroke(scene, c, false);
        }
    }

    /** One key with Ctrl (the shortcut key here) held. */
    public static void ctrl(Scene scene, KeyCode code) {
        stroke(scene, code, true);
    }

    private static void stroke(Scene scene, KeyCode code, boolean control) {
        String ch = code.isLetterKey() || code.isDigitKey() ? code.getChar().toLowerCase(Locale.ROOT) : "";
        for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_TYPED, KeyEvent.KEY_RELEASED)) {
            boolean typed = type == KeyEvent.KEY_TYPED;
            if (typed && ch.isEmpty()) {
                continue;
            }
            KeyEvent e = new KeyEvent(type, typed ? ch : "", typed ? "" : ch, typed ? KeyCode.UNDEFINED : code,
                    false, control, false, false);
            Node target = scene.getFocusOwner();
            Event.fireEvent(target != null && target.getScene() == scene ? target : scene, e);
        }
    }
}

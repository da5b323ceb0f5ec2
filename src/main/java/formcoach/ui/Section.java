package formcoach.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;

/**
 * One of the four places on the navigation rail. The view is built the first time the section is
 * shown, so start-up only pays for the section a person actually opens.
 */
public interface Section {
    /** Stable id, used in tests and for remembering the last section. */
    String id();

    String title();

    /** Ikonli icon literal for the rail. */
    String icon();

    /** The digit of its Ctrl+N shortcut. */
    KeyCode shortcut();

    Node view();

    /** Called each time the section comes to the front (e.g. to refresh lists or take focus). */
    default void shown() {
    }

    /**
     * Opens something inside the section, after it has been shown: an exercise id for the library,
     * a routine id for the timer, "start" for the pain check. Unknown targets are ignored.
     */
    default void open(String target) {
    }
}

package formcoach.ui;

import javafx.scene.Node;

/**
 * One of the places on the navigation rail. The view is built the first time the section is shown,
 * so start-up only pays for the section a person actually opens. Its title, icon and shortcut are not
 * the section's own: the app shell keeps them, once, by the section's id.
 */
public interface Section {
    /** Stable id, used in tests and for remembering the last section; the shell looks its title, icon and shortcut up by it. */
    String id();

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

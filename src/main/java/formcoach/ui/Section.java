package formcoach.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;

/**
 * One of the places on the navigation rail. The view is built the first time the section is shown,
 * so start-up only pays for the section a person actually opens. Its title, icon and shortcut are not
 * the section's own: the app shell keeps them, once, by the section's id.
 */
public interface Section {
    /** Stable id, used in tests and for remembering the last section; the shell looks its title, icon and shortcut up by it. */
    String id();

    /** Not read by anything: the shell's entry for {@link #id()} gives the title. Left until the last override goes. */
    @Deprecated(forRemoval = true)
    default String title() {
        return null;
    }

    /** Not read by anything: the shell's entry for {@link #id()} gives the icon. Left until the last override goes. */
    @Deprecated(forRemoval = true)
    default String icon() {
        return null;
    }

    /** Not read by anything: the shell's entry for {@link #id()} gives the shortcut. Left until the last override goes. */
    @Deprecated(forRemoval = true)
    default KeyCode shortcut() {
        return null;
    }

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

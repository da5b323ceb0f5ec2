package formcoach.app;

import javafx.scene.input.KeyCode;

import java.util.Arrays;
import java.util.Optional;

/**
 * Each section's place in the shell, written once: its id, the title on the rail, its icon and its
 * Ctrl+digit shortcut. The rail, its tooltips, the keyboard shortcuts and the key list in About all
 * read them from here (and a test holds the README's keyboard table to them).
 */
public enum SectionEntry {
    LIBRARY("library", "Library", "mdi2d-dumbbell", KeyCode.DIGIT1),
    TIMER("timer", "Warm-up & cool-down", "mdi2t-timer-outline", KeyCode.DIGIT2),
    PAIN_CHECK("paincheck", "Pain check", "mdi2m-medical-bag", KeyCode.DIGIT3),
    HISTORY("history", "History", "mdi2h-history", KeyCode.DIGIT4),
    LOG("log", "Training log", "mdi2n-notebook-outline", KeyCode.DIGIT5),
    VIDEO("video", "Video", "mdi2v-video-outline", KeyCode.DIGIT6);

    private final String id;
    private final String title;
    private final String icon;
    private final KeyCode digit;

    SectionEntry(String id, String title, String icon, KeyCode digit) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.digit = digit;
    }

    /** The section's stable id (the one its {@link formcoach.ui.Section#id()} gives). */
    public String id() {
        return id;
    }

    /** The words on the rail. */
    public String title() {
        return title;
    }

    /** The Ikonli icon literal on the rail. */
    public String icon() {
        return icon;
    }

    /** The digit of its Ctrl+digit shortcut. */
    public KeyCode digit() {
        return digit;
    }

    /** The shortcut as a person reads it: "Ctrl+1". */
    public String shortcutText() {
        return "Ctrl+" + digit.getName();
    }

    /** The entry with this id, if there is one. */
    public static Optional<SectionEntry> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }

    /** The entry with this id; an id no entry has is a programming error. */
    static SectionEntry of(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no section entry has the id '" + id + "'"));
    }
}

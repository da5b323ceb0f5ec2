package formcoach.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Text that may not fit: it ends with "…" on screen, shows whole in a tooltip while it is cut, and
 * is always read whole by screen readers (the accessible text is the full text, never the cut one).
 */
public final class FullText {
    private static final String KEY = FullText.class.getName();

    private FullText() {
    }

    /** Installs the behaviour on {@code l}; calling it again does nothing. */
    public static <T extends Labeled> T install(T l) {
        if (l.getProperties().containsKey(KEY)) {
            return l;
        }
        l.getProperties().put(KEY, Boolean.TRUE);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setEllipsisString("\u2026");
        l.accessibleTextProperty().bind(l.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(l.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        // after each layout pass: a tooltip only while the text on screen is not the whole text
        l.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                update(l, tip);
                // the drawn text is set while the label lays out its children: look again once that is over
                javafx.application.Platform.runLater(() -> update(l, tip));
            }
        });
        l.textProperty().addListener((o, a, b) -> update(l, tip));
        l.widthProperty().addListener((o, a, b) -> update(l, tip));
        return l;
    }

    /** The text as drawn (with its "…" when cut), or null before the label has been laid out. */
    public static String shown(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    /** True when the label shows less than its whole text. */
    public static boolean isCut(Labeled l) {
        String shown = shown(l);
        String full = l.getText();
        return shown != null && full != null && !full.isEmpty() && !shown.equals(full);
    }

    private static void update(Labeled l, Tooltip tip) {
        boolean cut = isCut(l);
        if (cut && l.getTooltip() != tip) {
            l.setTooltip(tip);
        } else if (!cut && l.getTooltip() == tip) {
            l.setTooltip(null);
        }
    }
}

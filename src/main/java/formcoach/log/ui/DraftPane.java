package formcoach.log.ui;

import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.SessionDraft;
import formcoach.log.SetSyntax;
import formcoach.log.SetSyntaxException;
import formcoach.ui.Focus;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The day's session offered by "before you lift" or the timer, over the Today tab until the person
 * saves or discards it: a plan's lifts each with a field for its sets (empty, ready to type), a timer
 * routine's steps as they were done. Nothing is stored until "Save session" (Ctrl+Enter); Esc
 * discards it. A lift the log suggests going lighter on says so under its field.
 */
final class DraftPane {
    static final String ID = "log-draft";
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final LogModel model;
    private final LogActions actions;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label sub = new Label();
    private final VBox rows = new VBox(10);
    private final Label note = new Label();
    private final Label message = new Label();
    private final List<TextField> fields = new ArrayList<>();
    /** The draft the fields were made for (null when closed). */
    private SessionDraft filledFrom;
    private Button save;
    private Function<String, Optional<String>> hint = id -> Optional.empty();
    private SessionDraft draft;

    DraftPane(LogModel model, LogActions actions) {
        this.model = model;
        this.actions = actions;
        build();
    }

    Node view() {
        return root;
    }

    boolean showing() {
        return draft != null;
    }

    SessionDraft draft() {
        return draft;
    }

    /** What to say under a lift's field (the one-exercise deload), by library id. */
    void setHint(Function<String, Optional<String>> h) {
        hint = h;
        if (draft != null) {
            fill();
        }
    }

    private void build() {
        root.setId(ID);
        root.setPadding(new Insets(16));
        root.setStyle("-fx-background-color: -color-bg-default;");
        root.setVisible(false);
        title.setId("log-draft-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        sub.setWrapText(true);
        sub.setMinHeight(Region.USE_PREF_SIZE);
        sub.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("log-draft-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("text-bold");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        save = new Button("Save session (Ctrl+Enter)", new FontIcon("mdi2c-content-save-outline"));
        save.setId("log-draft-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> save());
        Button discard = new Button("Discard (Esc)", new FontIcon("mdi2c-close"));
        discard.setId("log-draft-discard");
        discard.setMinWidth(Region.USE_PREF_SIZE);
        discard.setOnAction(e -> discard());
        FlowPane buttons = new FlowPane(10, 10, save, discard);
        // Save and Discard under the title: in a small window the list of lifts scrolls, the buttons stay in view
        root.getChildren().addAll(title, sub, note, buttons, message, scroll);
        root.setMinHeight(0);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (draft == null) {
                return;
            }
            if (SAVE.match(e)) {
                save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                discard();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextField tf) {
                int i = fields.indexOf(tf);
                if (i >= 0 && i + 1 < fields.size()) {
                    fields.get(i + 1).requestFocus();
                } else {
                    save.requestFocus();
                }
                e.consume();
            }
        });
    }

    void open(SessionDraft d) {
        draft = d;
        message.setText("");
        fill();
        root.setVisible(true);
        // at once, not later: keys typed right after the one that offered the session may already be queued
        focus();
    }

    void focus() {
        if (draft != null) {
            Focus.now(root, fields.isEmpty() ? save : fields.get(0));
        }
    }

    private void fill() {
        // what was typed, by lift: a refill of the same draft keeps it all; a new draft offered over
        // an open one keeps it for the lifts both share and says which it could not keep
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> typedNames = new java.util.LinkedHashMap<>();
        if (filledFrom != null && SessionDraft.PLAN.equals(filledFrom.origin())) {
            List<String> keys = lineKeys(filledFrom);
            for (int i = 0; i < Math.min(keys.size(), fields.size()); i++) {
                if (!fields.get(i).getText().isBlank()) {
                    typed.put(keys.get(i), fields.get(i).getText());
                    typedNames.put(keys.get(i), filledFrom.lines().get(i).name());
                }
            }
        }
        boolean sameDraft = filledFrom == draft;
        TextField had = fields.stream().filter(Node::isFocused).findFirst().orElse(null);
        int at = sameDraft ? fields.indexOf(had) : -1;
        List<String> keys = lineKeys(draft);
        fields.clear();
        rows.getChildren().clear();
        boolean plan = SessionDraft.PLAN.equals(draft.origin());
        title.setText("Log this session: " + draft.title());
        sub.setText(draft.start().format(WHEN) + (plan ? " · from before you lift: " + SetSyntax.HELP
                + ". A lift left empty is left out." : " · from the timer: its steps as warm-up sets, so they do not count as working sets.")
                + " Nothing is saved until you press Save.");
        note.setText(draft.note());
        note.setVisible(!draft.note().isEmpty());
        note.setManaged(!draft.note().isEmpty());
        for (int i = 0; i < draft.lines().size(); i++) {
            SessionDraft.Line l = draft.lines().get(i);
            Label name = new Label(l.name());
            name.getStyleClass().add("text-bold");
            name.setMinWidth(Region.USE_PREF_SIZE);
            VBox row = new VBox(4, name);
            if (plan) {
                TextField f = new TextField(typed.getOrDefault(keys.get(i), ""));
                f.setId("log-draft-sets-" + i);
                f.setPromptText("Sets, e.g. 3x8x60 or 8x60, 8x60, 6x60 — Enter: next lift");
                f.setAccessibleText("Sets of " + l.name());
                fields.add(f);
                row.getChildren().add(f);
            } else {
                Label what = new Label(describe(l.sets()));
                what.getStyleClass().add("text-muted");
                row.getChildren().add(what);
            }
            Optional<String> h = l.exerciseId() == null ? Optional.empty() : hint.apply(l.exerciseId());
            h.ifPresent(text -> {
                Label hintLabel = new Label(text, new FontIcon("mdi2f-feather"));
                hintLabel.setId("log-draft-hint-" + l.exerciseId());
                hintLabel.setWrapText(true);
                hintLabel.setMinHeight(Region.USE_PREF_SIZE);
                hintLabel.getStyleClass().add("warning");
                row.getChildren().add(hintLabel);
            });
            row.setAlignment(Pos.TOP_LEFT);
            rows.getChildren().add(row);
        }
        if (at >= 0 && at < fields.size()) {
            // refilled under the person's hands (the deload's line arrived): the keyboard stays on the same lift
            Focus.now(root, fields.get(at));
            fields.get(at).positionCaret(had.getCaretPosition());
        }
        if (!sameDraft) {
            typedNames.keySet().removeAll(plan ? keys : List.of());
            if (!typedNames.isEmpty()) {
                message.setText("The sets typed for " + String.join(", ", typedNames.values())
                        + " were not kept: " + (typedNames.size() == 1 ? "that lift is" : "those lifts are")
                        + " not in this session.");
            }
        }
        filledFrom = draft;
    }

    /** Each line's lift (its library id, or its name), numbered when a lift comes twice. */
    private static List<String> lineKeys(SessionDraft d) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<String> keys = new ArrayList<>();
        for (SessionDraft.Line l : d.lines()) {
            String key = l.exerciseId() != null ? "id:" + l.exerciseId() : "name:" + l.name();
            keys.add(key + "#" + seen.merge(key, 1, Integer::sum));
        }
        return keys;
    }

    static String describe(List<LoggedSet> sets) {
        if (sets.isEmpty()) {
            return "";
        }
        LoggedSet s = sets.get(0);
        String each = (s.reps() > 0 ? s.reps() + " reps, " : "") + (s.seconds() == null ? "" : s.seconds() + " s");
        return (sets.size() > 1 ? sets.size() + " sides × " : "") + each + " · warm-up";
    }

    void save() {
        if (draft == null) {
            return;
        }
        if (model.book() == null) {
            message.setText("The training log is still loading; press Save again in a moment.");
            return;
        }
        List<List<LoggedSet>> entered = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            if (!SessionDraft.PLAN.equals(draft.origin())) {
                entered.add(null);
                continue;
            }
            TextField f = fields.get(i);
            if (f.getText().isBlank()) {
                entered.add(null);
                continue;
            }
            try {
                entered.add(SetSyntax.parse(f.getText(), model.book().settings().unit()));
            } catch (SetSyntaxException ex) {
                message.setText(draft.lines().get(i).name() + ": " + ex.getMessage());
                f.requestFocus();
                return;
            }
        }
        Session session;
        try {
            session = draft.toSession(entered);
        } catch (IllegalArgumentException ex) {
            message.setText("Nothing saved yet: " + ex.getMessage() + ".");
            if (!fields.isEmpty()) {
                fields.get(0).requestFocus();
            }
            return;
        }
        SessionDraft saving = draft;
        actions.run(b -> b.log().save(session), saved -> {
            model.undo().push(new LogModel.Undo("logged " + saved.title(), saved.id(), Optional.empty()));
            model.showDay(saved.date());
            int left = (int) saving.lines().size() - saved.exercises().size();
            model.showMessage("Saved: " + saved.title() + ", " + saved.setCount() + (saved.setCount() == 1 ? " set" : " sets")
                    + (left > 0 ? " (" + left + (left == 1 ? " lift" : " lifts") + " without sets left out)" : "") + ". Ctrl+Z undoes it.");
            close();
        }, msg -> message.setText(msg));
    }

    void discard() {
        if (draft != null) {
            model.showMessage("The session was not logged.");
        }
        close();
    }

    private void close() {
        draft = null;
        filledFrom = null;
        fields.clear();
        rows.getChildren().clear();
        root.setVisible(false);
    }
}

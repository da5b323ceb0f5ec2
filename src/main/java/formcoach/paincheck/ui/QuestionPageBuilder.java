package formcoach.paincheck.ui;

import formcoach.paincheck.ui.PainCheckModel.AnswerKind;
import formcoach.paincheck.ui.PainCheckModel.ItemView;
import formcoach.paincheck.ui.PainCheckModel.Option;
import formcoach.paincheck.ui.PainCheckModel.PageView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static formcoach.paincheck.ui.PainCheckViewBuilder.column;
import static formcoach.paincheck.ui.PainCheckViewBuilder.icon;
import static formcoach.paincheck.ui.PainCheckViewBuilder.isBack;
import static formcoach.paincheck.ui.PainCheckViewBuilder.navRow;
import static formcoach.paincheck.ui.PainCheckViewBuilder.scroll;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/**
 * One page of questions: a group of serious signs (each Yes / No / Not sure, or None of these) or a
 * short page about the pain. Nothing is chosen for the person: an answer button is only lit when the
 * model says that item is answered (or carried over, marked "Last time").
 *
 * <p>Keys: Y yes, N no, U not sure (serious signs), 0 none of these, 1-9 pick an answer, 0-9 on the
 * pain scale, Space the focused button, ↑/↓ another item, Enter goes on (never answers), Backspace or Alt+← back,
 * W why we ask. Focus moves to the next unanswered item after each answer, then to Next.
 */
final class QuestionPageBuilder implements Builder<Node> {
    private final PainCheckModel model;
    private final PainCheckViewBuilder.Actions actions;
    private PageView view;
    private final Map<String, ItemNodes> items = new LinkedHashMap<>();
    private Button next;
    private Label lastTime;
    private Node root;

    /** The nodes of one item, kept so an answer updates them in place. */
    private static final class ItemNodes {
        ItemView item;
        VBox box;
        final List<ToggleButton> buttons = new ArrayList<>();
        Label note;
        Label badge;
        Label why;
        Label scaleWords;
        TextField typed;
    }

    QuestionPageBuilder(PainCheckModel model, PainCheckViewBuilder.Actions actions, PageView view) {
        this.model = model;
        this.actions = actions;
        this.view = view;
    }

    @Override
    public Node build() {
        VBox col = column("question-page");
        col.getStyleClass().addAll("question-page", view.redFlags() ? "red-flag-page" : "pattern-page");
        col.getChildren().add(createTop());
        Label title = new Label(view.redFlags() ? view.title() : view.title().toUpperCase(Locale.ROOT));
        title.setId("page-title");
        title.getStyleClass().add(view.redFlags() ? "page-title" : "question-section");
        title.setWrapText(true);
        col.getChildren().add(title);
        if (!view.intro().isEmpty()) {
            Label intro = wrap(view.intro());
            intro.setId("page-intro");
            intro.getStyleClass().add("page-intro");
            col.getChildren().add(intro);
        }
        if (!view.callLine().isEmpty()) {
            Label call = wrap(view.callLine());
            call.setId("page-call-line");
            HBox box = new HBox(10, icon("mdi2p-phone-alert"), call);
            HBox.setHgrow(call, Priority.ALWAYS);
            box.getStyleClass().add("call-line");
            col.getChildren().add(box);
        }
        lastTime = wrap(view.lastTime());
        lastTime.setId("last-time-line");
        HBox lastBox = new HBox(10, icon("mdi2h-history"), lastTime);
        HBox.setHgrow(lastTime, Priority.ALWAYS);
        lastBox.getStyleClass().add("question-context");
        lastBox.managedProperty().bind(lastTime.textProperty().isNotEmpty());
        lastBox.visibleProperty().bind(lastBox.managedProperty());
        col.getChildren().add(lastBox);

        VBox list = new VBox(view.redFlags() || view.items().size() > 1 ? 4 : 12);
        list.setId("page-items");
        list.getStyleClass().add(view.redFlags() ? "flag-list" : "item-list");
        for (ItemView item : view.items()) {
            ItemNodes n = new ItemNodes();
            n.item = item;
            items.put(item.id(), n);
            list.getChildren().add(item.kind() == AnswerKind.RED_FLAG || item.kind() == AnswerKind.YES_NO && view.items().size() > 1
                    ? createRow(n) : createBlock(n));
        }
        col.getChildren().add(list);
        if (view.redFlags()) {
            Button none = new Button(view.noneOfThese());
            none.setId("none-of-these");
            none.getStyleClass().add("none-of-these");
            Label key = new Label("0");
            key.getStyleClass().add("key-badge");
            none.setGraphic(key);
            none.setOnAction(e -> act(actions.noneOfThese()));
            col.getChildren().add(none);
        }

        Button back = new Button("Back");
        back.setId("question-back");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.setOnAction(e -> actions.back().run());
        next = new Button("Next");
        next.setId("question-next");
        next.getStyleClass().add("accent");
        next.setGraphic(new FontIcon("mdi2a-arrow-right"));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setOnAction(e -> actions.next().run());
        Label keys = new Label(keyHint());
        keys.getStyleClass().addAll("text-muted", "key-hint");
        keys.setWrapText(true);
        col.getChildren().addAll(navRow(back, next), keys);
        update(view);
        root = scroll(col);
        return root;
    }

    private Node createTop() {
        ProgressBar bar = new ProgressBar(view.count() == 0 ? 0 : view.number() / (double) view.count());
        bar.setId("question-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label count = new Label("Page " + view.number() + " of " + view.count());
        count.setId("question-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink change = new Hyperlink("Change an earlier answer");
        change.setId("change-answer");
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.setOnAction(e -> actions.openSummary().run());
        HBox top = new HBox(12, count, bar, change);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    /** A sign or a yes/no item in one row: its words, then the answer buttons. */
    private Node createRow(ItemNodes n) {
        ItemView item = n.item;
        Label text = wrap(item.text());
        text.getStyleClass().add("flag-text");
        text.setId("item-text-" + item.id());
        HBox.setHgrow(text, Priority.ALWAYS);
        n.badge = badge();
        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        for (Option o : item.options()) {
            ToggleButton b = option(n, o);
            b.getStyleClass().add("flag-answer");
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(b);
        }
        Hyperlink why = whyLink(n);
        HBox row = new HBox(10, text, n.badge, buttons, why);
        row.setAlignment(Pos.CENTER_LEFT);
        n.note = wrap("");
        n.note.setId("note-" + item.id());
        n.note.getStyleClass().add("not-sure-note");
        n.note.managedProperty().bind(n.note.textProperty().isNotEmpty());
        n.note.visibleProperty().bind(n.note.managedProperty());
        n.box = new VBox(4, row, n.note, n.why);
        n.box.setId("item-" + item.id());
        n.box.getStyleClass().add("flag-item");
        return n.box;
    }

    /** A question with its own list of answers (a word, hours, days, the area) or the pain scale. */
    private Node createBlock(ItemNodes n) {
        ItemView item = n.item;
        Label text = wrap(item.text());
        text.setId("item-text-" + item.id());
        text.getStyleClass().add(view.items().size() > 1 ? "item-text" : "question-text");
        n.badge = badge();
        HBox head = new HBox(10, text, n.badge);
        HBox.setHgrow(text, Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        Hyperlink why = whyLink(n);
        n.box = new VBox(8, head, why, n.why);
        n.box.setId("item-" + item.id());
        n.box.getStyleClass().add("question-item");
        if (!item.context().isEmpty()) {
            Label ctx = wrap(item.context());
            ctx.setId("question-context");
            HBox box = new HBox(10, icon("mdi2i-information-outline"), ctx);
            HBox.setHgrow(ctx, Priority.ALWAYS);
            box.getStyleClass().add("question-context");
            n.box.getChildren().add(box);
        }
        switch (item.kind()) {
            case SCALE -> n.box.getChildren().add(createScale(n));
            case YES_NO -> {
                HBox row = new HBox(14);
                for (Option o : item.options()) {
                    ToggleButton b = option(n, o);
                    b.setPrefWidth(180);
                    row.getChildren().add(b);
                }
                n.box.getChildren().add(row);
            }
            default -> {
                VBox list = new VBox(8);
                list.getStyleClass().add("option-list");
                for (Option o : item.options()) {
                    ToggleButton b = option(n, o);
                    b.setMaxWidth(Double.MAX_VALUE);
                    list.getChildren().add(b);
                }
                n.box.getChildren().add(list);
                if (item.kind() == AnswerKind.HOURS || item.kind() == AnswerKind.DAYS) {
                    n.box.getChildren().add(createTypedNumber(n));
                }
            }
        }
        return n.box;
    }

    private static Label badge() {
        Label l = new Label("Last time");
        l.getStyleClass().add("last-time-badge");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(new Tooltip("Your answer from your last check. Keep it, or change it if it is different now."));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Hyperlink whyLink(ItemNodes n) {
        n.why = wrap(n.item.why());
        n.why.getStyleClass().add("why-text");
        n.why.setId("why-" + n.item.id());
        n.why.setVisible(false);
        n.why.managedProperty().bind(n.why.visibleProperty());
        Hyperlink why = new Hyperlink(n.item.kind() == AnswerKind.RED_FLAG || n.item.kind() == AnswerKind.YES_NO && view.items().size() > 1
                ? "" : "Why we ask");
        why.setId("why-toggle-" + n.item.id());
        why.setGraphic(new FontIcon("mdi2h-help-circle-outline"));
        why.setAccessibleText("Why we ask");
        why.setTooltip(new Tooltip("Why we ask"));
        why.setFocusTraversable(false);
        why.setOnAction(e -> n.why.setVisible(!n.why.isVisible()));
        return why;
    }

    private Node createTypedNumber(ItemNodes n) {
        Label other = new Label("Another number:");
        TextField field = new TextField();
        field.setId("typed-number-" + n.item.id());
        field.setPrefColumnCount(5);
        field.setMaxWidth(100);
        field.setAccessibleText("Another number of " + n.item.unit());
        Label unit = new Label(n.item.unit());
        Button use = new Button("Use");
        use.setId("typed-number-use-" + n.item.id());
        use.setOnAction(e -> typed(n, field.getText()));
        field.setOnAction(e -> typed(n, field.getText()));
        HBox row = new HBox(8, other, field, unit, use);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("typed-number");
        n.typed = field;
        return row;
    }

    private void typed(ItemNodes n, String text) {
        actions.typedNumber().accept(n.item.id(), text);
        afterAnswer(n.item.id());
    }

    private Node createScale(ItemNodes n) {
        ItemView q = n.item;
        // one grid for the numbers and the bands under them, so each band lines up with its numbers
        GridPane row = new GridPane();
        row.getStyleClass().add("scale-row");
        row.setHgap(6);
        row.setVgap(6);
        row.setMaxWidth(760);
        for (int c = 0; c < q.options().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / q.options().size());
            row.getColumnConstraints().add(cc);
            ToggleButton b = option(n, q.options().get(c));
            b.getStyleClass().add("scale-button");
            b.setGraphic(null);
            b.setMinWidth(36);
            b.setMaxWidth(Double.MAX_VALUE);
            row.add(b, c, 0);
        }
        int band = 1;
        for (int from = 0; from < q.scale().size(); ) {
            int to = from;
            while (to + 1 < q.scale().size() && q.scale().get(to + 1).equals(q.scale().get(from))) {
                to++;
            }
            String words = q.scale().get(from);
            if (from == 0 && to == 0) {
                // "no pain" does not fit over one number; the line below the scale says it
                from = to + 1;
                continue;
            }
            Label l = new Label(words.contains(":") ? words.substring(0, words.indexOf(':')) : words);
            l.getStyleClass().addAll("scale-band", "scale-band-" + Math.min(3, band++));
            l.setMaxWidth(Double.MAX_VALUE);
            l.setTooltip(new Tooltip(words));
            row.add(l, from, 1, to - from + 1, 1);
            from = to + 1;
        }
        Label ends = new Label("0 = no pain \u00b7 10 = the worst you can imagine");
        ends.getStyleClass().add("text-muted");
        n.scaleWords = new Label();
        n.scaleWords.setId("scale-words");
        n.scaleWords.getStyleClass().add("scale-words");
        n.scaleWords.setWrapText(true);
        n.scaleWords.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(10, row, ends, n.scaleWords);
    }

    /** An answer button: a click answers its item at once; the model decides which button is lit. */
    private ToggleButton option(ItemNodes n, Option o) {
        ToggleButton b = new ToggleButton(o.label());
        b.setUserData(o.value());
        b.getStyleClass().add("answer-option");
        if (o.value() == formcoach.paincheck.QuestionnaireSession.Answer.NOT_SURE) {
            b.getStyleClass().add("not-sure-option");
        }
        b.setId("answer-" + n.item.id() + "-" + String.valueOf(o.value()).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        b.setWrapText(true);
        b.setAlignment(n.item.kind() == AnswerKind.CHOICE || n.item.kind() == AnswerKind.AREA || n.item.kind() == AnswerKind.HOURS
                || n.item.kind() == AnswerKind.DAYS ? Pos.CENTER_LEFT : Pos.CENTER);
        if (!o.key().isEmpty() && n.item.kind() != AnswerKind.SCALE) {
            Label key = new Label(o.key());
            key.getStyleClass().add("key-badge");
            b.setGraphic(key);
        }
        b.setAccessibleText(n.item.text() + ": " + o.label());
        b.setOnAction(e -> {
            actions.answer().accept(n.item.id(), o.value());
            afterAnswer(n.item.id());
        });
        n.buttons.add(b);
        return b;
    }

    // ------------------------------------------------------------------ updating in place

    /** True when {@code v} is this page with the same items and answer buttons, so it can be updated in place. */
    boolean shows(PageView v) {
        if (!v.id().equals(view.id()) || v.items().size() != view.items().size()) {
            return false;
        }
        for (int i = 0; i < v.items().size(); i++) {
            ItemView a = v.items().get(i);
            ItemView b = view.items().get(i);
            if (!a.id().equals(b.id()) || !a.options().equals(b.options()) || !a.context().equals(b.context())) {
                return false;
            }
        }
        return true;
    }

    /** Lights the answered buttons, the "Last time" marks and "Not sure" notes, and enables Next when every item is answered. */
    void update(PageView v) {
        view = v;
        for (ItemView item : v.items()) {
            ItemNodes n = items.get(item.id());
            n.item = item;
            for (ToggleButton b : n.buttons) {
                b.setSelected(item.selected() != null && PainCheckInteractor.same(b.getUserData(), item.selected()));
            }
            n.badge.setVisible(item.lastTime());
            if (n.note != null) {
                n.note.setText(item.note());
            }
            if (n.scaleWords != null) {
                n.scaleWords.setText(item.selected() instanceof Integer s
                        ? s + " out of 10 \u00b7 " + item.scale().get(s) : "Pick a number to see what it means.");
            }
            n.box.pseudoClassStateChanged(ANSWERED, item.selected() != null);
        }
        lastTime.setText(v.lastTime());
        next.setDisable(!v.canGoNext());
        next.setDefaultButton(v.canGoNext());
    }

    private static final javafx.css.PseudoClass ANSWERED = javafx.css.PseudoClass.getPseudoClass("answered");

    /** After an answer: bring the buttons in line with the model, then focus the next item still to answer, or Next. */
    private void afterAnswer(String itemId) {
        PageView now = model.questionProperty().get();
        if (model.page() != PainCheckModel.Page.QUESTION || now == null || !shows(now)) {
            return;
        }
        update(now);
        Node target = nextTarget(itemId);
        if (target != null) {
            target.requestFocus();
        }
    }

    private Node nextTarget(String afterItem) {
        List<ItemView> list = view.items();
        int from = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(afterItem)) {
                from = i + 1;
            }
        }
        for (int k = 0; k < list.size(); k++) {
            ItemView item = list.get((from + k) % list.size());
            if (item.selected() == null) {
                return firstButton(item.id());
            }
        }
        return view.canGoNext() ? next : null;
    }

    /** The first unanswered item's first button, or Next when every item is answered. */
    Node focusTarget() {
        for (ItemView item : view.items()) {
            if (item.selected() == null) {
                return firstButton(item.id());
            }
        }
        return next;
    }

    private Node firstButton(String itemId) {
        ItemNodes n = items.get(itemId);
        return n.buttons.isEmpty() ? n.box : n.buttons.get(0);
    }

    private void act(Runnable r) {
        r.run();
        PageView now = model.questionProperty().get();
        if (model.page() == PainCheckModel.Page.QUESTION && now != null && shows(now)) {
            update(now);
            next.requestFocus();
        }
    }

    // ------------------------------------------------------------------ keys

    private String keyHint() {
        StringBuilder s = new StringBuilder("Keys: ");
        if (view.redFlags()) {
            s.append("Y yes \u00b7 N no \u00b7 U not sure \u00b7 0 none of these \u00b7 ");
        } else {
            s.append("1\u20139 or Y / N answer \u00b7 ");
        }
        return s.append("\u2191 \u2193 another item \u00b7 Enter next \u00b7 Backspace back \u00b7 W why we ask").toString();
    }

    void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isMetaDown()) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (e.getCode() == KeyCode.LEFT && e.isAltDown()) {
            actions.back().run();
            e.consume();
            return;
        }
        if (focus instanceof TextInputControl) {
            return;
        }
        ItemNodes active = activeItem(focus);
        KeyCode code = e.getCode();
        if (isBack(e)) {
            actions.back().run();
        } else if (code == KeyCode.ENTER) {
            // Enter never answers a question (a run of Enters must not pass a page): it goes on once every item is answered
            if (focus instanceof Button b && b != next) {
                b.fire();
            } else if (view.canGoNext()) {
                actions.next().run();
            }
        } else if (code == KeyCode.W) {
            if (active != null) {
                active.why.setVisible(!active.why.isVisible());
            }
        } else if (active != null && (code == KeyCode.Y || code == KeyCode.N || code == KeyCode.U) && isYesNo(active.item)) {
            Object value = switch (code) {
                case Y -> active.item.kind() == AnswerKind.RED_FLAG ? formcoach.paincheck.QuestionnaireSession.Answer.YES : Boolean.TRUE;
                case N -> active.item.kind() == AnswerKind.RED_FLAG ? formcoach.paincheck.QuestionnaireSession.Answer.NO : Boolean.FALSE;
                default -> active.item.kind() == AnswerKind.RED_FLAG ? formcoach.paincheck.QuestionnaireSession.Answer.NOT_SURE : null;
            };
            if (value == null) {
                return;
            }
            actions.answer().accept(active.item.id(), value);
            afterAnswer(active.item.id());
        } else if (code.isDigitKey()) {
            int digit = Character.getNumericValue(code.getName().charAt(code.getName().length() - 1));
            if (view.redFlags() && digit == 0) {
                act(actions.noneOfThese());
            } else if (active != null && active.item.kind() == AnswerKind.SCALE) {
                actions.answer().accept(active.item.id(), digit);
                afterAnswer(active.item.id());
            } else if (active != null) {
                active.item.options().stream().filter(o -> o.key().equals(String.valueOf(digit))).findFirst().ifPresent(o -> {
                    actions.answer().accept(active.item.id(), o.value());
                    afterAnswer(active.item.id());
                });
            } else {
                return;
            }
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            move(active, code == KeyCode.DOWN ? 1 : -1);
        } else {
            return;
        }
        e.consume();
    }

    private static boolean isYesNo(ItemView item) {
        return item.kind() == AnswerKind.RED_FLAG || item.kind() == AnswerKind.YES_NO;
    }

    /** The item holding the focus, else the first one still to answer, else the last one. */
    private ItemNodes activeItem(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            for (ItemNodes i : items.values()) {
                if (i.box == n) {
                    return i;
                }
            }
        }
        for (ItemNodes i : items.values()) {
            if (i.item.selected() == null) {
                return i;
            }
        }
        return items.isEmpty() ? null : new ArrayList<>(items.values()).get(items.size() - 1);
    }

    private void move(ItemNodes active, int step) {
        List<ItemNodes> list = new ArrayList<>(items.values());
        int i = active == null ? -1 : list.indexOf(active);
        int to = Math.max(0, Math.min(list.size() - 1, i + step));
        Node target = firstButton(list.get(to).item.id());
        ItemNodes t = list.get(to);
        for (ToggleButton b : t.buttons) {
            if (b.isSelected()) {
                target = b;
            }
        }
        Objects.requireNonNull(target).requestFocus();
    }
}

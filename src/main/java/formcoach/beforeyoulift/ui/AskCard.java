package formcoach.beforeyoulift.ui;

import formcoach.ui.Focus;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * A question asked inside a screen before it goes on: a card over a dimmed copy of the screen, with
 * a title, the facts behind the question and two or three answers. By keyboard: the first answer has
 * the focus, Tab and ← → move between answers, Enter or Space answers, Esc is the last answer
 * ("Cancel"). By mouse: click an answer. Clicks on the dimmed screen do nothing.
 */
public final class AskCard extends StackPane {
    /** One answer: its id (for tests), its words, an icon literal and what it does. */
    public record Answer(String id, String text, String icon, Runnable action) {
    }

    private final List<Button> buttons = new ArrayList<>();
    private final StackPane host;

    private AskCard(StackPane host, String id, String title, String text, List<String> lines, List<Answer> answers) {
        this.host = host;
        setId(id);
        getStyleClass().add("overlay-scrim");
        setPadding(new Insets(20));
        VBox card = new VBox(12);
        card.setId(id + "-card");
        card.getStyleClass().add("overlay-card");
        card.setPadding(new Insets(22));
        card.setMaxWidth(600);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        Label head = new Label(title, new FontIcon("mdi2a-alert-outline"));
        head.setId(id + "-title");
        head.getStyleClass().add("title-3");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        Label body = new Label(text);
        body.setId(id + "-text");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().addAll(head, body);
        for (String l : lines) {
            Label line = new Label("• " + l);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(line);
        }
        FlowPane row = new FlowPane(10, 10);
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            Button b = new Button(a.text(), a.icon() == null ? null : new FontIcon(a.icon()));
            b.setId(a.id());
            b.setMinWidth(Region.USE_PREF_SIZE);
            if (i == 0) {
                b.getStyleClass().add("accent");
            }
            b.setOnAction(e -> answer(a));
            buttons.add(b);
            row.getChildren().add(b);
        }
        Label keys = new Label("Enter answers · Tab or ← → another answer · Esc " + answers.get(answers.size() - 1).text().toLowerCase(java.util.Locale.ROOT));
        keys.getStyleClass().add("text-muted");
        keys.setWrapText(true);
        card.getChildren().addAll(row, keys);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("overlay-scroll");
        scroll.setMaxWidth(640);
        scroll.prefViewportHeightProperty().bind(card.heightProperty());
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(scroll);
        StackPane.setAlignment(scroll, Pos.CENTER);
        setOnMouseClicked(e -> e.consume());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(keepFocus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(keepFocus);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = focused();
            switch (e.getCode()) {
                case ESCAPE -> answer(answers.get(answers.size() - 1));
                case ENTER, SPACE -> answer(answers.get(Math.max(0, at)));
                case RIGHT, DOWN -> buttons.get((at + 1) % buttons.size()).requestFocus();
                case LEFT, UP -> buttons.get((Math.max(0, at) + buttons.size() - 1) % buttons.size()).requestFocus();
                case TAB -> buttons.get(e.isShiftDown() ? (Math.max(0, at) + buttons.size() - 1) % buttons.size()
                        : (at + 1) % buttons.size()).requestFocus();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private int focused() {
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).isFocused()) {
                return i;
            }
        }
        return -1;
    }

    /** While the card is up, the keyboard stays on its answers (a screen behind it may ask for the focus late). */
    private final javafx.beans.value.ChangeListener<Node> keepFocus = (o, was, now) -> {
        if (showing() && !buttons.isEmpty() && (now == null || !isInside(now))) {
            Platform.runLater(() -> {
                Node owner = getScene() == null ? null : getScene().getFocusOwner();
                if (showing() && (owner == null || !isInside(owner))) {
                    buttons.get(0).requestFocus();
                }
            });
        }
    };

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    private void answer(Answer a) {
        close();
        a.action().run();
    }

    /** Takes the card off the screen without answering. */
    public void close() {
        if (getScene() != null) {
            getScene().focusOwnerProperty().removeListener(keepFocus);
        }
        host.getChildren().remove(this);
    }

    public boolean showing() {
        return getParent() == host;
    }

    /** Shows the question over {@code host} (a card with the same id already there is replaced) and focuses the first answer. */
    public static AskCard show(StackPane host, String id, String title, String text, List<String> lines, List<Answer> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a question needs answers");
        }
        host.getChildren().removeIf(n -> n instanceof AskCard && id.equals(n.getId()));
        AskCard card = new AskCard(host, id, title, text, lines, answers);
        host.getChildren().add(card);
        // at once, not later: a key typed right after the one that asked (Esc, Enter) must answer it; the
        // answers sit in a scroll pane, whose content joins the scene when its skin is made
        Focus.now(card, card.buttons.get(0));
        return card;
    }

    /** The card with this id on {@code host}, if one is showing. */
    public static java.util.Optional<AskCard> on(StackPane host, String id) {
        return host.getChildren().stream().filter(n -> n instanceof AskCard && id.equals(n.getId())).map(n -> (AskCard) n).findFirst();
    }
}

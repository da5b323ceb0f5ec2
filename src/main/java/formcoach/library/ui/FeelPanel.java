package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import formcoach.library.Verdict;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Where did you feel it?": six places to pick and the answer for the current lift. Used on a lift's
 * page and at the end of the cue cards. The interactor is given when the library has loaded.
 */
final class FeelPanel implements Builder<Region> {
    private final FeelModel model = new FeelModel();
    private final FeelInteractor interactor;
    private final Map<BodyArea, ToggleButton> buttons = new EnumMap<>(BodyArea.class);
    private final ToggleGroup group = new ToggleGroup();
    private Consumer<String> openExercise = id -> { };

    FeelPanel(FeelInteractor interactor) {
        this.interactor = interactor;
        model.liftProperty().addListener((o, a, b) -> {
            model.pickArea(null);
            model.showAnswer(null);
        });
        model.areaProperty().addListener((o, a, b) -> model.showAnswer(
                b == null || model.liftProperty().get() == null ? null : interactor.answer(model.liftProperty().get(), b)));
    }

    FeelModel model() {
        return model;
    }

    void setLift(Exercise lift) {
        model.askAbout(lift);
    }

    /** What the link to a twin's page does (opens our exercise by id). */
    void setOnOpenExercise(Consumer<String> open) {
        this.openExercise = open == null ? id -> { } : open;
    }

    /** Picks an area as if its button were pressed. */
    void pick(BodyArea area) {
        model.pickArea(area);
    }

    @Override
    public Region build() {
        Label title = new Label("Where did you feel it?");
        title.getStyleClass().add("section-title");
        Label hint = new Label("After a set, pick where you felt the work or the strain most.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        FlowPane areas = new FlowPane(8, 8);
        areas.getStyleClass().add("feel-areas");
        for (BodyArea a : BodyArea.values()) {
            ToggleButton b = new ToggleButton(a.displayName());
            b.setId("feel-" + a.id());
            b.getStyleClass().add("feel-area");
            b.setToggleGroup(group);
            b.setOnAction(e -> model.pickArea(b.isSelected() ? a : null));
            buttons.put(a, b);
            areas.getChildren().add(b);
        }
        model.areaProperty().addListener((o, was, now) -> {
            Object want = now == null ? null : buttons.get(now);
            if (group.getSelectedToggle() != want) {
                group.selectToggle(now == null ? null : buttons.get(now));
            }
        });
        VBox answer = new VBox(6);
        answer.setId("feel-answer");
        answer.getStyleClass().add("feel-answer");
        answer.setFillWidth(true);
        model.answerProperty().addListener((o, a, b) -> {
            fill(answer, b);
            if (b != null) {
                // the answer appears under the buttons, often below the window's edge: bring it into view
                javafx.application.Platform.runLater(() -> scrollIntoView(answer));
            }
        });
        fill(answer, model.answerProperty().get());
        VBox box = new VBox(10, title, hint, areas, answer);
        box.getStyleClass().add("feel-panel");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** Scrolls the nearest scroll pane just enough that {@code n} shows whole (its top first if it is taller than the view). */
    static void scrollIntoView(Node n) {
        ScrollPane scroll = null;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                scroll = s;
                break;
            }
        }
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        scroll.layout();
        Node content = scroll.getContent();
        double contentH = content.getBoundsInLocal().getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentH - viewH);
        double want = top;
        if (b.getMaxY() > top + viewH) {
            want = b.getMaxY() - viewH;
        }
        if (b.getMinY() < want) {
            want = b.getMinY();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, want / (contentH - viewH))));
    }

    private void fill(VBox box, FeelAnswer a) {
        box.getChildren().clear();
        box.getStyleClass().removeAll("feel-fault", "feel-expected", "feel-neutral");
        box.setVisible(a != null);
        box.setManaged(a != null);
        if (a == null) {
            return;
        }
        Verdict v = a.verdict();
        box.getStyleClass().add(v == null ? "feel-neutral" : "feel-" + v.id().toLowerCase(Locale.ROOT));
        FontIcon icon = new FontIcon(v == Verdict.FAULT ? "mdi2a-alert-outline"
                : v == Verdict.EXPECTED ? "mdi2c-check-circle-outline" : "mdi2i-information-outline");
        icon.getStyleClass().add("feel-icon");
        Label heading = wrap(new Label(a.heading()), "feel-heading");
        heading.setId("feel-heading");
        heading.setGraphic(icon);
        box.getChildren().add(heading);
        if (!a.cue().isBlank()) {
            Label cue = wrap(new Label(a.cue()), "feel-cue");
            cue.setId("feel-cue");
            box.getChildren().add(cue);
        }
        if (!a.note().isBlank()) {
            box.getChildren().add(wrap(new Label(a.note()), "feel-note"));
        }
        if (!a.fix().isBlank()) {
            Label fix = labelled("Fix", a.fix());
            fix.setId("feel-fix");
            box.getChildren().add(fix);
        }
        if (!a.selfCheck().isBlank()) {
            box.getChildren().add(labelled("Check yourself", a.selfCheck()));
        }
        if (!a.viaId().isBlank()) {
            Label from = new Label("From our");
            Hyperlink link = new Hyperlink(a.viaName());
            link.setId("feel-via");
            link.setAccessibleText("The fix comes from our " + a.viaName() + ", the same movement: open it");
            String id = a.viaId();
            link.setOnAction(e -> openExercise.accept(id));
            Label rest = new Label("\u2014 the same movement, with all its fault cards.");
            rest.setWrapText(true);
            FlowPane line = new FlowPane(4, 4, from, link, rest);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("feel-via");
            box.getChildren().add(line);
        }
    }

    private static Label labelled(String name, String text) {
        Label l = wrap(new Label(name + ": " + text), "feel-line");
        return l;
    }

    private static Label wrap(Label l, String style) {
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}

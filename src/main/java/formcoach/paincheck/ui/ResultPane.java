package formcoach.paincheck.ui;

import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static formcoach.paincheck.ui.PainCheckViewBuilder.icon;
import static formcoach.paincheck.ui.PainCheckViewBuilder.listBlock;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/**
 * Lays out a {@link ResultView} made by {@link ResultPresenter}, for the result page and History: the
 * coloured headline with what to do, the reasons, self-care, "get help sooner if…", the notice,
 * then the form hint (which the presenter leaves out at URGENT and EMERGENCY).
 */
final class ResultPane {
    private ResultPane() {
    }

    static List<Node> content(ResultView r, Consumer<String> openExercise) {
        Label headline = new Label(r.headline());
        headline.setId("result-headline");
        headline.getStyleClass().add("result-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.setMaxWidth(Double.MAX_VALUE);
        Label action = wrap(r.action());
        action.setId("result-action");
        action.getStyleClass().add("result-action");
        Label when = new Label(r.when());
        when.getStyleClass().add("result-when");
        VBox head = new VBox(8, headline, action, when);
        head.setId("result-head");
        head.getStyleClass().addAll("result-head", Words.levelClass(r.level()));
        List<Node> out = new ArrayList<>(List.of(head,
                listBlock("Why", r.reasons(), "result-reasons"),
                listBlock(ResultPresenter.selfCareTitle(r.level()), r.selfCare(), "result-self-care"),
                listBlock("Get help sooner if\u2026", r.safetyNet().stream().map(ResultPane::withoutLead).toList(), "result-safety-net")));
        Label notice = wrap(r.notice());
        notice.setId("result-notice");
        notice.getStyleClass().add("result-notice");
        out.add(notice);
        if (r.formLink() != null) {
            out.add(createFormLink(r.formLink(), openExercise));
        }
        return out;
    }

    /** The safety net's own heading says "Get help sooner if…", so each line need not repeat it. */
    static String withoutLead(String line) {
        String lead = "Get help sooner if ";
        if (line.startsWith(lead) && line.length() > lead.length()) {
            return Character.toUpperCase(line.charAt(lead.length())) + line.substring(lead.length() + 1);
        }
        return line;
    }

    private static Node createFormLink(FormLink f, Consumer<String> openExercise) {
        Label head = new Label("Linked to form");
        head.getStyleClass().add("title-4");
        Label hint = wrap("A hint about technique, not part of the result above.");
        hint.getStyleClass().add("text-muted");
        Label did = wrap(f.sessions());
        did.setId("form-sessions");
        VBox card = new VBox(8, new HBox(10, icon("mdi2d-dumbbell"), head), hint, did);
        card.setId("form-link");
        card.getStyleClass().add("form-link");
        if (f.hintTitle() != null) {
            Label title = wrap(f.hintTitle());
            title.setId("form-hint");
            title.getStyleClass().add("form-hint-title");
            card.getChildren().add(title);
            if (f.note() != null && !f.note().isBlank()) {
                card.getChildren().add(wrap(f.note()));
            }
            if (f.cue() != null && !f.cue().isBlank()) {
                card.getChildren().add(labelled("Cue: ", f.cue(), "form-cue"));
            }
            if (f.fix() != null && !f.fix().isBlank()) {
                card.getChildren().add(labelled("Fix: ", f.fix(), "form-fix"));
            }
            if (f.exerciseId() != null) {
                Hyperlink link = new Hyperlink(f.linkText());
                link.setId("form-open-exercise");
                link.setGraphic(new FontIcon("mdi2o-open-in-new"));
                link.setOnAction(e -> openExercise.accept(f.exerciseId()));
                card.getChildren().add(link);
            }
        }
        return card;
    }

    private static Node labelled(String label, String text, String id) {
        Label l = new Label(label);
        l.getStyleClass().add("strong");
        l.setMinWidth(Region.USE_PREF_SIZE);
        Label t = wrap(text);
        t.setId(id);
        HBox.setHgrow(t, Priority.ALWAYS);
        return new HBox(4, l, t);
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ui.PainCheckModel.ResultView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import static formcoach.paincheck.ui.PainCheckViewBuilder.column;
import static formcoach.paincheck.ui.PainCheckViewBuilder.listBlock;
import static formcoach.paincheck.ui.PainCheckViewBuilder.scroll;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/** The emergency screen: call now, why (decisive reasons only), what is safe while you wait, and if things change. */
final class EmergencyPageBuilder implements Builder<Node> {
    private final PainCheckModel model;
    private final PainCheckViewBuilder.Actions actions;
    private final ResultView r;

    EmergencyPageBuilder(PainCheckModel model, PainCheckViewBuilder.Actions actions, ResultView r) {
        this.model = model;
        this.actions = actions;
        this.r = r;
    }

    @Override
    public Node build() {
        VBox col = column("emergency-page");
        col.getStyleClass().add("emergency-page");
        FontIcon phone = new FontIcon("mdi2p-phone-alert");
        phone.getStyleClass().add("emergency-icon");
        Label call = new Label(r.headline());
        call.setId("emergency-call");
        call.getStyleClass().add("emergency-call");
        call.setWrapText(true);
        call.setMinHeight(Region.USE_PREF_SIZE);
        HBox head = new HBox(18, phone, call);
        head.setAlignment(Pos.CENTER_LEFT);
        Label action = wrap(r.action());
        action.setId("emergency-action");
        action.getStyleClass().add("emergency-action");
        VBox strip = new VBox(10, head, action);
        strip.getStyleClass().add("emergency-banner");

        col.getChildren().addAll(strip,
                listBlock("Why", r.reasons(), "emergency-reasons"),
                listBlock("While you wait", r.selfCare(), "emergency-wait"),
                listBlock("If things change", r.safetyNet(), "emergency-safety"));
        Label saved = new Label();
        saved.setId("save-status");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(model.saveStatusProperty());
        saved.setWrapText(true);
        Hyperlink wrong = new Hyperlink("I pressed the wrong answer");
        wrong.setId("emergency-wrong-answer");
        wrong.getStyleClass().add("quiet-link");
        wrong.setOnAction(e -> actions.openSummary().run());
        col.getChildren().addAll(saved, wrong);
        return scroll(col);
    }
}

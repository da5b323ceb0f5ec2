package formcoach.paincheck.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Builder;

import static formcoach.paincheck.ui.PainCheckViewBuilder.bullet;
import static formcoach.paincheck.ui.PainCheckViewBuilder.column;
import static formcoach.paincheck.ui.PainCheckViewBuilder.scroll;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/** The page shown when the rule, advice or question files have problems: no answer rather than a wrong one. */
final class UnavailablePageBuilder implements Builder<Node> {
    private final PainCheckModel model;

    UnavailablePageBuilder(PainCheckModel model) {
        this.model = model;
    }

    @Override
    public Node build() {
        VBox col = column("unavailable-page");
        Label title = new Label("The pain check cannot run");
        title.getStyleClass().add("title-1");
        Label why = wrap("Some of the files it decides with have problems, so it will not give you an answer "
                + "that could be wrong. Reinstalling Form Coach puts the original files back.");
        VBox list = new VBox(4);
        list.setId("checker-problems");
        model.problems().forEach(p -> list.getChildren().add(bullet(p)));
        Label call = new Label();
        call.getStyleClass().add("call-now");
        call.textProperty().bind(Bindings.concat("If you think you need urgent help, call ", model.emergencyNumberProperty(), " now."));
        call.setWrapText(true);
        VBox callBox = new VBox(call);
        callBox.getStyleClass().add("emergency-strip");
        col.getChildren().addAll(title, callBox, why, list);
        return scroll(col);
    }
}

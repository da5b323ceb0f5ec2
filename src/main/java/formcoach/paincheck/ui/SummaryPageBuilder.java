package formcoach.paincheck.ui;

import formcoach.paincheck.ui.PainCheckModel.SummaryItem;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

import static formcoach.paincheck.ui.PainCheckViewBuilder.column;
import static formcoach.paincheck.ui.PainCheckViewBuilder.navRow;
import static formcoach.paincheck.ui.PainCheckViewBuilder.scroll;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/** "Check your answers": one row per page asked, with Edit; See the result once everything is answered. */
final class SummaryPageBuilder implements Builder<Node> {
    private final PainCheckModel model;
    private final PainCheckViewBuilder.Actions actions;

    SummaryPageBuilder(PainCheckModel model, PainCheckViewBuilder.Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    @Override
    public Node build() {
        VBox col = column("summary-page");
        boolean complete = model.allAnsweredProperty().get();
        Label title = new Label(complete ? "Check your answers" : "Your answers so far");
        title.getStyleClass().add("title-1");
        Label sub = wrap(complete ? "Here is what you said, page by page. Change anything that is not right, then see the result."
                : "Pick Edit beside a page to change it. The pages you have not reached yet come after these.");
        GridPane grid = new GridPane();
        grid.setId("summary-list");
        grid.getStyleClass().add("summary-list");
        // no gaps: a stripe behind each other row spans all three columns in one piece
        grid.setHgap(0);
        grid.setVgap(0);
        ColumnConstraints qc = new ColumnConstraints();
        qc.setHgrow(Priority.ALWAYS);
        qc.setPercentWidth(34);
        ColumnConstraints ac = new ColumnConstraints();
        ac.setPercentWidth(54);
        ColumnConstraints ec = new ColumnConstraints();
        ec.setPercentWidth(12);
        ec.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(qc, ac, ec);
        int row = 0;
        for (SummaryItem item : model.summary()) {
            Label q = wrap(item.question());
            q.getStyleClass().add("summary-question");
            Label a = wrap(item.answer());
            a.getStyleClass().add("summary-answer");
            a.setId("summary-answer-" + item.questionId());
            Hyperlink edit = new Hyperlink("Edit");
            edit.setId("edit-" + item.questionId());
            edit.setAccessibleText("Edit your answers about: " + item.question());
            edit.setOnAction(e -> actions.edit().accept(item.questionId()));
            if (row % 2 == 1) {
                Region stripe = new Region();
                stripe.getStyleClass().add("summary-row-alt");
                stripe.setMouseTransparent(true);
                grid.add(stripe, 0, row, 3, 1);
            }
            for (Node n : List.of(q, a, edit)) {
                n.getStyleClass().add("summary-cell");
                GridPane.setFillWidth(n, true);
                GridPane.setFillHeight(n, true);
                ((Region) n).setMaxWidth(Double.MAX_VALUE);
                ((Region) n).setMaxHeight(Double.MAX_VALUE);
            }
            grid.add(q, 0, row);
            grid.add(a, 1, row);
            grid.add(edit, 2, row);
            row++;
        }
        Button back = new Button("Back");
        back.setId("summary-back");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.setOnAction(e -> actions.back().run());
        Button go;
        if (complete) {
            go = new Button("See the result");
            go.setId("see-result");
            go.setOnAction(e -> actions.seeResult().run());
        } else {
            go = new Button("Back to the questions");
            go.setId("resume-questions");
            go.setOnAction(e -> actions.resume().run());
        }
        go.getStyleClass().addAll("accent", "big-button");
        go.setDefaultButton(true);
        col.getChildren().addAll(title, sub, grid, navRow(back, go));
        return scroll(col);
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ui.PainCheckModel.ResultView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import static formcoach.paincheck.ui.PainCheckViewBuilder.column;
import static formcoach.paincheck.ui.PainCheckViewBuilder.icon;
import static formcoach.paincheck.ui.PainCheckViewBuilder.navRow;
import static formcoach.paincheck.ui.PainCheckViewBuilder.scroll;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/** The result page below EMERGENCY: the result pane, when to check again (only where offered), the PDF and Done. */
final class ResultPageBuilder implements Builder<Node> {
    private final PainCheckModel model;
    private final PainCheckViewBuilder.Actions actions;
    private final ResultView r;

    ResultPageBuilder(PainCheckModel model, PainCheckViewBuilder.Actions actions, ResultView r) {
        this.model = model;
        this.actions = actions;
        this.r = r;
    }

    @Override
    public Node build() {
        VBox col = column("result-page");
        col.getChildren().addAll(ResultPane.content(r, actions.openExercise()));
        if (!r.recheckText().isEmpty()) {
            Label re = wrap(r.recheckText());
            re.setId("recheck-text");
            HBox box = new HBox(10, icon("mdi2c-calendar-clock"), re);
            HBox.setHgrow(re, Priority.ALWAYS);
            box.getStyleClass().add("recheck-note");
            col.getChildren().add(box);
        }
        Button pdf = new Button("Save PDF for your GP or physio\u2026");
        pdf.setId("save-pdf");
        pdf.setGraphic(new FontIcon("mdi2f-file-pdf-box"));
        pdf.setOnAction(e -> actions.savePdf().run());
        pdf.disableProperty().bind(model.busyProperty());
        Button done = new Button("Done");
        done.setId("result-done");
        done.getStyleClass().add("accent");
        done.setDefaultButton(true);
        done.setOnAction(e -> actions.done().run());
        Label report = wrap("");
        report.setId("report-status");
        report.textProperty().bind(model.reportStatusProperty());
        report.managedProperty().bind(model.reportStatusProperty().isNotEmpty());
        report.visibleProperty().bind(report.managedProperty());
        Label saved = wrap("");
        saved.setId("save-status");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(model.saveStatusProperty());
        col.getChildren().addAll(navRow(pdf, done), report, saved);
        return scroll(col);
    }
}

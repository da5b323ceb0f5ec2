package formcoach.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FullTextTest {
    private Label cut;
    private Label whole;

    @Start
    void start(Stage stage) {
        String longText = "Stopped at an emergency sign: call your emergency number now";
        cut = FullText.install(new Label(longText));
        cut.setMinWidth(0);
        cut.setPrefWidth(120);
        cut.setMaxWidth(120);
        whole = FullText.install(new Label("Pull-up"));
        stage.setScene(new Scene(new HBox(8, cut, whole), 1000, 80));
        stage.show();
    }

    @Test
    void cutTextEndsWithAnEllipsisAndShowsWholeOnHoverAndToScreenReaders(FxRobot robot) {
        robot.interact(() -> cut.getParent().layout());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(FullText.shown(cut)).endsWith("…").isNotEqualTo(cut.getText());
        assertThat(cut.getTooltip()).isNotNull();
        assertThat(cut.getTooltip().getText()).isEqualTo(cut.getText());
        assertThat(cut.getAccessibleText()).isEqualTo("Stopped at an emergency sign: call your emergency number now");

        assertThat(FullText.isCut(whole)).isFalse();
        assertThat(whole.getTooltip()).isNull();
        assertThat(whole.getAccessibleText()).isEqualTo("Pull-up");

        // room to show it all: the tooltip goes
        robot.interact(() -> {
            cut.setMaxWidth(Double.MAX_VALUE);
            cut.setPrefWidth(Label.USE_COMPUTED_SIZE);
            cut.getParent().layout();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(FullText.isCut(cut)).isFalse();
        assertThat(cut.getTooltip()).isNull();
    }
}

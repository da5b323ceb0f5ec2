package formcoach.video.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The top of the Video section's two screens (the player and the live view): a row of buttons and
 * the lift and camera choices, then the camera guidance, the warning when the view does not fit and
 * the status line, styled the same in both.
 */
final class VideoHeader {
    private VideoHeader() {
    }

    /** "Lift" or "Camera" beside its choice. */
    static HBox labelled(String text, Node choice) {
        HBox group = new HBox(6, new Label(text), choice);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    /** The row of {@code items}; the {@code keepWhole} buttons never shrink below their text. */
    static FlowPane row(List<Region> keepWhole, Node... items) {
        FlowPane top = new FlowPane(8, 6, items);
        top.setAlignment(Pos.CENTER_LEFT);
        for (Region n : keepWhole) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }
        return top;
    }

    /** The row, then the guidance, the view warning and the status (hidden until it has something to say). */
    static VBox of(FlowPane top, Label guidance, Label viewWarning, Label status) {
        guidance.setWrapText(true);
        guidance.getStyleClass().add("video-guidance");
        viewWarning.setWrapText(true);
        viewWarning.getStyleClass().add("video-warning");
        viewWarning.managedProperty().bind(viewWarning.visibleProperty());
        status.setWrapText(true);
        status.getStyleClass().add("video-status");
        status.managedProperty().bind(status.visibleProperty());
        status.setVisible(false);
        VBox header = new VBox(6, top, guidance, viewWarning, status);
        header.setPadding(new Insets(10, 12, 6, 12));
        return header;
    }
}

package formcoach.video.ui;

import formcoach.library.Exercise;
import formcoach.video.CameraView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

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

    /**
     * The lift choice of both screens: the library's lifts (by kind, then name), filled as soon as
     * the library has them (now, or when the list is first opened), shown by name.
     */
    static void liftChoice(ComboBox<Exercise> box, Supplier<List<Exercise>> lifts, double width) {
        box.setPromptText("Which lift?");
        box.setPrefWidth(width);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Exercise e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Exercise fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + "  \u00b7  " + e.category().displayName());
            }
        });
        box.setOnShowing(e -> fillLifts(box, lifts));
        fillLifts(box, lifts);
    }

    private static void fillLifts(ComboBox<Exercise> box, Supplier<List<Exercise>> lifts) {
        if (!box.getItems().isEmpty()) {
            return;
        }
        List<Exercise> all = new ArrayList<>(lifts.get());
        all.removeIf(e -> !e.category().isLift());
        all.sort(Comparator.comparing((Exercise e) -> e.category().ordinal()).thenComparing(Exercise::name));
        box.getItems().setAll(all);
    }

    /** The camera view choice, from the side at first; choosing a lift chooses the view its faults are judged from. */
    static void viewChoice(ComboBox<CameraView> viewBox, ComboBox<Exercise> liftBox) {
        viewBox.getItems().setAll(CameraView.values());
        viewBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CameraView v) {
                return v == null ? "" : switch (v) {
                    case SIDE -> "From the side";
                    case FRONT -> "From the front";
                    case BACK -> "From behind";
                };
            }

            @Override
            public CameraView fromString(String s) {
                return null;
            }
        });
        viewBox.setValue(CameraView.SIDE);
        liftBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewBox.setValue(CameraGuide.recommended(b.category()));
            }
        });
    }
}

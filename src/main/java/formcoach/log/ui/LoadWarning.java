package formcoach.log.ui;

import formcoach.library.Exercise;
import formcoach.log.TrainingSignals;
import formcoach.store.JsonStore;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The training log's word at the top of "before you lift": groups still recovering and a load jump,
 * read from the log in the background. Hidden (and taking no room) when there is nothing to say or
 * the log cannot be read. One node, so the screen that holds it needs only the line that inserts it.
 */
public final class LoadWarning extends VBox {
    public static final String ID = "log-before-lift-warning";

    public LoadWarning(JsonStore store, Clock clock, Collection<Exercise> library, Executor executor) {
        setId(ID);
        setSpacing(6);
        setPadding(new Insets(10, 12, 10, 12));
        getStyleClass().add("log-load-warning");
        setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis; "
                + "-fx-border-radius: 6; -fx-background-radius: 6;");
        setVisible(false);
        setManaged(false);
        executor.execute(() -> {
            try {
                TrainingSignals.BeforeLift b = TrainingSignals.load(store, clock, library).beforeYouLift(LocalDateTime.now(clock));
                if (!b.isEmpty()) {
                    List<String> lines = b.lines();
                    Platform.runLater(() -> show(lines));
                }
            } catch (Exception e) {
                // the log is only advice here: when it cannot be read the cue cards go on without it
            }
        });
    }

    void show(List<String> lines) {
        Label title = new Label("Before the cue cards: your training log says");
        title.getStyleClass().add("text-bold");
        getChildren().setAll(title);
        for (String line : lines) {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(l);
        }
        Label ask = new Label("Consider lighter sets, fewer sets, or other muscle groups today (the article's 48–72 h rule).");
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        ask.getStyleClass().add("text-muted");
        getChildren().add(ask);
        setVisible(true);
        setManaged(true);
    }
}

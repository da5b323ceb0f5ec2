package formcoach.video.ui;

import formcoach.figure.FigureAsset;
import formcoach.figure.FigureMotion;
import formcoach.figure.FigureTempo;
import formcoach.figure.FigureView;
import formcoach.figure.Figures;
import formcoach.figure.ui.FigureCanvas;
import formcoach.figure.ui.FigurePane;
import formcoach.library.Fault;
import formcoach.ui.Stylesheets;
import formcoach.video.CameraView;
import formcoach.video.LandmarkFile;
import formcoach.video.RepPhaseMap;
import formcoach.video.RuleBasedSetAnalyzer;
import formcoach.video.SetReport;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The correct-form figure of the clip's lift beside the video, at the same point of the rep: each
 * frame inside a counted rep is placed in its rep by {@link RepPhaseMap} (from the movement curve the
 * reps were counted on), and the figure is drawn at that phase of its own rep. Playing the clip at ½× or
 * ¼× plays the figure as slowly; stepping frames steps the figure. "Show the fault" draws the rep's
 * flagged fault the way the library shows it, instead of the clean rep.
 */
final class FigureBeside {
    private static Figures figures;

    private final VBox root = new VBox(6);
    private final StackPane stage = new StackPane();
    private final Label title = new Label("Correct form");
    private final Label caption = new Label();
    private final ToggleButton showFault = new ToggleButton("Show the fault");
    private final Map<Fault, FigureCanvas> canvases = new EnumMap<>(Fault.class);
    private FigureCanvas clean;
    private FigureAsset asset;
    private FigureTempo tempo;
    private FigureView view = FigureView.SIDE;
    private RepPhaseMap phases;
    private SetReport report;
    private double fraction = -1;
    private Fault shownFault;
    private int frame = -1;

    FigureBeside() {
        root.getStyleClass().add("video-figure");
        root.setId("video-figure");
        root.getStylesheets().add(Stylesheets.of(FigurePane.class, "/formcoach/figure/ui/figure.css"));
        root.setPadding(new Insets(0, 0, 6, 0));
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
        title.getStyleClass().add("video-panel-title");
        showFault.setFocusTraversable(false);
        showFault.setTooltip(new Tooltip("Draw the figure with this rep's flagged fault instead of the clean rep (H)"));
        showFault.setOnAction(e -> show(frame));
        showFault.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("text-muted");
        caption.setId("video-figure-caption");
        formcoach.figure.ui.FigureCaption.follow(caption, formcoach.figure.ui.FigureCaption.drawnWidth(stage, 4.0 / 3), 300, 1.0, 1.3);
        VBox.setVgrow(stage, Priority.ALWAYS);
        stage.setMinHeight(120);
        // 4:3 of the panel's width, at least 240 px: a wider panel on a large window draws a larger figure
        stage.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(240, Math.floor(root.getWidth() * 0.75)), root.widthProperty()));
        root.getChildren().addAll(title, stage, caption, showFault);
    }

    VBox root() {
        return root;
    }

    boolean isShown() {
        return root.isVisible();
    }

    void setShown(boolean shown) {
        root.setVisible(shown);
        if (shown) {
            show(frame);
        }
    }

    /** The figure's rep phase shown now, 0–1, or -1 when no figure is drawn. */
    double fraction() {
        return fraction;
    }

    Fault shownFault() {
        return shownFault;
    }

    String caption() {
        return caption.getText();
    }

    void toggleFault() {
        showFault.setSelected(!showFault.isSelected());
        show(frame);
    }

    private static synchronized Figures figures() {
        if (figures == null) {
            figures = Figures.builtIn();
        }
        return figures;
    }

    /** The clip's lift and camera view changed: the figure of that lift, from that side. */
    void setLift(String liftId, CameraView camera) {
        FigureAsset next = liftId == null ? null : figures().find(liftId).orElse(null);
        FigureView nextView = camera == CameraView.BACK && next != null && next.views().contains("back") ? FigureView.BACK : FigureView.SIDE;
        if (next != asset) {
            asset = next;
            canvases.clear();
            clean = asset == null ? null : canvas(null);
            tempo = asset == null ? null : FigureMotion.loop(asset, null).tempo();
        }
        if (nextView != view) {
            view = nextView;
            if (clean != null) {
                clean.setView(view);
            }
            canvases.values().forEach(c -> c.setView(view));
        }
        show(frame);
    }

    private FigureCanvas canvas(Fault fault) {
        FigureCanvas c = new FigureCanvas(asset, fault);
        c.setView(view);
        c.setId(fault == null ? "video-figure-clean" : "video-figure-" + fault.name());
        c.setPrefSize(300, 225);
        c.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return c;
    }

    /** The analysis changed (or went away): where each frame falls in its rep. */
    void setAnalysis(LandmarkFile file, SetReport r, String liftId, CameraView camera) {
        report = r;
        phases = null;
        if (file != null && r != null && !r.reps().isEmpty()) {
            Optional<double[]> progress = RuleBasedSetAnalyzer.builtIn().progress(file, liftId, camera);
            if (progress.isPresent()) {
                double[] times = file.frames().stream().mapToDouble(LandmarkFile.Frame::t).toArray();
                phases = RepPhaseMap.of(times, progress.get(), r.reps());
            }
        }
        show(frame);
    }

    /** Draws the figure at the moment of the rep that frame {@code index} shows. */
    void show(int index) {
        frame = index;
        if (!root.isVisible()) {
            return;
        }
        if (asset == null) {
            stage.getChildren().clear();
            fraction = -1;
            shownFault = null;
            caption.setText("Choose the lift above to see its correct-form figure. Figures exist for the bent-over, "
                    + "seated cable and one-arm rows, the wide-grip pulldown, the pull-up and the deadlift.");
            showFault.setDisable(true);
            return;
        }
        Optional<RepPhaseMap.Moment> moment = phases == null ? Optional.empty() : phases.at(index);
        SetReport.Rep rep = moment.flatMap(m -> report.reps().stream().filter(r -> r.rep() == m.rep()).findFirst()).orElse(null);
        Fault fault = null;
        if (rep != null) {
            fault = rep.faults().stream().sorted().filter(f -> asset.faults().containsKey(f)).findFirst().orElse(null);
        }
        showFault.setDisable(fault == null);
        Fault drawn = showFault.isSelected() ? fault : null;
        FigureCanvas c = drawn == null ? clean : canvases.computeIfAbsent(drawn, this::canvas);
        if (stage.getChildren().size() != 1 || stage.getChildren().get(0) != c) {
            stage.getChildren().setAll(c);
        }
        shownFault = drawn;
        if (moment.isEmpty()) {
            fraction = 0;
            c.draw(0);
            caption.setText(phases == null
                    ? "Analyse the clip (A) with its lift chosen: then the figure follows your reps, phase for phase."
                    : "Outside the counted reps: the figure waits at the start of a rep.");
            return;
        }
        RepPhaseMap.Moment m = moment.get();
        fraction = m.fraction(tempo.pull(), tempo.squeeze(), tempo.lower());
        c.draw(fraction * tempo.rep());
        String part = switch (m.part()) {
            case PULL -> "pull";
            case TOP -> "squeeze at the top";
            case LOWER -> "lower";
        };
        caption.setText(String.format(Locale.ROOT, "Rep %d · %s · %.0f %% through the rep%s", m.rep(), part, 100 * fraction,
                drawn != null ? " · showing " + drawn.displayName().toLowerCase(Locale.ROOT)
                        : fault != null ? " · clean form (H shows the " + fault.displayName().toLowerCase(Locale.ROOT) + ")" : ""));
    }
}

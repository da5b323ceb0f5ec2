package formcoach.video.ui;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.ui.UiContext;
import formcoach.video.CameraView;
import formcoach.video.LandmarkFile;
import formcoach.video.SetAnalyzer;
import formcoach.video.SetReport;
import formcoach.video.decode.RgbImage;
import formcoach.video.decode.VideoException;
import formcoach.video.live.CameraDevice;
import formcoach.video.live.FrameSource;
import formcoach.video.live.LiveSession;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Live webcam analysis: the camera's picture with the skeleton over it, the reps counted and the faults
 * flagged as the set goes on, the analysed frame rate, and Record, which saves the set as a clip (and its
 * landmarks) in the data folder to review in the player. Where there is no camera it says so, and offers
 * to open a clip instead. Keys: R record · N new set · Esc back to the player.
 */
public final class LiveView {
    static final String NO_CAMERA = "No camera found. Connect one, or open a clip of your set.";

    /** Opens a camera (a {@link formcoach.video.live.CameraSource} in the app). */
    @FunctionalInterface
    public interface Opener {
        FrameSource open(CameraDevice device) throws VideoException;
    }

    private final UiContext ctx;
    private final SetAnalyzer analyzer;
    private final Supplier<List<CameraDevice>> cameras;
    private final Opener opener;
    private final LiveSession.PoseStepFactory poses;
    private final Executor pool;
    private final Path recordings;
    private final Runnable back;
    private final Runnable openClip;
    private final Consumer<Path> review;

    private final BorderPane root = new BorderPane();
    private final Pane screen = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label message = new Label();
    private final HBox messageActions = new HBox(10);
    private final ComboBox<CameraDevice> cameraBox = new ComboBox<>();
    private final ComboBox<Exercise> liftBox = new ComboBox<>();
    private final ComboBox<CameraView> viewBox = new ComboBox<>();
    private final Button startStop = new Button("Start camera");
    private final ToggleButton record = new ToggleButton("Record set (R)");
    private final Button newSet = new Button("New set (N)");
    private final Label guidance = new Label();
    private final Label viewWarning = new Label();
    private final Label rate = new Label();
    private final Label status = new Label();
    private final Label repCount = new Label();
    private final VBox repsBox = new VBox(8);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    private LiveSession session;
    private WritableImage picture;
    private LiveSession.Update shown;
    private Hyperlink lastRecording;
    private final AtomicReference<LiveSession.Update> latest = new AtomicReference<>();
    private final AtomicBoolean posted = new AtomicBoolean();

    /**
     * @param cameras    the webcams on this computer (asked off the FX thread)
     * @param opener     opens one
     * @param poses      the pose model for the live loop
     * @param pool       background threads (the live loop keeps two busy while it runs)
     * @param recordings the folder recorded sets go to
     * @param back       shows the player again
     * @param openClip   shows the player and asks for a clip
     * @param review     shows the player with this recorded clip open
     */
    public LiveView(UiContext ctx, SetAnalyzer analyzer, Supplier<List<Exercise>> lifts, Supplier<List<CameraDevice>> cameras,
                    Opener opener, LiveSession.PoseStepFactory poses, Executor pool, Path recordings, Runnable back,
                    Runnable openClip, Consumer<Path> review) {
        this.ctx = ctx;
        this.analyzer = analyzer;
        this.cameras = cameras;
        this.opener = opener;
        this.poses = poses;
        this.pool = pool;
        this.recordings = recordings;
        this.back = back;
        this.openClip = openClip;
        this.review = review;

        root.getStyleClass().add("video-view");
        root.setFocusTraversable(true);

        Button backButton = new Button("◀ Player (Esc)");
        backButton.setOnAction(e -> close());
        cameraBox.setPromptText("Camera");
        cameraBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CameraDevice d) {
                return d == null ? "" : d.label();
            }

            @Override
            public CameraDevice fromString(String s) {
                return null;
            }
        });
        VideoHeader.liftChoice(liftBox, lifts, 220);
        VideoHeader.viewChoice(viewBox, liftBox);
        liftBox.valueProperty().addListener((o, a, b) -> liftChanged());
        viewBox.valueProperty().addListener((o, a, b) -> liftChanged());
        startStop.setOnAction(e -> {
            if (running.get()) {
                stop();
            } else {
                start();
            }
        });
        record.setOnAction(e -> toggleRecord());
        record.setDisable(true);
        newSet.setOnAction(e -> newSet());
        newSet.setDisable(true);
        FlowPane top = VideoHeader.row(List.of(backButton, startStop, record, newSet), backButton, cameraBox, startStop,
                record, newSet, VideoHeader.labelled("Lift", liftBox), VideoHeader.labelled("Camera", viewBox));
        root.setTop(VideoHeader.of(top, guidance, viewWarning, status));

        screen.getStyleClass().add("video-screen");
        screen.getChildren().add(canvas);
        canvas.widthProperty().bind(screen.widthProperty());
        canvas.heightProperty().bind(screen.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        message.getStyleClass().add("video-placeholder");
        message.setWrapText(true);
        Button open = new Button("Open a clip… (Ctrl+O)");
        open.setOnAction(e -> openClip.run());
        Button retry = new Button("Look again");
        retry.setOnAction(e -> findCameras());
        messageActions.getChildren().setAll(open, retry);
        messageActions.setAlignment(Pos.CENTER);
        messageActions.managedProperty().bind(messageActions.visibleProperty());
        VBox messageBox = new VBox(14, message, messageActions);
        messageBox.setAlignment(Pos.CENTER);
        messageBox.setPickOnBounds(false);
        messageBox.visibleProperty().bind(message.textProperty().isNotEmpty());
        StackPane centre = new StackPane(screen, messageBox);
        centre.setMinSize(200, 150);
        root.setCenter(centre);

        rate.getStyleClass().add("video-time");
        HBox bottom = new HBox(12, rate);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(bottom);

        Label title = new Label("Reps and faults, live");
        title.getStyleClass().add("video-panel-title");
        repCount.getStyleClass().add("video-panel-title");
        ScrollPane scroll = new ScrollPane(repsBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("video-reps");
        VBox side = new VBox(8, title, repCount, scroll);
        side.setPadding(new Insets(10, 12, 10, 6));
        side.setPrefWidth(320);
        side.setMinWidth(260);
        root.setRight(side);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // leaving the section or closing the window stops the camera
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                stop();
            } else {
                scene.windowProperty().addListener((o2, w0, w) -> {
                    if (w != null) {
                        w.showingProperty().addListener((o3, was, showing) -> {
                            if (!showing) {
                                stop();
                            }
                        });
                    }
                });
            }
        });
        liftChanged();
        showReport(null);
    }

    public BorderPane root() {
        return root;
    }

    /** True while the camera runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Looks for cameras (off the FX thread) and starts the first one found; says so where there is none. */
    public void show() {
        findCameras();
    }

    private void findCameras() {
        setMessage("Looking for a camera…", false);
        pool.execute(() -> {
            List<CameraDevice> found;
            try {
                found = cameras.get();
            } catch (RuntimeException e) {
                found = List.of();
            }
            List<CameraDevice> list = found;
            Platform.runLater(() -> {
                cameraBox.getItems().setAll(list);
                if (list.isEmpty()) {
                    setMessage(NO_CAMERA, true);
                    startStop.setDisable(true);
                } else {
                    cameraBox.setValue(list.get(0));
                    startStop.setDisable(false);
                    start();
                }
            });
        });
    }

    private void setMessage(String text, boolean actions) {
        message.setText(text == null ? "" : text);
        messageActions.setVisible(actions);
    }

    private void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            if (e.isControlDown() && e.getCode() == KeyCode.O) {
                e.consume();
                openClip.run();
            }
            return;
        }
        boolean inList = e.getTarget() instanceof ComboBox<?> cb && cb.isShowing();
        if (inList) {
            return;
        }
        switch (e.getCode()) {
            case ESCAPE -> close();
            case R -> {
                if (!record.isDisabled()) {
                    record.setSelected(!record.isSelected());
                    toggleRecord();
                }
            }
            case N -> newSet();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private String liftId() {
        return liftBox.getValue() == null ? null : liftBox.getValue().id();
    }

    /** Chooses the lift by library id. */
    void selectLift(String id) {
        liftBox.getItems().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(liftBox::setValue);
    }

    private void liftChanged() {
        Exercise e = liftBox.getValue();
        CameraView view = viewBox.getValue();
        if (e == null) {
            guidance.setText(CameraGuide.noLift());
            viewWarning.setVisible(false);
        } else {
            guidance.setText(CameraGuide.advice(e.id(), e.category()));
            String warning = view == null ? null : CameraGuide.warning(e.category(), view);
            viewWarning.setText(warning == null ? "" : "⚠ " + warning);
            viewWarning.setVisible(warning != null);
        }
        if (session != null) {
            session.setLift(liftId(), view);
        }
        showReport(null);
    }

    // ------------------------------------------------------------------ the session

    private void start() {
        CameraDevice device = cameraBox.getValue();
        if (device == null || running.get()) {
            return;
        }
        running.set(true);
        startStop.setText("Stop camera");
        setMessage("Starting " + device.label() + "…", false);
        setStatus(null);
        String lift = liftId();
        CameraView view = viewBox.getValue();
        pool.execute(() -> {
            FrameSource source;
            try {
                source = opener.open(device);
            } catch (VideoException e) {
                Platform.runLater(() -> {
                    running.set(false);
                    startStop.setText("Start camera");
                    setMessage(e.getMessage() + " Connect a camera, or open a clip of your set.", true);
                });
                return;
            }
            Platform.runLater(() -> began(source, lift, view));
        });
    }

    private void began(FrameSource source, String lift, CameraView view) {
        if (!running.get()) {
            source.close();
            return;
        }
        AtomicReference<LiveSession> self = new AtomicReference<>();
        LiveSession s = new LiveSession(source, poses, analyzer, lift, view, pool, System::nanoTime, new LiveSession.Listener() {
            @Override
            public void update(LiveSession.Update u) {
                latest.set(u);
                if (posted.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        posted.set(false);
                        LiveSession.Update now = latest.get();
                        if (now != null && session == self.get()) {
                            showUpdate(now);
                        }
                    });
                }
            }

            @Override
            public void recorded(LiveSession.Recording r) {
                Platform.runLater(() -> showRecording(r));
            }

            @Override
            public void ended(String problem) {
                Platform.runLater(() -> sessionEnded(self.get(), problem));
            }
        });
        self.set(s);
        session = s;
        setMessage("", false);
        record.setDisable(false);
        newSet.setDisable(false);
        s.start();
        if (!java.util.Objects.equals(liftId(), lift) || viewBox.getValue() != view) {
            s.setLift(liftId(), viewBox.getValue());
        }
    }

    private void sessionEnded(LiveSession which, String problem) {
        if (session != which && session != null) {
            return;
        }
        running.set(false);
        session = null;
        startStop.setText("Start camera");
        record.setSelected(false);
        record.setText("Record set (R)");
        record.setDisable(true);
        newSet.setDisable(true);
        if (problem != null) {
            setStatus(problem);
        } else if (shown == null) {
            setMessage("The camera stopped. Press Start camera to try again.", false);
        }
    }

    /** Stops the camera; the loop lets go of it in the background. */
    public void stop() {
        running.set(false);
        if (session != null) {
            session.stop();
        }
    }

    /** Stops the camera and goes back to the player. */
    public void close() {
        stop();
        back.run();
    }

    private void toggleRecord() {
        LiveSession s = session;
        if (s == null) {
            record.setSelected(false);
            return;
        }
        if (record.isSelected()) {
            String stamp = LocalDateTime.now(ctx.clock()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm-ss", Locale.ROOT));
            Path clip = LiveSession.recordingPath(recordings, stamp);
            s.startRecording(clip);
            record.setText("Stop recording (R)");
            setStatus("Recording to " + clip.getFileName() + " in the data folder. Nothing leaves this computer.");
        } else {
            s.stopRecording();
            record.setText("Record set (R)");
        }
    }

    private void newSet() {
        if (session != null) {
            session.newSet();
            showReport(null);
        }
    }

    private void showRecording(LiveSession.Recording r) {
        record.setSelected(false);
        record.setText("Record set (R)");
        if (r.clip() == null) {
            setStatus(r.problem());
            return;
        }
        setStatus(String.format(Locale.ROOT, "Saved %s (%.1f s)%s in the data folder.", r.clip().getFileName(),
                r.frames() / Math.max(1, rateOf()), r.landmarks() == null ? "" : " and its landmarks")
                + (r.problem() == null ? "" : " " + r.problem()));
        Hyperlink open = new Hyperlink("Review " + r.clip().getFileName() + " in the player");
        open.setOnAction(e -> {
            stop();
            review.accept(r.clip());
        });
        lastRecording = open;
        repsBox.getChildren().add(0, open);
    }

    private double rateOf() {
        LiveSession.Update u = shown;
        return u == null ? 30 : u.cameraFps();
    }

    private void showUpdate(LiveSession.Update u) {
        boolean newReport = shown == null || shown.report() != u.report();
        shown = u;
        RgbImage img = u.frame().image();
        if (picture == null || (int) picture.getWidth() != img.width() || (int) picture.getHeight() != img.height()) {
            picture = new WritableImage(img.width(), img.height());
        }
        picture.getPixelWriter().setPixels(0, 0, img.width(), img.height(), PixelFormat.getByteRgbInstance(), img.pixels(), 0,
                3 * img.width());
        rate.setText(String.format(Locale.ROOT, "Analysing %.1f fps of the camera's %.0f  ·  %d frames dropped%s",
                u.analysedFps(), u.cameraFps(), u.dropped(),
                u.recording() ? String.format(Locale.ROOT, "  ·  ● recording %.1f s", u.recordedSeconds()) : ""));
        redraw();
        if (newReport) {
            showReport(u.report());
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (picture == null || shown == null) {
            return;
        }
        double scale = Math.min(w / picture.getWidth(), h / picture.getHeight());
        double dw = picture.getWidth() * scale;
        double dh = picture.getHeight() * scale;
        double x = (w - dw) / 2;
        double y = (h - dh) / 2;
        g.drawImage(picture, x, y, dw, dh);
        if (shown.landmarks() != null) {
            SkeletonPainter.paint(g, new LandmarkFile.Frame(shown.frame().time(), shown.landmarks()), x, y, dw, dh);
        }
    }

    private void showReport(SetReport report) {
        repsBox.getChildren().clear();
        if (lastRecording != null) {
            repsBox.getChildren().add(lastRecording);
        }
        if (analyzer == null) {
            repCount.setText("");
            repsBox.getChildren().add(muted("Rep counting is not part of this build; the skeleton is shown live."));
            return;
        }
        if (liftId() == null) {
            repCount.setText("");
            repsBox.getChildren().add(muted("Choose the lift above to count reps and check them for faults as you go."));
            return;
        }
        int n = report == null ? 0 : report.reps().size();
        repCount.setText(n == 1 ? "1 rep" : n + " reps");
        if (n == 0) {
            repsBox.getChildren().add(muted("Each rep shows here as you finish it. The set-up and re-racking are not counted."));
            return;
        }
        for (int i = report.reps().size() - 1; i >= 0; i--) {
            repsBox.getChildren().add(repCard(report.reps().get(i)));
        }
    }

    private Node repCard(SetReport.Rep rep) {
        Label title = new Label("Rep " + rep.rep() + (rep.faults().isEmpty() ? "  ·  clean"
                : "  ·  " + String.join(", ", rep.faults().stream().sorted().map(Fault::displayName).toList())));
        title.getStyleClass().add("video-rep-title");
        VBox card = new VBox(4, title);
        card.getStyleClass().add("video-rep");
        card.getStyleClass().add(rep.faults().isEmpty() ? "video-rep-clean" : "video-rep-faulty");
        List<Map.Entry<String, SetReport.Measure>> measures = new ArrayList<>(rep.measures().entrySet());
        measures.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, SetReport.Measure> m : measures) {
            SetReport.Measure v = m.getValue();
            Label what = new Label((v.flagged() ? "✖ " : "✓ ") + v.fault().displayName() + (v.estimate() ? " (estimate)" : "")
                    + ": " + m.getKey() + " " + num(v.value()) + " against " + num(v.threshold()));
            what.setWrapText(true);
            what.getStyleClass().add(v.flagged() ? "video-fault" : "video-ok");
            card.getChildren().add(what);
        }
        return card;
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private void setStatus(String text) {
        status.setText(text == null ? "" : text);
        status.setVisible(text != null && !text.isEmpty());
    }

    /** The message over the picture (empty while the camera shows). */
    String message() {
        return message.getText();
    }
}

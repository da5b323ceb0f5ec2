package formcoach.video.ui;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.store.StoreException;
import formcoach.ui.Focus;
import formcoach.ui.UiContext;
import formcoach.video.CameraView;
import formcoach.video.DrawingStore;
import formcoach.video.LandmarkFile;
import formcoach.video.SetAnalyzer;
import formcoach.video.SetReport;
import formcoach.video.decode.VideoClip;
import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;
import formcoach.video.decode.VideoInfo;
import formcoach.video.pose.PoseException;
import formcoach.video.pose.PoseService;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Video section's screen: a frame-accurate player (FFmpeg frames drawn on a canvas) with the
 * skeleton over it, the analysis with progress and Cancel, camera guidance for the chosen lift, and
 * the reps and faults the {@link SetAnalyzer} reports. Everything works from the keyboard:
 * Space play/pause · {@code ,} {@code .} frame step · ← → one second · Home/End · 1 2 3 speed 1× ½× ¼× ·
 * L loop the rep · + − 0 zoom · F full screen · A analyse · Esc cancel · Ctrl+O open · Delete forget the analysis.
 * Drawing ({@link DrawingLayer}): I line · V angle · T note · S select · Delete · Ctrl+Z. G the figure beside the
 * video ({@link FigureBeside}), H its fault or clean form · P pick the lifter ({@link LifterPicker}).
 */
public final class VideoView {
    static final double[] SPEEDS = {1, 0.5, 0.25};
    /**
     * The player's keys that act on the open clip (or set how it plays): typed while a clip is opening,
     * they wait for it. R, Escape, Ctrl+O and keys the player does not use go through at once.
     */
    private static final java.util.Set<KeyCode> WAITS_FOR_CLIP = java.util.EnumSet.of(
            KeyCode.SPACE, KeyCode.COMMA, KeyCode.PERIOD, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME, KeyCode.END,
            KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3,
            KeyCode.L, KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.MINUS, KeyCode.SUBTRACT,
            KeyCode.DIGIT0, KeyCode.NUMPAD0, KeyCode.F, KeyCode.F11, KeyCode.G, KeyCode.H, KeyCode.P, KeyCode.A,
            KeyCode.DELETE);
    /** At most this many keys wait for a clip that is opening (a decoder that never answers must not keep them all). */
    private static final int MAX_TYPED_WHILE_OPENING = 64;
    private static final String[] SPEED_NAMES = {"1×", "½×", "¼×"};

    private final UiContext ctx;
    private final SetAnalyzer analyzer;
    private final PoseService poses;
    private final Executor pool;
    private final SerialExecutor decoder;
    private final Function<Window, Optional<Path>> chooser;
    private final Supplier<List<Path>> webcams;
    private Runnable onWebcam;
    /** the first Delete asked "delete this clip's analysis and drawings?" and the answer is awaited */
    private boolean confirmingForget;

    private final BorderPane root = new BorderPane();
    private final Pane screen = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label placeholder = new Label("Drop a clip of your set here, or press Ctrl+O to open one.\n"
            + "MP4, MOV, WebM, AVI — whatever FFmpeg reads. Nothing leaves this computer.");
    private final Slider scrub = new Slider(0, 1, 0);
    private final Label timeLabel = new Label("0:00.00 / 0:00.00");
    private final Label frameLabel = new Label();
    private final ToggleGroup speedGroup = new ToggleGroup();
    private final Button play = new Button();
    private final MenuButton speedMenu = new MenuButton();
    private final ToggleButton loop = new ToggleButton();
    private final FlowPane transport = new FlowPane();
    private final Button analyse = new Button("Analyse (A)");
    private final Button cancel = new Button("Cancel");
    private final Button forget = new Button("Delete analysis");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final WrapRow progressRow;
    private final WrapRow scrubRow;
    private final Label status = new Label();
    private final ComboBox<Exercise> liftBox = new ComboBox<>();
    private final ComboBox<CameraView> viewBox = new ComboBox<>();
    private final Label guidance = new Label();
    private final Label viewWarning = new Label();
    private final VBox repsBox = new VBox(8);
    private final VBox recentBox = new VBox(4);
    private final RecentClips recent;
    private List<Path> recentClips = List.of();

    // player state, FX thread only
    private VideoClip clip;           // used on the decoder only
    private VideoInfo info;
    private Path clipPath;
    private String clipHash;
    private WritableImage picture;
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(false);
    private int speedIndex;
    private long playStartNanos;
    private int playStartIndex;
    private boolean busy;
    private int pending = -1;
    private int inFlight = -1;
    private int loopStart = -1;
    private int loopEnd = -1;
    private double zoom = 1;
    private boolean updatingScrub;
    private long openGeneration;
    /** A clip is being opened (decoded in the background): the player's keys wait for it. */
    private boolean opening;
    private final List<KeyCode> typedWhileOpening = new ArrayList<>();
    private LandmarkFile landmarks;
    private SetReport report;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private double[] lifter;
    private final double[] drawn = new double[4];
    // drawing on frames, the figure beside the video, and picking the lifter by keyboard
    private final DrawingLayer drawings;
    private final FigureBeside beside = new FigureBeside();
    private final LifterPicker picker;
    private final ToggleButton besideToggle = new ToggleButton();
    private VideoFrame lastFrame;
    private boolean pressUsed;

    private final AnimationTimer ticker = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };

    /**
     * @param analyzer turns landmarks into reps and faults; null when this build has none (the panel says so)
     * @param lifts    the library's lifts for the lift choice (may be empty while the library loads)
     * @param pool     background threads for decoding and analysis (several tasks at once)
     * @param chooser  asks for a clip to open (a file dialog in the app)
     * @param webcams  the webcams found on this computer
     */
    public VideoView(UiContext ctx, SetAnalyzer analyzer, Supplier<List<Exercise>> lifts, PoseService poses, Executor pool,
                     Function<Window, Optional<Path>> chooser, Supplier<List<Path>> webcams) {
        this.ctx = ctx;
        this.analyzer = analyzer;
        this.poses = poses;
        this.pool = pool;
        this.decoder = new SerialExecutor(pool);
        this.chooser = chooser;
        this.webcams = webcams;
        this.recent = new RecentClips(ctx.store());
        this.drawings = new DrawingLayer(new DrawingStore(ctx.store().dir(), ctx.clock()), pool, this::setStatus, this::redraw,
                () -> Math.max(0, shown.get()), () -> info == null ? 0.0 : info.timeOf(Math.max(0, shown.get())),
                root::requestFocus);
        this.picker = new LifterPicker(pool, this::setStatus, canvas::setAccessibleText, this::redraw, p -> {
            lifter = p;
            redraw();
        });

        root.getStyleClass().add("video-view");
        root.setFocusTraversable(true);

        // ---- top: open, lift and view, analyse
        Button open = new Button("Open clip… (Ctrl+O)");
        open.setOnAction(e -> openWithDialog());
        Button webcam = new Button("Webcam (W)");
        webcam.setOnAction(e -> webcam());
        VideoHeader.liftChoice(liftBox, lifts, 240);
        // once a lift or view is chosen from the list, the player's keys work again at once
        liftBox.setOnHidden(e -> root.requestFocus());
        viewBox.setOnHidden(e -> root.requestFocus());
        VideoHeader.viewChoice(viewBox, liftBox);
        liftBox.valueProperty().addListener((o, a, b) -> {
            updateGuidance();
            beside.setLift(liftId(), viewBox.getValue());
            reanalyseReport();
        });
        viewBox.valueProperty().addListener((o, a, b) -> {
            updateGuidance();
            beside.setLift(liftId(), viewBox.getValue());
            reanalyseReport();
        });
        analyse.setOnAction(e -> analyse());
        cancel.setOnAction(e -> cancelAnalysis());
        forget.setOnAction(e -> {
            if (confirmingForget) {
                confirmingForget = false;
                forgetAnalysis();
            } else {
                askForget();
            }
        });
        forget.setDisable(true);
        analyse.setDisable(true);
        FlowPane top = VideoHeader.row(List.of(open, webcam, analyse, forget), open, webcam,
                VideoHeader.labelled("Lift", liftBox), VideoHeader.labelled("Camera", viewBox), analyse, forget);
        root.setTop(VideoHeader.of(top, guidance, viewWarning, status));

        // ---- centre: the picture
        screen.getStyleClass().add("video-screen");
        screen.getChildren().add(canvas);
        canvas.widthProperty().bind(screen.widthProperty());
        canvas.heightProperty().bind(screen.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        placeholder.getStyleClass().add("video-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        recentBox.setAlignment(Pos.CENTER);
        recentBox.managedProperty().bind(recentBox.visibleProperty());
        VBox emptyState = new VBox(16, placeholder, recentBox);
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setPickOnBounds(false);
        emptyState.visibleProperty().bind(placeholder.visibleProperty());
        StackPane centre = new StackPane(screen, emptyState);
        centre.setMinSize(200, 150);
        centre.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            e.consume();
        });
        centre.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        centre.setOnMousePressed(e -> {
            root.requestFocus();
            pressUsed = drawings.pressed(e);
        });
        centre.setOnMouseDragged(drawings::dragged);
        centre.setOnMouseReleased(drawings::released);
        centre.setOnMouseMoved(drawings::moved);
        centre.setOnMouseClicked(e -> {
            root.requestFocus();
            if (!pressUsed && e.isStillSincePress()) {
                pickLifter(e.getX(), e.getY());
            }
        });

        // ---- bottom: transport. Icon buttons, each naming itself and its key in a tooltip and its
        // accessible text; they sit in groups that wrap whole, so the row fits two lines at 800×600
        // and one from 1280 wide. Each has its key, and Tab reaches each (Space or Enter presses it).
        Button back = iconButton(new Button(), "mdi2s-step-backward", "One frame back (,)", "One frame back (key ,)");
        back.setOnAction(e -> step(-1));
        Button fwd = iconButton(new Button(), "mdi2s-step-forward", "One frame forward (.)", "One frame forward (key .)");
        fwd.setOnAction(e -> step(1));
        play.setId("video-play");
        iconButton(play, "mdi2p-play", "Play (Space)", "Play or pause (Space)");
        play.setOnAction(e -> togglePlay());
        speedMenu.setId("video-speed");
        speedMenu.setTooltip(new Tooltip("Speed: 1× · ½× · ¼× (keys 1 2 3)"));
        for (int i = 0; i < SPEEDS.length; i++) {
            RadioMenuItem item = new RadioMenuItem("Speed " + SPEED_NAMES[i] + " (key " + (i + 1) + ")");
            int index = i;
            item.setToggleGroup(speedGroup);
            item.setOnAction(e -> setSpeed(index));
            speedMenu.getItems().add(item);
        }
        speedGroup.getToggles().get(0).setSelected(true);
        showSpeed();
        speedMenu.setOnHidden(e -> root.requestFocus());
        loop.setId("video-loop");
        iconButton(loop, "mdi2r-repeat", "Loop rep (L)", "Loop the rep under the playhead (L)");
        loop.setOnAction(e -> toggleLoop());
        Button zoomOut = iconButton(new Button(), "mdi2m-magnify-minus-outline", "Zoom out (−)", "Zoom out (key −)");
        zoomOut.setOnAction(e -> zoom(zoom / 1.25));
        Button zoomFit = iconButton(new Button(), "mdi2f-fit-to-screen-outline", "Fit the frame (0)", "Fit the whole frame (key 0)");
        zoomFit.setOnAction(e -> zoom(1));
        Button zoomIn = iconButton(new Button(), "mdi2m-magnify-plus-outline", "Zoom in (+)", "Zoom in (key +)");
        zoomIn.setOnAction(e -> zoom(zoom * 1.25));
        Button full = iconButton(new Button(), "mdi2f-fullscreen", "Full screen (F)", "Full screen (F); F or Esc leaves it");
        full.setOnAction(e -> toggleFullScreen());
        scrub.setFocusTraversable(false);
        scrub.valueProperty().addListener((o, a, b) -> {
            if (!updatingScrub && info != null) {
                pause();
                request((int) Math.round(b.doubleValue()));
            }
        });
        // the bar keeps at least 200 px; the time and the frame keep their whole text, below the bar when both do not fit beside it
        scrub.setMinWidth(200);
        timeLabel.getStyleClass().add("video-time");
        timeLabel.setMinWidth(Region.USE_PREF_SIZE);
        frameLabel.getStyleClass().add("text-muted");
        frameLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox scrubLabels = new HBox(10, timeLabel, frameLabel);
        scrubLabels.setAlignment(Pos.CENTER_LEFT);
        scrubRow = new WrapRow(scrub, scrubLabels, false);
        scrubRow.setId("video-scrub-row");
        // the progress bar grows with the space (120–480 px) beside Cancel; what is being done and how far goes
        // before them, or above them when the row would not fit
        progress.setMinWidth(120);
        progress.setPrefWidth(260);
        progress.setMaxWidth(480);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox barAndCancel = new HBox(10, progress, cancel);
        barAndCancel.setAlignment(Pos.CENTER_LEFT);
        Label finding = new Label("Finding the skeleton…");
        finding.setMinWidth(Region.USE_PREF_SIZE);
        progressLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox progressText = new HBox(10, finding, progressLabel);
        progressText.setAlignment(Pos.CENTER_LEFT);
        progressRow = new WrapRow(barAndCancel, progressText, true);
        progressRow.setId("video-progress-row");
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        progressRow.visibleProperty().bind(analysing);
        besideToggle.setId("video-figure-toggle");
        iconButton(besideToggle, "mdi2h-human", "Figure (G)",
                "Figure (G): the correct-form figure of this lift beside the video, at the same point of the rep");
        besideToggle.setOnAction(e -> showBeside(besideToggle.isSelected()));
        Button pickLifterButton = iconButton(new Button(), "mdi2a-account-search-outline", "Pick the lifter (P)",
                "Pick the lifter (P): several people in frame? Outline them and pick one with Tab and Enter (or a click)");
        pickLifterButton.setOnAction(e -> startPicking());
        transport.getChildren().setAll(group(back, play, fwd), group(speedMenu, loop), group(zoomOut, zoomFit, zoomIn, full),
                group(drawings.tools().toArray(Node[]::new)), group(besideToggle, pickLifterButton));
        transport.setId("video-transport");
        transport.setHgap(10);
        transport.setVgap(6);
        transport.setAlignment(Pos.CENTER_LEFT);
        // FlowPane reckons its height for a 400 px wrap unless told: this is about the row's width at 800×600
        transport.setPrefWrapLength(440);
        // the note being typed and the readout of the drawings on this frame, on a line of their own while they have something
        HBox readoutRow = new HBox(8, drawings.noteField(), drawings.readoutLabel());
        readoutRow.setAlignment(Pos.CENTER_LEFT);
        readoutRow.visibleProperty().bind(drawings.noteField().visibleProperty()
                .or(drawings.readoutLabel().textProperty().isNotEmpty()));
        readoutRow.managedProperty().bind(readoutRow.visibleProperty());
        VBox bottom = new VBox(6, scrubRow, transport, readoutRow, progressRow);
        bottom.setPadding(new Insets(6, 12, 10, 12));

        BorderPane playerPane = new BorderPane(centre);
        playerPane.setBottom(bottom);
        root.setCenter(playerPane);

        // ---- right: reps and faults
        Label repsTitle = new Label("Reps and faults");
        repsTitle.getStyleClass().add("video-panel-title");
        ScrollPane repsScroll = new ScrollPane(repsBox);
        repsScroll.setFitToWidth(true);
        repsScroll.getStyleClass().add("video-reps");
        VBox right = new VBox(8, beside.root(), repsTitle, repsScroll);
        VBox.setVgrow(repsScroll, Priority.ALWAYS);
        right.setPadding(new Insets(10, 12, 10, 6));
        // 30 % of the section, 260–400 px: narrow enough in a small window for the player's buttons to keep
        // to two lines (260 at 800×600), wide enough on a large one for the figure beside the video to read
        right.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(260, Math.min(400, Math.floor(root.getWidth() * 0.3))), root.widthProperty()));
        right.setMinWidth(260);
        root.setRight(right);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        loadRecent();
        updateGuidance();
        showReport();
        updateTime();
    }

    /**
     * Makes {@code b} an icon button of the transport: {@code name} (with its key) is what a screen reader
     * says, {@code tip} the tooltip; it keeps its size.
     */
    private static <B extends ButtonBase> B iconButton(B b, String icon, String name, String tip) {
        b.setText(null);
        b.setGraphic(new FontIcon(icon));
        b.setAccessibleText(name);
        b.setTooltip(new Tooltip(tip));
        transportButton(b);
        return b;
    }

    /** Reached by its key and by Tab (then Space or Enter presses it, see {@link #onKey}). */
    private static void transportButton(Region b) {
        b.setFocusTraversable(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Buttons that belong together (frame steps and play, zoom, drawing tools), kept on one line when the row wraps. */
    private static HBox group(Node... items) {
        HBox g = new HBox(4, items);
        g.setAlignment(Pos.CENTER_LEFT);
        g.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : items) {
            if (n instanceof Region r) {
                transportButton(r);
            }
            if (n instanceof ButtonBase b && (b.getText() == null || b.getText().isEmpty()) && !b.getStyleClass().contains("button-icon")) {
                b.getStyleClass().add("button-icon"); // the theme's square icon button
            }
        }
        return g;
    }

    /** The play button shows what it does: play, or pause while playing. */
    private void showPlaying(boolean on) {
        ((FontIcon) play.getGraphic()).setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play");
        play.setAccessibleText(on ? "Pause (Space)" : "Play (Space)");
        play.getTooltip().setText(on ? "Pause (Space)" : "Play (Space)");
    }

    /** The speed button names the speed chosen. */
    private void showSpeed() {
        speedMenu.setText(SPEED_NAMES[speedIndex]);
        speedMenu.setAccessibleText("Speed " + SPEED_NAMES[speedIndex] + ": keys 1, 2, 3 choose 1×, ½×, ¼×");
    }

    /** The row of player buttons under the video. */
    FlowPane transport() {
        return transport;
    }

    /** The scrub bar with the time and the frame beside or below it. */
    Region scrubRow() {
        return scrubRow;
    }

    /** The analysis's progress: what is being done, how far, the bar and Cancel (shown while analysing). */
    Region progressRow() {
        return progressRow;
    }

    /** The position label: frame, total and speed. */
    Label frameLabel() {
        return frameLabel;
    }

    /** The scrub bar. */
    Slider scrub() {
        return scrub;
    }

    public BorderPane root() {
        return root;
    }

    ReadOnlyIntegerProperty shownFrameProperty() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    LandmarkFile landmarks() {
        return landmarks;
    }

    SetReport report() {
        return report;
    }

    double speed() {
        return SPEEDS[speedIndex];
    }

    double zoomFactor() {
        return zoom;
    }

    String statusText() {
        return status.isVisible() ? status.getText() : "";
    }

    int loopStart() {
        return loopStart;
    }

    int loopEnd() {
        return loopEnd;
    }

    VBox repsPanel() {
        return repsBox;
    }

    // ------------------------------------------------------------------ keys

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof ComboBox<?> || e.getTarget() instanceof javafx.scene.control.TextInputControl
                || liftBox.isShowing() || viewBox.isShowing()) {
            return;
        }
        if (picker.onKey(e) || drawings.onKey(e)) {
            e.consume();
            return;
        }
        KeyCode k = e.getCode();
        if (confirmingForget) {
            // the question asked by the first Delete: Delete or Enter deletes, anything else keeps
            confirmingForget = false;
            if (k == KeyCode.DELETE || k == KeyCode.ENTER) {
                forgetAnalysis();
            } else {
                setStatus("Kept this clip's analysis and drawings.");
            }
            e.consume();
            return;
        }
        if ((k == KeyCode.SPACE || k == KeyCode.ENTER) && e.getTarget() instanceof ButtonBase b && b.isFocusVisible()
                && !b.isDisabled() && !e.isShortcutDown() && !e.isAltDown()) {
            // a button reached with Tab: Space or Enter presses it (the player's keys work everywhere else)
            if (b instanceof MenuButton m) {
                m.show();
            } else {
                b.fire();
            }
            e.consume();
            return;
        }
        boolean handled = true;
        if (e.isShortcutDown()) {
            if (k == KeyCode.O) {
                openWithDialog();
            } else {
                handled = false;
            }
        } else if (e.isAltDown()) {
            handled = false;
        } else if (opening && WAITS_FOR_CLIP.contains(k)) {
            // typed while the clip is still being decoded (R, a recent clip, a dropped file): kept, and
            // played on the clip as soon as it is open, in the order typed
            if (typedWhileOpening.size() < MAX_TYPED_WHILE_OPENING) {
                typedWhileOpening.add(k);
            }
        } else {
            handled = playerKey(k);
        }
        if (handled) {
            e.consume();
        }
    }

    /** What a player key (no Ctrl, no Alt) does; false when {@code k} is not one of them. */
    private boolean playerKey(KeyCode k) {
        boolean handled = true;
        if (k == KeyCode.SPACE) {
            togglePlay();
        } else if (k == KeyCode.COMMA) {
            step(-1);
        } else if (k == KeyCode.PERIOD) {
            step(1);
        } else if (k == KeyCode.LEFT) {
            jumpSeconds(-1);
        } else if (k == KeyCode.RIGHT) {
            jumpSeconds(1);
        } else if (k == KeyCode.HOME) {
            goTo(0);
        } else if (k == KeyCode.END) {
            goTo(info == null ? 0 : info.frameCount() - 1);
        } else if (k == KeyCode.DIGIT1 || k == KeyCode.NUMPAD1) {
            setSpeed(0);
        } else if (k == KeyCode.DIGIT2 || k == KeyCode.NUMPAD2) {
            setSpeed(1);
        } else if (k == KeyCode.DIGIT3 || k == KeyCode.NUMPAD3) {
            setSpeed(2);
        } else if (k == KeyCode.L) {
            loop.setSelected(!loop.isSelected());
            toggleLoop();
        } else if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            zoom(zoom * 1.25);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoom(zoom / 1.25);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            zoom(1);
        } else if (k == KeyCode.F || k == KeyCode.F11) {
            toggleFullScreen();
        } else if (k == KeyCode.G) {
            showBeside(!beside.isShown());
        } else if (k == KeyCode.H && beside.isShown()) {
            beside.toggleFault();
        } else if (k == KeyCode.P) {
            startPicking();
        } else if (k == KeyCode.A) {
            analyse();
        } else if (k == KeyCode.R && info == null && !recentClips.isEmpty()) {
            open(recentClips.get(0));
        } else if (k == KeyCode.DELETE) {
            askForget();
        } else if (k == KeyCode.ESCAPE && analysing.get()) {
            cancelAnalysis();
        } else {
            handled = false;
        }
        return handled;
    }

    // ------------------------------------------------------------------ opening

    void openWithDialog() {
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        chooser.apply(w).ifPresent(this::open);
    }

    /** The app's file dialog for clips. */
    public static Function<Window, Optional<Path>> fileChooser() {
        return window -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open a clip of your set");
            fc.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Videos", "*.mp4", "*.m4v", "*.mov", "*.webm", "*.avi", "*.mkv", "*.3gp",
                            "*.MP4", "*.MOV", "*.WEBM", "*.AVI", "*.MKV"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File f = fc.showOpenDialog(window);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    /** Opens {@code file} in the player (in the background); a file that is not a video gets a message. */
    public void open(Path file) {
        pause();
        long generation = ++openGeneration;
        opening = true;
        // the player has the keyboard at once (not when the clip is decoded): a key typed right after
        // Enter on a recent clip's link must not press the link again
        Focus.whenInScene(root, root::requestFocus);
        cancelAnalysis();
        setStatus(null);
        decoder.execute(() -> {
            VideoClip previous = clip;
            clip = null;
            if (previous != null) {
                previous.close();
            }
            try {
                VideoClip next = VideoClip.open(file);
                VideoFrame first = next.next();
                if (first == null) {
                    next.close();
                    throw new VideoException(file.getFileName() + " has no frames that could be decoded.");
                }
                clip = next;
                Platform.runLater(() -> opened(generation, file, next.info(), first));
            } catch (VideoException e) {
                Platform.runLater(() -> openFailed(generation, e.getMessage()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> openFailed(generation, file.getFileName() + " could not be opened: " + e.getMessage()));
            }
        });
    }

    /** The clip did not open: the keys typed for it have nothing to act on, the message says why. */
    private void openFailed(long generation, String message) {
        if (generation != openGeneration) {
            return;
        }
        opening = false;
        typedWhileOpening.clear();
        setStatus(message);
    }

    private void opened(long generation, Path file, VideoInfo videoInfo, VideoFrame first) {
        if (generation != openGeneration) {
            return;
        }
        clipPath = file;
        drawings.reset();
        picker.stop();
        clipHash = null;
        lifter = null;
        info = videoInfo;
        landmarks = null;
        report = null;
        loopStart = -1;
        loopEnd = -1;
        loop.setSelected(false);
        zoom = 1;
        busy = false;
        pending = -1;
        placeholder.setVisible(false);
        updatingScrub = true;
        scrub.setMax(Math.max(1, info.frameCount() - 1));
        scrub.setValue(0);
        updatingScrub = false;
        analyse.setDisable(false);
        forget.setDisable(true);
        showFrame(first);
        showReport();
        root.requestFocus();
        opening = false;
        List<KeyCode> typed = List.copyOf(typedWhileOpening);
        typedWhileOpening.clear();
        typed.forEach(this::playerKey);
        // a clip analysed before shows its skeleton at once
        CameraView view = viewBox.getValue();
        String lift = liftId();
        pool.execute(() -> {
            try {
                recent.add(file);
            } catch (StoreException | RuntimeException e) {
                // the list of recent clips is a convenience; the clip is open all the same
            }
            try {
                String hash = formcoach.video.pose.PoseCache.hash(file);
                Optional<LandmarkFile> cached = poses.cache().find(hash, lift, view);
                SetReport r = cached.isPresent() ? runAnalyzer(cached.get(), lift, view) : null;
                Platform.runLater(() -> {
                    if (generation != openGeneration) {
                        return;
                    }
                    clipHash = hash;
                    drawings.load(hash, info.width(), info.height(), info.fps());
                    cached.ifPresent(f -> {
                        applyAnalysis(f, r);
                        setStatus("The skeleton comes from this clip's saved analysis. Delete analysis forgets it.");
                    });
                });
            } catch (StoreException e) {
                Platform.runLater(() -> {
                    if (generation == openGeneration) {
                        setStatus(e.getMessage());
                    }
                });
            } catch (java.io.IOException | RuntimeException e) {
                // no saved analysis to show: the person can analyse
            }
        });
    }

    private void loadRecent() {
        pool.execute(() -> {
            try {
                List<Path> found = recent.list();
                Platform.runLater(() -> showRecent(found));
            } catch (StoreException e) {
                Platform.runLater(() -> setStatus(e.getMessage()));
            } catch (RuntimeException e) {
                // no list of recent clips: nothing to offer
            }
        });
    }

    private void showRecent(List<Path> clips) {
        recentClips = clips;
        recentBox.getChildren().clear();
        if (!clips.isEmpty()) {
            Label title = new Label("Recent clips (R opens the first)");
            title.getStyleClass().add("video-placeholder");
            recentBox.getChildren().add(title);
            for (Path p : clips) {
                Hyperlink link = new Hyperlink(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
                link.getStyleClass().add("video-recent");
                link.setOnAction(e -> open(p));
                recentBox.getChildren().add(link);
            }
        }
        recentBox.setVisible(!clips.isEmpty());
    }

    /** A click on the picture marks the lifter: the next analysis follows the person nearest the mark. */
    void pickLifter(double sceneX, double sceneY) {
        if (info == null || drawn[2] <= 0 || analysing.get()) {
            return;
        }
        double fx = (sceneX - drawn[0]) / drawn[2];
        double fy = (sceneY - drawn[1]) / drawn[3];
        if (fx < 0 || fy < 0 || fx > 1 || fy > 1) {
            return;
        }
        if (picker.clicked(fx, fy)) {
            return;
        }
        lifter = new double[]{fx, fy};
        setStatus("Lifter marked. Press A: the analysis follows the person nearest the mark.");
        redraw();
    }

    /** What the Webcam button does instead of the message below (the section shows the live view). */
    public void setOnWebcam(Runnable action) {
        this.onWebcam = action;
    }

    private void showBeside(boolean on) {
        besideToggle.setSelected(on);
        beside.setLift(liftId(), viewBox.getValue());
        beside.setShown(on);
        if (on && speedIndex == 0) {
            // the figure is for seeing the form: slow motion unless the person chose a speed
            setSpeed(1);
        }
        if (on) {
            setStatus("The correct-form figure follows your reps at the same phase. G hides it; H shows the rep's fault or clean form.");
        }
        redraw();
    }

    private void startPicking() {
        if (analysing.get()) {
            setStatus("Wait for the analysis to finish (or cancel it with Esc) before picking the lifter.");
            return;
        }
        pause();
        picker.start(lastFrame == null ? null : lastFrame.image());
    }

    /** Where the point at ({@code fx}, {@code fy}) of the shown frame is on the screen (for tests driving the mouse). */
    javafx.geometry.Point2D screenPoint(double fx, double fy) {
        return canvas.localToScreen(drawn[0] + fx * drawn[2], drawn[1] + fy * drawn[3]);
    }

    /** What a screen reader says for the picture (the person highlighted while picking the lifter). */
    String pictureAccessibleText() {
        return canvas.getAccessibleText();
    }

    DrawingLayer drawingLayer() {
        return drawings;
    }

    FigureBeside figureBeside() {
        return beside;
    }

    LifterPicker lifterPicker() {
        return picker;
    }

    double[] lifterMark() {
        return lifter;
    }

    private void webcam() {
        if (onWebcam != null) {
            pause();
            onWebcam.run();
            return;
        }
        List<Path> found = webcams.get();
        if (found.isEmpty()) {
            setStatus("No webcam was found on this computer. Record your set with a phone or camera and open the clip "
                    + "(Ctrl+O), or connect a webcam and try again.");
        } else {
            setStatus("Webcam " + found.get(0) + " found. Live analysis is not available yet: record the set with your "
                    + "camera app and open the clip (Ctrl+O).");
        }
    }

    // ------------------------------------------------------------------ frames

    private void request(int index) {
        if (info == null) {
            return;
        }
        int target = Math.max(0, Math.min(index, Math.max(0, info.frameCount() - 1)));
        if (busy) {
            pending = target;
            return;
        }
        busy = true;
        inFlight = target;
        long generation = openGeneration;
        decoder.execute(() -> {
            VideoFrame f = null;
            String problem = null;
            try {
                if (clip != null) {
                    f = clip.frame(target);
                }
            } catch (VideoException e) {
                problem = e.getMessage();
            }
            VideoFrame frame = f;
            String message = problem;
            Platform.runLater(() -> decoded(generation, target, frame, message));
        });
    }

    private void decoded(long generation, int target, VideoFrame frame, String problem) {
        busy = false;
        if (generation != openGeneration) {
            return;
        }
        if (problem != null) {
            pause();
            setStatus(problem);
        } else if (frame != null) {
            showFrame(frame);
        } else if (playing.get()) {
            // the container promised more frames than there are: the end is here
            pause();
        }
        if (pending >= 0) {
            int next = pending;
            pending = -1;
            if (next != shown.get()) {
                request(next);
            }
        }
    }

    private void showFrame(VideoFrame f) {
        var img = f.image();
        if (picture == null || (int) picture.getWidth() != img.width() || (int) picture.getHeight() != img.height()) {
            picture = new WritableImage(img.width(), img.height());
        }
        picture.getPixelWriter().setPixels(0, 0, img.width(), img.height(), PixelFormat.getByteRgbInstance(),
                img.pixels(), 0, 3 * img.width());
        shown.set(f.index());
        lastFrame = f;
        beside.show(f.index());
        drawings.frameChanged();
        updatingScrub = true;
        scrub.setValue(f.index());
        updatingScrub = false;
        updateTime();
        redraw();
    }

    private void updateTime() {
        if (info == null) {
            timeLabel.setText("–:–– / –:––");
            frameLabel.setText("");
            return;
        }
        int i = Math.max(0, shown.get());
        timeLabel.setText(clock(info.timeOf(i)) + " / " + clock(info.durationSeconds()));
        frameLabel.setText("frame " + (i + 1) + " of " + info.frameCount() + " · " + SPEED_NAMES[speedIndex]);
    }

    static String clock(double seconds) {
        int m = (int) (seconds / 60);
        double s = seconds - 60 * m;
        return String.format(Locale.ROOT, "%d:%05.2f", m, s);
    }

    private void redraw() {
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(18, 18, 20));
        g.fillRect(0, 0, cw, ch);
        if (picture == null || cw <= 0 || ch <= 0) {
            return;
        }
        double scale = Math.min(cw / picture.getWidth(), ch / picture.getHeight()) * zoom;
        double w = picture.getWidth() * scale;
        double h = picture.getHeight() * scale;
        double x = (cw - w) / 2;
        double y = (ch - h) / 2;
        if (zoom > 1 && landmarks != null) {
            // zoomed in: keep the lifter (the hips' middle) in view
            LandmarkFile.Frame f = frameAt(shown.get());
            if (f != null && f.visibility(formcoach.video.Landmark.LEFT_HIP) > SkeletonPainter.MIN_VISIBILITY) {
                double hx = (f.x(formcoach.video.Landmark.LEFT_HIP) + f.x(formcoach.video.Landmark.RIGHT_HIP)) / 2;
                double hy = (f.y(formcoach.video.Landmark.LEFT_HIP) + f.y(formcoach.video.Landmark.RIGHT_HIP)) / 2;
                x = clampOffset(cw / 2 - hx * w, cw, w);
                y = clampOffset(ch / 2 - hy * h, ch, h);
            }
        }
        g.drawImage(picture, x, y, w, h);
        drawn[0] = x;
        drawn[1] = y;
        drawn[2] = w;
        drawn[3] = h;
        if (lifter != null) {
            double mx = x + lifter[0] * w;
            double my = y + lifter[1] * h;
            g.setStroke(Color.web("#ffd166"));
            g.setLineWidth(3);
            g.strokeOval(mx - 14, my - 14, 28, 28);
            g.strokeLine(mx - 22, my, mx - 8, my);
            g.strokeLine(mx + 8, my, mx + 22, my);
            g.strokeLine(mx, my - 22, mx, my - 8);
            g.strokeLine(mx, my + 8, mx, my + 22);
        }
        LandmarkFile.Frame f = frameAt(shown.get());
        if (f != null) {
            SkeletonPainter.paint(g, f, x, y, w, h);
        }
        drawings.paint(g, x, y, w, h, Math.max(0, shown.get()));
        picker.paint(g, x, y, w, h);
        String flag = flagsAt(shown.get());
        if (flag != null) {
            g.setFont(Font.font(null, FontWeight.BOLD, Math.max(14, Math.min(28, ch / 22))));
            g.setFill(Color.rgb(0, 0, 0, 0.6));
            g.fillRoundRect(12, 12, Math.min(cw - 24, flag.length() * g.getFont().getSize() * 0.62 + 24), g.getFont().getSize() + 18, 10, 10);
            g.setFill(Color.web("#ffd166"));
            g.fillText(flag, 24, 18 + g.getFont().getSize());
        }
    }

    private static double clampOffset(double offset, double view, double size) {
        return Math.max(view - size, Math.min(0, offset));
    }

    private LandmarkFile.Frame frameAt(int index) {
        if (landmarks == null || index < 0 || index >= landmarks.frames().size()) {
            return null;
        }
        LandmarkFile.Frame f = landmarks.frames().get(index);
        return f;
    }

    /** "Rep 2 · Shrugging" while the playhead is inside a rep with faults, "Rep 2" inside a clean rep. */
    private String flagsAt(int index) {
        if (report == null || info == null || index < 0) {
            return null;
        }
        double t = info.timeOf(index);
        for (SetReport.Rep r : report.reps()) {
            if (t >= r.start() && t <= r.end()) {
                List<String> names = r.faults().stream().sorted().map(Fault::displayName).toList();
                return "Rep " + r.rep() + (names.isEmpty() ? " · no fault flagged" : " · " + String.join(", ", names));
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ playing

    private void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    private void play() {
        if (info == null) {
            return;
        }
        int start = shown.get();
        if (start >= info.frameCount() - 1 && loopStart < 0) {
            start = 0;
            request(0);
        }
        playStartIndex = Math.max(0, start);
        playStartNanos = -1;
        playing.set(true);
        showPlaying(true);
        ticker.start();
    }

    void pause() {
        if (playing.get()) {
            playing.set(false);
            showPlaying(false);
            ticker.stop();
        }
    }

    private void tick(long now) {
        if (!playing.get() || info == null) {
            return;
        }
        if (playStartNanos < 0) {
            playStartNanos = now;
        }
        int target = playStartIndex + (int) Math.floor((now - playStartNanos) / 1e9 * info.fps() * speed());
        if (loopStart >= 0 && target > loopEnd) {
            playStartIndex = loopStart;
            playStartNanos = now;
            target = loopStart;
        } else if (target >= info.frameCount()) {
            target = info.frameCount() - 1;
            if (shown.get() >= target) {
                pause();
                return;
            }
        }
        if (target != shown.get()) {
            request(target);
        }
    }

    private void step(int by) {
        if (info == null) {
            return;
        }
        pause();
        // keys faster than decoding step on from the frame already asked for, so none is lost
        int base = pending >= 0 ? pending : busy ? inFlight : shown.get();
        request(base + by);
    }

    private void jumpSeconds(double seconds) {
        if (info == null) {
            return;
        }
        boolean wasPlaying = playing.get();
        pause();
        goTo(shown.get() + (int) Math.round(seconds * info.fps()));
        if (wasPlaying) {
            play();
        }
    }

    private void goTo(int index) {
        if (info == null) {
            return;
        }
        pause();
        request(index);
    }

    private void setSpeed(int index) {
        boolean wasPlaying = playing.get();
        pause();
        speedIndex = index;
        speedGroup.getToggles().get(index).setSelected(true);
        showSpeed();
        updateTime();
        if (wasPlaying) {
            play();
        }
    }

    private void toggleLoop() {
        if (!loop.isSelected()) {
            loopStart = -1;
            loopEnd = -1;
            setStatus(null);
            return;
        }
        if (report == null || report.reps().isEmpty() || info == null) {
            loop.setSelected(false);
            setStatus(report == null ? "Looping a rep needs the reps: analyse the clip first (A)."
                    : "No reps were counted in this clip, so there is no rep to loop.");
            return;
        }
        double t = info.timeOf(Math.max(0, shown.get()));
        SetReport.Rep rep = report.reps().stream().filter(r -> t <= r.end()).findFirst()
                .orElse(report.reps().get(report.reps().size() - 1));
        loopRep(rep);
    }

    private void loopRep(SetReport.Rep rep) {
        loopStart = info.frameAt(rep.start());
        loopEnd = Math.max(loopStart, info.frameAt(rep.end()));
        loop.setSelected(true);
        setStatus("Looping rep " + rep.rep() + " (" + clock(rep.start()) + "–" + clock(rep.end()) + "). L stops the loop.");
        pause();
        request(loopStart);
        playStartIndex = loopStart;
        playStartNanos = -1;
        playing.set(true);
        showPlaying(true);
        ticker.start();
    }

    private void zoom(double factor) {
        zoom = Math.max(1, Math.min(4, factor));
        redraw();
    }

    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage st) {
            st.setFullScreenExitHint("F or Esc leaves full screen");
            st.setFullScreen(!st.isFullScreen());
        }
    }

    // ------------------------------------------------------------------ analysis

    private String liftId() {
        Exercise e = liftBox.getValue();
        return e == null ? null : e.id();
    }

    /** Chooses the lift by library id (for the keyboard-free path and tests). */
    void selectLift(String id) {
        liftBox.getItems().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(liftBox::setValue);
    }

    private void updateGuidance() {
        Exercise e = liftBox.getValue();
        CameraView view = viewBox.getValue();
        if (e == null) {
            guidance.setText(CameraGuide.noLift());
            viewWarning.setVisible(false);
            return;
        }
        guidance.setText(CameraGuide.advice(e.id(), e.category()));
        String warning = view == null ? null : CameraGuide.warning(e.category(), view);
        viewWarning.setText(warning == null ? "" : "⚠ " + warning);
        viewWarning.setVisible(warning != null);
    }

    private void analyse() {
        if (clipPath == null || analysing.get()) {
            if (clipPath == null) {
                setStatus("Open a clip first (Ctrl+O).");
            }
            return;
        }
        pause();
        AtomicBoolean flag = new AtomicBoolean();
        cancelFlag = flag;
        analysing.set(true);
        progress.setProgress(0);
        progressLabel.setText("");
        setStatus(null);
        Path path = clipPath;
        long generation = openGeneration;
        String lift = liftId();
        CameraView view = viewBox.getValue();
        double[] mark = lifter;
        AtomicLong latest = new AtomicLong();
        AtomicBoolean posted = new AtomicBoolean();
        pool.execute(() -> {
            try {
                PoseService.Result result = poses.landmarks(path, lift, view, mark, (done, total) -> {
                    latest.set(((long) done << 32) | total);
                    if (posted.compareAndSet(false, true)) {
                        Platform.runLater(() -> {
                            posted.set(false);
                            long v = latest.get();
                            int d = (int) (v >>> 32);
                            int t = (int) v;
                            progress.setProgress(t == 0 ? -1 : (double) d / t);
                            progressLabel.setText(d + " of " + t + " frames");
                        });
                    }
                }, flag::get);
                SetReport r = runAnalyzer(result.landmarks(), lift, view);
                Platform.runLater(() -> {
                    analysing.set(false);
                    if (generation != openGeneration) {
                        return;
                    }
                    clipHash = result.clipHash();
                    applyAnalysis(result.landmarks(), r);
                    long seen = result.landmarks().frames().stream()
                            .filter(f -> f.visibility(formcoach.video.Landmark.LEFT_SHOULDER) >= SkeletonPainter.MIN_VISIBILITY
                                    || f.visibility(formcoach.video.Landmark.RIGHT_SHOULDER) >= SkeletonPainter.MIN_VISIBILITY)
                            .count();
                    String msg = seen == 0 ? "No person was found in this clip. Film your whole body, well lit."
                            : result.storeProblem().orElse(null);
                    setStatus(msg);
                });
            } catch (CancellationException e) {
                Platform.runLater(() -> {
                    analysing.set(false);
                    setStatus("Analysis cancelled. Press A to start it again.");
                });
            } catch (VideoException | PoseException e) {
                Platform.runLater(() -> {
                    analysing.set(false);
                    setStatus(e.getMessage());
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    analysing.set(false);
                    setStatus("The analysis failed: " + e);
                });
            }
        });
    }

    private SetReport runAnalyzer(LandmarkFile file, String lift, CameraView view) {
        if (analyzer == null || lift == null) {
            return null;
        }
        return analyzer.analyze(file, lift, view);
    }

    private void reanalyseReport() {
        if (landmarks == null) {
            showReport();
            return;
        }
        LandmarkFile file = landmarks;
        String lift = liftId();
        CameraView view = viewBox.getValue();
        pool.execute(() -> {
            try {
                SetReport r = runAnalyzer(file, lift, view);
                Platform.runLater(() -> {
                    if (landmarks == file) {
                        report = r;
                        beside.setAnalysis(file, r, lift, view);
                        showReport();
                        redraw();
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> setStatus("The reps could not be counted: " + e.getMessage()));
            }
        });
    }

    private void applyAnalysis(LandmarkFile file, SetReport r) {
        landmarks = file;
        report = r;
        beside.setAnalysis(file, r, liftId(), viewBox.getValue());
        forget.setDisable(false);
        showReport();
        redraw();
    }

    private void cancelAnalysis() {
        cancelFlag.set(true);
    }

    /**
     * The first Delete (key or button) only asks: the drawings go with the analysis and are the
     * person's own work, so a stray key must not take them.
     */
    private void askForget() {
        if (clipHash == null || landmarks == null) {
            setStatus("This clip has no saved analysis.");
            return;
        }
        confirmingForget = true;
        setStatus("Delete this clip's analysis and its drawings? Press Delete again (or Enter) to delete, any other key to keep them.");
    }

    private void forgetAnalysis() {
        if (clipHash == null || landmarks == null) {
            setStatus("This clip has no saved analysis.");
            return;
        }
        String hash = clipHash;
        pool.execute(() -> {
            try {
                boolean had = poses.cache().delete(hash);
                Platform.runLater(() -> {
                    landmarks = null;
                    report = null;
                    beside.setAnalysis(null, null, null, null);
                    forget.setDisable(true);
                    loopStart = -1;
                    loopEnd = -1;
                    loop.setSelected(false);
                    showReport();
                    redraw();
                    String done = had ? "The analysis of this clip was deleted from the data folder" : "This clip has no saved analysis";
                    setStatus(done + ".");
                    drawings.deleteStored(hadDrawings -> {
                        if (hadDrawings) {
                            setStatus(done + (had ? ", with its drawings." : "; its drawings were deleted."));
                        }
                    });
                });
            } catch (StoreException e) {
                Platform.runLater(() -> setStatus(e.getMessage()));
            }
        });
    }

    // ------------------------------------------------------------------ reps panel

    private void showReport() {
        repsBox.getChildren().clear();
        if (landmarks == null) {
            repsBox.getChildren().add(muted(clipPath == null
                    ? "Open a clip, choose the lift, then press Analyse (A). Each rep is listed here with the faults found."
                    : "Press Analyse (A) to find your skeleton; the reps and faults are listed here. "
                    + "Several people in frame? Click on the lifter first."));
            return;
        }
        if (analyzer == null) {
            repsBox.getChildren().add(muted("Rep counting is not part of this build; the skeleton is shown on the video."));
            return;
        }
        if (liftId() == null) {
            repsBox.getChildren().add(muted("Choose the lift above to count reps and check them for faults."));
            return;
        }
        if (report == null) {
            repsBox.getChildren().add(muted("Counting reps…"));
            return;
        }
        for (String w : report.warnings()) {
            Label l = new Label("⚠ " + w);
            l.setWrapText(true);
            l.getStyleClass().add("video-warning");
            repsBox.getChildren().add(l);
        }
        if (report.reps().isEmpty()) {
            repsBox.getChildren().add(muted("No reps were counted. The set-up and re-racking are not counted; "
                    + "a rep needs the full movement in frame."));
        }
        for (SetReport.Rep rep : report.reps()) {
            repsBox.getChildren().add(repCard(rep));
        }
    }

    private Node repCard(SetReport.Rep rep) {
        Hyperlink title = new Hyperlink("Rep " + rep.rep() + "  ·  " + clock(rep.start()) + "–" + clock(rep.end()));
        title.getStyleClass().add("video-rep-title");
        title.setOnAction(e -> goTo(info.frameAt(rep.start())));
        Hyperlink loopIt = new Hyperlink("Loop");
        loopIt.setOnAction(e -> loopRep(rep));
        HBox head = new HBox(6, title, loopIt);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, head);
        card.getStyleClass().add("video-rep");
        card.getStyleClass().add(rep.faults().isEmpty() ? "video-rep-clean" : "video-rep-faulty");
        List<Map.Entry<String, SetReport.Measure>> measures = new ArrayList<>(rep.measures().entrySet());
        measures.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, SetReport.Measure> m : measures) {
            SetReport.Measure v = m.getValue();
            boolean flagged = v.flagged() || rep.faults().contains(v.fault());
            Label what = new Label((flagged ? "✖ " : "✓ ") + v.fault().displayName() + (v.estimate() ? " (estimate)" : "")
                    + ": " + m.getKey() + " " + num(v.value()) + " against " + num(v.threshold()));
            what.setWrapText(true);
            what.getStyleClass().add(flagged ? "video-fault" : "video-ok");
            Hyperlink peak = new Hyperlink("Go to the peak, " + clock(v.peakTime()));
            peak.setOnAction(e -> goTo(info.frameAt(v.peakTime())));
            peak.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(4, peak);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(what);
            if (flagged && liftId() != null) {
                Hyperlink fix = new Hyperlink("How to fix it");
                String lift = liftId();
                fix.setOnAction(e -> ctx.navigator().openExercise(lift));
                fix.setTooltip(new Tooltip("Open the lift's " + v.fault().displayName().toLowerCase(Locale.ROOT) + " card and its fix"));
                fix.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(fix);
            }
            card.getChildren().add(row);
        }
        for (Fault f : rep.faults()) {
            boolean measured = rep.measures().values().stream().anyMatch(v -> v.fault() == f);
            if (!measured) {
                card.getChildren().add(new Label("✖ " + f.displayName()));
            }
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

    /** Stops playback and lets go of the clip (the section is closed). */
    public void close() {
        pause();
        cancelAnalysis();
        openGeneration++;
        opening = false;
        typedWhileOpening.clear();
        decoder.execute(() -> {
            if (clip != null) {
                clip.close();
                clip = null;
            }
        });
    }
}

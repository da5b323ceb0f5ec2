package formcoach.video.ui;

import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.ui.Section;
import formcoach.ui.Stylesheets;
import formcoach.ui.UiContext;
import formcoach.video.SetAnalyzer;
import formcoach.video.decode.Webcams;
import formcoach.video.pose.ClipAnalyzer;
import formcoach.video.pose.PoseCache;
import formcoach.video.pose.PoseService;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import formcoach.video.live.CameraDevice;
import formcoach.video.live.CameraSource;
import formcoach.video.live.Cameras;
import formcoach.video.live.LiveSession;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The Video section (Ctrl+6): open a clip of a set, see the skeleton on it, and the reps and faults
 * that the given {@link SetAnalyzer} finds. Built the first time it is shown. {@link #open(String)}
 * takes a clip's path.
 */
public final class VideoSection implements Section {
    /** Where recorded sets go, in the data folder. */
    static final String RECORDINGS = "video-recordings";
    private final UiContext ctx;
    private final SetAnalyzer analyzer;
    private final Supplier<List<Exercise>> lifts;
    private final Path dataDir;
    private ExecutorService pool;
    private VideoView view;
    private LiveView live;
    // the webcams and how one is opened; tests give their own before the live view is first shown
    private Supplier<List<CameraDevice>> cameras = Cameras::find;
    private LiveView.Opener opener = d -> CameraSource.open(d, 1280, 720, 30);
    private StackPane container;
    private String pendingOpen;

    /**
     * @param analyzer the rep and fault detector; null when the build has none
     * @param library  the library, for the lift choice (used once it has loaded)
     */
    public VideoSection(UiContext ctx, SetAnalyzer analyzer, CompletableFuture<Library> library) {
        this.ctx = Objects.requireNonNull(ctx);
        this.analyzer = analyzer;
        this.lifts = () -> library.isDone() && !library.isCompletedExceptionally() ? library.join().all() : List.of();
        this.dataDir = ctx.store().dir();
    }

    @Override
    public String id() {
        return "video";
    }

    @Override
    public Node view() {
        player();
        return container;
    }

    VideoView player() {
        if (view == null) {
            AtomicInteger n = new AtomicInteger();
            // its own threads: an analysis keeps two busy (decoding and the models) for as long as the clip lasts,
            // and must not hold up the app's loading and saving
            pool = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "formcoach-video-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            PoseService poses = new PoseService(new ClipAnalyzer(pool, 2), new PoseCache(dataDir, ctx.clock()));
            view = new VideoView(ctx, analyzer, lifts, poses, pool, VideoView.fileChooser(), Webcams::find);
            view.root().getStylesheets().add(Stylesheets.of(VideoSection.class, "video.css"));
            container = new StackPane(view.root());
            view.setOnWebcam(this::showLive);
            // W opens the live view from the player (Space belongs to play/pause there)
            container.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.W && !e.isShortcutDown() && !e.isAltDown() && view.root().isVisible()
                        && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)
                        && !(e.getTarget() instanceof javafx.scene.control.ComboBox<?> c && c.isShowing())) {
                    e.consume();
                    showLive();
                }
            });
        }
        return view;
    }

    /** The live webcam view (made the first time the Webcam button is pressed). */
    LiveView live() {
        player();
        if (live == null) {
            live = new LiveView(ctx, analyzer, lifts, cameras, opener,
                    LiveSession.tracker(2), pool, dataDir.resolve(RECORDINGS), this::showPlayer,
                    () -> {
                        showPlayer();
                        view.openWithDialog();
                    },
                    clip -> {
                        showPlayer();
                        view.open(clip);
                    });
            live.root().getStylesheets().add(Stylesheets.of(VideoSection.class, "video.css"));
        }
        return live;
    }

    /** The webcams and how to open one (for tests; before the live view is first shown). */
    void useCameras(Supplier<List<CameraDevice>> cameras, LiveView.Opener opener) {
        this.cameras = cameras;
        this.opener = opener;
    }

    /** Shows the live view in place of the player and looks for a camera. */
    void showLive() {
        LiveView l = live();
        if (!container.getChildren().contains(l.root())) {
            container.getChildren().add(l.root());
        }
        view.root().setVisible(false);
        l.root().setVisible(true);
        l.root().requestFocus();
        l.show();
    }

    private void showPlayer() {
        if (live != null) {
            live.stop();
            container.getChildren().remove(live.root());
        }
        view.root().setVisible(true);
        view.root().requestFocus();
    }

    @Override
    public void shown() {
        if (live != null && container.getChildren().contains(live.root())) {
            // back from another section: the camera was stopped on leaving, show the player
            showPlayer();
        }
        player().root().requestFocus();
        if (pendingOpen != null) {
            view.open(Path.of(pendingOpen));
            pendingOpen = null;
        }
    }

    /** Opens the clip at this path. */
    @Override
    public void open(String clipPath) {
        if (clipPath == null) {
            return;
        }
        if (view == null) {
            pendingOpen = clipPath;
        } else {
            view.open(Path.of(clipPath));
        }
    }
}

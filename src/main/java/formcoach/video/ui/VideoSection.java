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
    private final UiContext ctx;
    private final SetAnalyzer analyzer;
    private final Supplier<List<Exercise>> lifts;
    private final Path dataDir;
    private ExecutorService pool;
    private VideoView view;
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
        return player().root();
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
        }
        return view;
    }

    @Override
    public void shown() {
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

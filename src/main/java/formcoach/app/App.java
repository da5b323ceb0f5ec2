package formcoach.app;

import formcoach.ui.Stylesheets;
import formcoach.store.DataDirs;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The JavaFX application: builds the services and the main window, restores and saves its place. */
public final class App extends Application {
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 520;

    private static Optional<Path> dataDir = Optional.empty();
    private static boolean smoke;
    /** For --smoke-ready: exit once the library is loaded and searchable instead of at the first frame. */
    private static boolean smokeReady;
    /** Services (data folder, settings) prepared while the toolkit starts, so the two overlap. */
    private static CompletableFuture<AppServices> preparing;

    private AppServices services;
    /** The running window's notices, for a crash elsewhere to be shown in plain words; null before the window. */
    private static volatile formcoach.ui.Notices shownNotices;

    public static void launchWith(Optional<Path> dir, boolean smokeRun) {
        launchWith(dir, smokeRun, false);
    }

    /** @param readyRun {@code --smoke-ready}: like a smoke run, but waits for the library to be ready */
    public static void launchWith(Optional<Path> dir, boolean smokeRun, boolean readyRun) {
        dataDir = dir;
        smoke = smokeRun || readyRun;
        smokeReady = readyRun;
        preparing = CompletableFuture.supplyAsync(App::prepareServices);
        if (System.getProperty("formcoach.preload", "true").equals("true")) {
            CompletableFuture.runAsync(Preload::firstFrameClasses);
        }
        Application.launch(App.class);
    }

    /**
     * Runs once the toolkit is up, before {@link #start} builds the window on the FX thread: the icon
     * font (the rail's icons) is found and loaded on another core meanwhile. Ikonli resolves an icon
     * by asking each of its 26 Material Design handlers and copies the 1.3 MB font to a temporary
     * file before JavaFX reads it; the FX thread then finds it loaded.
     */
    @Override
    public void init() {
        CompletableFuture.runAsync(() -> new org.kordamp.ikonli.javafx.FontIcon("mdi2d-dumbbell"));
    }

    @Override
    public void start(Stage stage) {
        services = preparing != null ? preparing.join() : prepareServices();
        shownNotices = services.notices();
        // the theme first: a control made before it would load JavaFX's default theme for nothing
        Themes.useStylesheet(services.settings().theme());
        CompletableFuture<Void> firstFrameDrawn = new CompletableFuture<>();
        CompletableFuture<Void> firstSectionShown = new CompletableFuture<>();
        MainWindow window = new MainWindow(services, Sections.create(services, firstFrameDrawn,
                library -> {
                    if (smokeReady) {
                        reportLibraryReady(library, firstSectionShown);
                    }
                }), false);
        // the first window fits the screen it opens on, however small
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1100, screen.getWidth()), Math.min(720, screen.getHeight()));
        scene.getStylesheets().add(Stylesheets.of(App.class, "/formcoach/app/app.css"));
        Themes.mark(services.settings().theme(), window.root());
        stage.setTitle("Form Coach");
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        restoreBounds(stage, services.settings().window());
        stage.setOnCloseRequest(e -> rememberBounds(stage));
        stage.fullScreenProperty().addListener((obs, was, now) -> window.setFullScreen(now));
        if (smoke && !smokeReady) {
            reportFirstFrame(stage);
        }
        stage.show();
        if (!services.settings().welcomeSeen() && !smoke) {
            window.showWelcome();
        }
        showFirstSectionAfterFirstFrame(window, firstFrameDrawn, firstSectionShown);
        firstFrameDrawn.thenRun(() -> {
            // the first frame was drawn from a quick look at settings.json; now the full read (Jackson,
            // repairs, notices), which re-applies the theme in the rare case that it finds another one
            services.finishReadingSettings(() -> Themes.apply(services.settings().theme(), window.root()));
            // the icon is not needed for the first frame either
            services.inBackground(App::windowIcons)
                    .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
        });
    }

    /**
     * Tells the person, in the window's notices bar, that something failed and where its report is
     * (the launcher's handler for uncaught exceptions calls this after writing the crash report).
     * Does nothing before the window exists or after the toolkit has stopped.
     */
    public static void showCrash(String message) {
        formcoach.ui.Notices n = shownNotices;
        if (n == null) {
            return;
        }
        try {
            Platform.runLater(() -> n.post(formcoach.ui.Notices.Kind.ERROR, message));
        } catch (IllegalStateException toolkitGone) {
            // the window has closed: the line on standard error is all there is
        }
    }

    /** The window icon in the sizes window managers ask for (assets/icon/, drawn from formcoach.svg). */
    static List<javafx.scene.image.Image> windowIcons() {
        return List.of(16, 32, 48, 64, 128, 256).stream()
                .map(size -> App.class.getResource("/assets/icon/formcoach-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new javafx.scene.image.Image(url.toExternalForm()))
                .toList();
    }

    /**
     * The first frame shows the shell at once (the rail, notices, theme, the welcome on a first run),
     * with "Loading…" where the section goes. Once it is drawn, the library starts loading and the
     * pain-check history is read in the background to choose the first section: the pain check when
     * a re-check is due (the app asks about that first), the library otherwise. While both run, the
     * FX thread builds the library's view, so it is ready when the answer comes.
     */
    private void showFirstSectionAfterFirstFrame(MainWindow window, CompletableFuture<Void> firstFrameDrawn,
                                                 CompletableFuture<Void> firstSectionShown) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                firstFrameDrawn.complete(null);
                services.inBackground(services::recheckDue).whenComplete((due, error) -> Platform.runLater(() -> {
                    if (Boolean.TRUE.equals(due)) {
                        window.showById("paincheck");
                    } else if (window.current() == null) {
                        window.showById("library");
                    }
                    firstSectionShown.complete(null);
                }));
                // meanwhile the FX thread, idle until that answer, builds the library's view: it is
                // the first section unless a re-check is due, and every later visit reuses it
                Platform.runLater(() -> {
                    if (window.current() == null && !firstSectionShown.isDone()) {
                        window.prepare("library");
                    }
                });
            }
        }.start();
    }

    private static AppServices prepareServices() {
        Clock clock = Clock.systemDefaultZone();
        AppServices s = new AppServices(new JsonStore(DataDirs.resolve(dataDir), clock), clock);
        s.peekSettings();
        return s;
    }

    @Override
    public void stop() {
        if (services != null) {
            if (!smoke) {
                services.saveSettingsNow();
            }
            services.close();
        }
    }

    private void rememberBounds(Stage stage) {
        Settings.WindowBounds b = stage.isMaximized()
                ? Optional.ofNullable(services.settings().window())
                        .map(w -> new Settings.WindowBounds(w.x(), w.y(), w.width(), w.height(), true))
                        .orElse(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true))
                : new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        services.updateSettings(s -> s.withWindow(b));
    }

    /** Puts the window back where it was, unless that place is no longer on any screen. */
    static void restoreBounds(Stage stage, Settings.WindowBounds b) {
        if (b == null || b.width() < MIN_WIDTH || b.height() < MIN_HEIGHT) {
            return;
        }
        List<Screen> screens = Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height()));
        if (screens.isEmpty()) {
            return;
        }
        Rectangle2D vb = screens.get(0).getVisualBounds();
        stage.setWidth(Math.min(b.width(), vb.getWidth()));
        stage.setHeight(Math.min(b.height(), vb.getHeight()));
        stage.setX(Math.max(vb.getMinX(), Math.min(b.x(), vb.getMaxX() - 100)));
        stage.setY(Math.max(vb.getMinY(), Math.min(b.y(), vb.getMaxY() - 100)));
        stage.setMaximized(b.maximized());
    }

    /** For --smoke: once a frame has been drawn after the window showed, print the time since JVM start and exit. */
    private static void reportFirstFrame(Stage stage) {
        stage.setOnShown(e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the pulse after the one that showed the window means that first frame was rendered
                if (++pulses < 2) {
                    return;
                }
                stop();
                // RuntimeMXBean's start time is exact; ProcessHandle's is rounded to the boot time's whole second
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first frame after " + ms + " ms");
                System.out.flush();
                // exit at the first frame, like the empty stage it is compared with: nothing is saved
                // in a smoke run, and the work that follows the first frame (the first section's
                // view, loading the library) is not start-up
                System.exit(0);
            }
        }.start());
    }

    /**
     * For --smoke-ready: once the library has loaded and the library view has taken it (its list
     * filled, search live: it is handed over on the FX thread as soon as loading ends), and a frame
     * has been drawn after that, print the time since JVM start and exit.
     */
    private static void reportLibraryReady(CompletableFuture<?> library, CompletableFuture<Void> firstSectionShown) {
        library.whenComplete((lib, error) -> firstSectionShown.thenRun(() -> Platform.runLater(() -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                if (error != null) {
                    System.err.println("formcoach: the library did not load: " + error.getMessage());
                    System.exit(1);
                }
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("library ready after " + ms + " ms");
                System.out.flush();
                System.exit(0);
            }
        }.start())));
    }
}

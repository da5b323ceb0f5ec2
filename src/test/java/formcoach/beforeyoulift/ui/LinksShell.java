package formcoach.beforeyoulift.ui;

import formcoach.app.App;
import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.Library;
import formcoach.library.ui.LibrarySection;
import formcoach.log.Session;
import formcoach.log.TrainingLog;
import formcoach.log.ui.LogSection;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;
import formcoach.ui.Section;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The real shell the links tests run in (decision 0015: "before you lift", the timer and the Log
 * section): a data folder with the app's services, the library read from it, a pain-check section
 * that only records what it was asked to open, and the window built once the folder holds what
 * the test needs.
 */
public final class LinksShell {
    /** Monday 13 April 2026, 08:00. */
    public static final Clock MONDAY = Clock.fixed(Instant.parse("2026-04-13T08:00:00Z"), ZoneOffset.UTC);

    public final Path dir;
    public final AppServices services;
    /** What the pain-check stand-in was asked to open ("start" for a new check). */
    public final List<String> painCheckOpened = new ArrayList<>();
    private final Clock readClock;
    private final Stage stage;
    private Library library;

    /** The window's sections: the Log section, the library and the pain-check stand-in. */
    public record Shown(MainWindow window, LogSection log, LibrarySection library) {
    }

    /**
     * Over a data folder and services made elsewhere; the log is read back with {@code readClock},
     * the window shown on {@code stage}.
     */
    public LinksShell(Path dir, AppServices services, Clock readClock, Stage stage) {
        this.dir = dir;
        this.services = services;
        this.readClock = readClock;
        this.stage = stage;
    }

    /** A new empty data folder ({@code prefix} names it) with the app's services on {@code clock}. */
    public static LinksShell inNewFolder(String prefix, Clock clock, Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(prefix);
        AppServices services = new AppServices(new JsonStore(dir, clock), clock);
        services.loadSettings();
        return new LinksShell(dir, services, clock, stage);
    }

    /** The library of the data folder, read the first time it is asked for. */
    public Library library() throws StoreException {
        if (library == null) {
            library = Library.load(services.store());
        }
        return library;
    }

    /**
     * Builds and shows the window on the FX thread, its sections made by {@code sections} from the
     * pain-check stand-in (list the Log section first, as the app builds it when shown: its charts are
     * in the scene before its log loads).
     */
    public MainWindow show(FxRobot robot, int width, int height, Function<Section, List<Section>> sections) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(services, sections.apply(painCheck()));
            Scene scene = new Scene(window[0].root(), width, height);
            scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
            Themes.apply("light", window[0].root());
            stage.setScene(scene);
            stage.show();
        });
        return window[0];
    }

    /**
     * Shows the Log section, the library and the pain-check stand-in in a 1000 × 720 window, over the
     * library of the data folder; {@code logFirst} as the app builds it (the Log section's charts are
     * in the scene before its log loads), else the library first and the Log section not shown yet.
     */
    public Shown showLogAndLibrary(FxRobot robot, boolean logFirst) throws StoreException {
        Library lib = library();
        LogSection[] log = new LogSection[1];
        LibrarySection[] library = new LibrarySection[1];
        MainWindow window = show(robot, 1000, 720, pain -> {
            log[0] = new LogSection(services, CompletableFuture.completedFuture(lib));
            library[0] = new LibrarySection(services, CompletableFuture.completedFuture(lib));
            return logFirst ? List.of(log[0], library[0], pain) : List.of(library[0], log[0], pain);
        });
        return new Shown(window, log[0], library[0]);
    }

    /** Waits until the Log section has read the log and drawn its signals. */
    public static void waitForLogSignals(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#log-signals").tryQuery().map(n -> !((Pane) n).getChildren().isEmpty()).orElse(false));
    }

    private Section painCheck() {
        return new Section() {
            @Override
            public String id() {
                return "paincheck";
            }

            @Override
            public Node view() {
                return new Label("pain check stand-in");
            }

            @Override
            public void open(String target) {
                painCheckOpened.add(target);
            }
        };
    }

    /** The sessions saved in the data folder's training log, read afresh. */
    public List<Session> logged() throws Exception {
        return TrainingLog.load(new JsonStore(dir, readClock), readClock).sessions();
    }

    public void close() {
        services.close();
    }

    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node with this CSS id ({@code #...}) is in the scene with all its parents visible. */
    public static boolean showing(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }

    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}

package formcoach.library.ui;

import formcoach.app.App;
import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.ExerciseCatalog;
import formcoach.library.FeelMap;
import formcoach.library.Library;
import formcoach.store.JsonStore;
import formcoach.ui.Section;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The real shell around the library section for TestFX: real services over a temporary data folder,
 * the real library over the real assets, a timer stand-in that records what it was asked to open, and
 * file dialogs that answer from a queue.
 */
final class LibraryUiHarness {
    /** The built-in assets parse once per test run; every test still gets its own data folder. */
    private static ExerciseCatalog.Result builtin;
    private static FeelMap.Result feel;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final AppServices services;
    final Library library;
    final LibrarySection section;
    final MainWindow window;
    final RecordingSection timer = new RecordingSection();
    final QueuedFiles files = new QueuedFiles();

    LibraryUiHarness(CompletableFuture<Library> future) throws Exception {
        dir = Files.createTempDirectory("formcoach-libui");
        services = new AppServices(new JsonStore(dir, CLOCK), CLOCK);
        services.loadSettings();
        library = future == null ? loadLibrary(services.store()) : null;
        section = new LibrarySection(services, future == null ? CompletableFuture.completedFuture(library) : future, files);
        window = new MainWindow(services, List.of(section, timer));
    }

    static synchronized Library loadLibrary(JsonStore store) throws Exception {
        if (builtin == null) {
            builtin = ExerciseCatalog.loadBuiltin();
            feel = FeelMap.loadBuiltin();
        }
        return Library.load(store, builtin, feel);
    }

    /** A scene of this size, not on any screen: the headless screen is smaller than 1440×900, so snapshots use this. */
    Scene offscreen(double w, double h, String theme) {
        Scene scene = new Scene(window.root(), w, h);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
        Themes.apply(theme, window.root());
        return scene;
    }

    Scene show(Stage stage, double w, double h, String theme) {
        Scene scene = new Scene(window.root(), w, h);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
        Themes.apply(theme, window.root());
        stage.setScene(scene);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
        return scene;
    }

    Region root() {
        return window.root();
    }

    void close() {
        services.close();
    }

    /** Stands in for the timer on the rail and remembers what it was asked to open. */
    static final class RecordingSection implements Section {
        final List<String> opened = new ArrayList<>();

        @Override
        public String id() {
            return "timer";
        }

        @Override
        public Node view() {
            return new javafx.scene.control.Label("timer");
        }

        @Override
        public void open(String target) {
            opened.add(target);
        }
    }

    /** File dialogs answered by the test. */
    static final class QueuedFiles implements FilePicker {
        final Deque<Path> answers = new ArrayDeque<>();

        @Override
        public Optional<Path> chooseImport(Window owner) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> chooseExport(Window owner, String suggestedName) {
            return Optional.ofNullable(answers.poll());
        }
    }
}

package formcoach.paincheck.ui;

import formcoach.store.JsonStore;
import formcoach.store.Settings;
import formcoach.ui.Navigator;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** A UiContext for view tests: a temp data folder, a clock the test moves, one background thread, a navigator that records. */
final class TestContext implements UiContext, AutoCloseable {
    final JsonStore store;
    final MovableClock clock;
    final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(Settings.defaults().withRegion("GB"));
    final Notices notices = new Notices();
    final List<String> navigation = new CopyOnWriteArrayList<>();
    boolean writable = true;

    TestContext(Path dir, Instant now) {
        this.clock = new MovableClock(now, ZoneId.of("Europe/London"));
        this.store = new JsonStore(dir, clock);
    }

    @Override
    public JsonStore store() {
        return store;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ExecutorService executor() {
        return background;
    }

    @Override
    public <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, background);
    }

    @Override
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    @Override
    public Settings settings() {
        return settings.get();
    }

    @Override
    public void updateSettings(UnaryOperator<Settings> change) {
        settings.set(change.apply(settings.get()));
    }

    @Override
    public Notices notices() {
        return notices;
    }

    @Override
    public Navigator navigator() {
        return new Navigator() {
            @Override
            public void showSection(String sectionId) {
                navigation.add("section:" + sectionId);
            }

            @Override
            public void openExercise(String exerciseId) {
                navigation.add("exercise:" + exerciseId);
            }

            @Override
            public void startPainCheck() {
                navigation.add("painCheck");
            }

            @Override
            public void openRoutine(String routineId) {
                navigation.add("routine:" + routineId);
            }
        };
    }

    @Override
    public boolean storeWritable() {
        return writable;
    }

    @Override
    public void close() {
        background.shutdown();
        try {
            // a save still running would race JUnit's removal of the temporary data folder
            if (!background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            background.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A wall clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovableClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

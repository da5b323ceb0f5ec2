package formcoach.app;

import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.Rechecks;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.Settings;
import formcoach.store.SettingsPeek;
import formcoach.store.StoreException;
import formcoach.store.StoreNotice;
import formcoach.ui.Navigator;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the whole window shares: the data folder, the settings, the notices, the clock and one
 * background executor for loading and saving (never on the FX thread).
 */
public final class AppServices implements UiContext, AutoCloseable {
    private final JsonStore store;
    private final Clock clock;
    private final Notices notices = new Notices();
    private final ExecutorService background;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(Settings.defaults());
    private volatile boolean storeWritable = true;
    private Navigator navigator;
    private int forwarded;
    /**
     * Completes once settings.json has been read the full way (through the store, which repairs and
     * tells). Saves wait for it, so nothing is written before the file was read. Already complete
     * unless {@link #peekSettings} left the full read for later.
     */
    private volatile CompletableFuture<Void> settingsRead = CompletableFuture.completedFuture(null);
    private final java.util.concurrent.atomic.AtomicBoolean fullReadStarted = new java.util.concurrent.atomic.AtomicBoolean();
    /** The settings the quick look found, while the full read is still to come; null otherwise. */
    private volatile Settings peeked;

    public AppServices(JsonStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "formcoach-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.background = Executors.newFixedThreadPool(2, tf);
    }

    /** Set once by the main window, which is the navigator. */
    void setNavigator(Navigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public Navigator navigator() {
        return navigator;
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
    public Notices notices() {
        return notices;
    }

    @Override
    public ExecutorService executor() {
        return background;
    }

    @Override
    public <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, background);
    }

    /** Reads settings the full way (through the store); called once before the window is built (the file is tiny). */
    public void loadSettings() {
        checkStoreWritable();
        readSettingsFully();
    }

    private void checkStoreWritable() {
        try {
            store.checkWritable();
        } catch (StoreException e) {
            storeWritable = false;
            notices.post(Notices.Kind.ERROR, e.getMessage());
        }
    }

    /**
     * The window's start: settings from a quick look at the file ({@link SettingsPeek}, no Jackson),
     * enough for the first frame in the person's theme and place. The folder's write check and the
     * full read through the store are left to {@link #finishReadingSettings}, which the app calls
     * once the first frame is drawn. When the quick look is unsure (a damaged or unusual file), both
     * happen here instead.
     */
    public void peekSettings() {
        java.util.Optional<Settings> quick = SettingsPeek.read(store.dir());
        if (quick.isEmpty()) {
            checkStoreWritable();
            readSettingsFully();
            return;
        }
        peeked = quick.get();
        settings.set(peeked);
        settingsRead = new CompletableFuture<>();
    }

    /**
     * After a {@link #peekSettings}: reads settings.json the full way in the background (repairs
     * and notices as ever). Where it finds other settings than the quick look (it never should for a
     * file Form Coach wrote) and the person has changed nothing meanwhile, its settings replace them
     * and {@code changed} runs on the FX thread (to re-apply the theme). Saves asked for meanwhile
     * are written after it.
     */
    public CompletableFuture<Void> finishReadingSettings(Runnable changed) {
        CompletableFuture<Void> pending = settingsRead;
        if (pending.isDone() || !fullReadStarted.compareAndSet(false, true)) {
            return pending;
        }
        Settings quick = peeked;
        background.execute(() -> {
            try {
                // the folder's write check makes a temporary file (and seeds a SecureRandom): after the first frame too
                checkStoreWritable();
                readSettingsFully(loaded -> fx(() -> {
                    // a change the person made meanwhile stands (and is saved after this read)
                    if (settings.get() == quick && !loaded.equals(quick)) {
                        settings.set(loaded);
                        changed.run();
                    }
                }));
            } finally {
                peeked = null;
                pending.complete(null);
            }
        });
        return pending;
    }

    private void readSettingsFully() {
        readSettingsFully(settings::set);
    }

    private synchronized void readSettingsFully(java.util.function.Consumer<Settings> use) {
        try {
            Loaded<Settings> loaded = Settings.load(store);
            use.accept(loaded.value());
            loaded.notice().ifPresent(n -> notices.post(Notices.Kind.WARNING, n.message()));
        } catch (StoreException e) {
            notices.post(Notices.Kind.ERROR, e.getMessage() + " Default settings are used for now.");
        }
        forwarded = store.notices().size();
        store.notices().forEach(n -> notices.post(Notices.Kind.WARNING, n.message()));
    }

    /**
     * Whether a pain re-check is due now; if so the app opens at the pain check, which asks first.
     * Read at start-up in the background; a broken history file is quarantined and told here.
     */
    public synchronized boolean recheckDue() {
        try {
            List<PainCheckRecord> history = new PainCheckHistory(store).list();
            return Rechecks.due(history, clock).isPresent();
        } catch (StoreException e) {
            notices.post(Notices.Kind.ERROR, e.getMessage());
            return false;
        } finally {
            List<StoreNotice> all = store.notices();
            all.subList(Math.min(forwarded, all.size()), all.size()).forEach(n -> notices.post(Notices.Kind.WARNING, n.message()));
            forwarded = all.size();
        }
    }

    @Override
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    @Override
    public Settings settings() {
        return settings.get();
    }

    /** Applies a change at once and saves it in the background; a failed save is a notice, not a crash. */
    @Override
    public void updateSettings(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        settings.set(next);
        if (!storeWritable) {
            return;
        }
        // never before settings.json was read the full way (a newer version's file is not saved over)
        settingsRead.thenRunAsync(() -> saveSettings(next), background);
    }

    /** Saves synchronously; used when the window closes. */
    public void saveSettingsNow() {
        // closed before the first frame was drawn: the full read happens now, then the save
        finishReadingSettings(() -> { }).join();
        if (storeWritable) {
            saveSettings(settings.get());
        }
    }

    private void saveSettings(Settings s) {
        try {
            s.save(store);
        } catch (StoreException e) {
            notices.post(Notices.Kind.ERROR, "Settings could not be saved: " + e.getMessage()
                    + " Your change applies until Form Coach is closed.");
        }
    }

    @Override
    public boolean storeWritable() {
        return storeWritable;
    }

    public static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        background.shutdown();
        try {
            // a save already asked for (a setting changed just before closing) gets to finish
            background.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

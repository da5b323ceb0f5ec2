package formcoach.figure.ui;

import formcoach.figure.FigureMotion;
import formcoach.figure.RepPhase;
import formcoach.store.Settings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One clock for several figures, so the clean rep and each faulty rep move in step: play, pause,
 * ½× and ¼× speed, frame step, and "reduce motion" (still frames at the key positions instead of
 * movement). Every playing player is driven by the window's one {@link FigureClock}, and only while
 * its figures are on show. A frame costs no allocation: the clock samples and draws into arrays
 * made up front.
 */
public final class FigurePlayer {
    /**
     * Still key positions instead of motion, for every figure in the app. The app keeps it in step
     * with the stored setting ({@link #followSettings}); tests may set it directly.
     */
    public static final BooleanProperty REDUCE_MOTION = new SimpleBooleanProperty(false);
    /** One frame step: a thirtieth of a second of the rep, like a video frame. */
    public static final double STEP = 1 / 30.0;

    private final FigureMotion clean;
    private final double[] keyTimes;
    private final FigureClock clock;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<RepPhase> phase = new ReadOnlyObjectWrapper<>(RepPhase.PULL);
    private FigureCanvas[] canvases = new FigureCanvas[0];
    private double time;
    private long last = -1;
    private boolean showing;
    /** Play was asked for and not paused since; it moves when reduce motion is off and it is on show. */
    private boolean wanted;
    /** The key position to hold still at under reduce motion, or -1 for the nearest one. */
    private int stillKey = -1;
    /** Held here so the shared setting only weakly holds each player. */
    private final javafx.beans.value.ChangeListener<Boolean> reduceListener = (o, a, b) -> applyReduceMotion();

    public FigurePlayer(FigureMotion clean) {
        this(clean, FigureClock.shared());
    }

    FigurePlayer(FigureMotion clean, FigureClock clock) {
        this.clean = clean;
        this.keyTimes = clean.keyTimes();
        this.clock = clock;
        REDUCE_MOTION.addListener(new javafx.beans.value.WeakChangeListener<>(reduceListener));
    }

    /**
     * Keeps {@link #REDUCE_MOTION} in step with the stored setting: the setting as loaded turns it on
     * (a switch already on before the window was built, as in tests that want still figures, stays
     * on), a change of the setting anywhere sets it, and a person's choice on a figure pane
     * ({@link #chooseReduceMotion}) is saved through {@code update}.
     */
    public static void followSettings(ReadOnlyObjectProperty<Settings> settings, Consumer<UnaryOperator<Settings>> update) {
        if (followed != null) { // a new window (tests make many): the old one is let go
            followed.removeListener(fromSettings);
        }
        followed = settings;
        save = update;
        fromSettings = (o, a, s) -> {
            if (s != null && (a == null || a.reduceMotion() != s.reduceMotion())) {
                REDUCE_MOTION.set(s.reduceMotion());
            }
        };
        if (settings.get() != null && settings.get().reduceMotion()) {
            REDUCE_MOTION.set(true);
        }
        settings.addListener(fromSettings);
    }

    /** Lets go of the settings followed (a test's window whose services are closed); the switch keeps its value. */
    public static void stopFollowingSettings() {
        if (followed != null) {
            followed.removeListener(fromSettings);
        }
        followed = null;
        fromSettings = null;
        save = null;
    }

    /** A person turned reduce motion on or off: everywhere at once, and stored when the app follows settings. */
    public static void chooseReduceMotion(boolean on) {
        REDUCE_MOTION.set(on);
        Consumer<UnaryOperator<Settings>> s = save;
        if (s != null && followed != null && followed.get() != null && followed.get().reduceMotion() != on) {
            s.accept(st -> st.withReduceMotion(on));
        }
    }

    private static ReadOnlyObjectProperty<Settings> followed;
    private static ChangeListener<Settings> fromSettings;
    private static Consumer<UnaryOperator<Settings>> save;

    void add(FigureCanvas c) {
        canvases = Arrays.copyOf(canvases, canvases.length + 1);
        canvases[canvases.length - 1] = c;
        c.draw(time);
    }

    /** Advances the clock to {@code nanos} (the pulse's time) and draws every figure. */
    void tick(long nanos) {
        if (last >= 0) {
            time += (nanos - last) / 1e9 * speed.get();
            if (time >= clean.repSeconds()) {
                time -= clean.repSeconds() * Math.floor(time / clean.repSeconds());
            }
        }
        last = nanos;
        render();
    }

    void render() {
        for (FigureCanvas c : canvases) {
            c.draw(time);
        }
        RepPhase p = clean.phaseAt(time);
        if (p != phase.get()) {
            phase.set(p);
        }
    }

    /** The figures entered or left the screen (a window, a shown card, a visible box). */
    void setShowing(boolean showing) {
        this.showing = showing;
        sync();
    }

    private void sync() {
        boolean move = wanted && !REDUCE_MOTION.get();
        if (playing.get() != move) {
            playing.set(move);
        }
        if (move && showing) {
            last = -1;
            clock.join(this);
        } else {
            clock.leave(this);
        }
    }

    /** Plays (or, with reduce motion on, plays as soon as it is turned off). */
    public void play() {
        wanted = true;
        sync();
    }

    public void pause() {
        wanted = false;
        sync();
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moving on screen now: driven by the window's figure clock. */
    public boolean animating() {
        return playing.get() && showing;
    }

    /**
     * Pauses and moves by {@code frames} frames; with reduce motion on, moves from one key position to
     * the next instead.
     */
    public void step(int frames) {
        pause();
        if (REDUCE_MOTION.get()) {
            int i = nearestKey();
            int n = keyTimes.length;
            time = keyTimes[((i + Integer.signum(frames)) % n + n) % n];
        } else {
            time += frames * STEP;
            double rep = clean.repSeconds();
            time = ((time % rep) + rep) % rep;
        }
        render();
    }

    private int nearestKey() {
        int best = 0;
        for (int i = 1; i < keyTimes.length; i++) {
            if (Math.abs(keyTimes[i] - time) < Math.abs(keyTimes[best] - time)) {
                best = i;
            }
        }
        return best;
    }

    /** With reduce motion on, show this key position (0 the start) instead of the nearest one. */
    void holdStillAt(int key) {
        stillKey = key;
        applyReduceMotion();
    }

    private void applyReduceMotion() {
        if (REDUCE_MOTION.get()) {
            time = keyTimes[stillKey >= 0 ? stillKey : nearestKey()];
            render();
        }
        sync();
    }

    public void setTime(double t) {
        time = t;
        render();
    }

    public double time() {
        return time;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RepPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public FigureMotion clean() {
        return clean;
    }
}

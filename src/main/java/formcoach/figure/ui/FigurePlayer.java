package formcoach.figure.ui;

import formcoach.figure.FigureMotion;
import formcoach.figure.RepPhase;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.Arrays;

/**
 * One clock for several figures, so the clean rep and each faulty rep move in step: play, pause,
 * ½× and ¼× speed, frame step, and "reduce motion" (still frames at the key positions instead of
 * movement). A frame costs no allocation: the timer samples and draws into arrays made up front.
 */
public final class FigurePlayer {
    /** Still key positions instead of motion; shared by every figure in the app for this session. */
    public static final BooleanProperty REDUCE_MOTION = new SimpleBooleanProperty(false);
    /** One frame step: a thirtieth of a second of the rep, like a video frame. */
    public static final double STEP = 1 / 30.0;

    private final FigureMotion clean;
    private final double[] keyTimes;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<RepPhase> phase = new ReadOnlyObjectWrapper<>(RepPhase.PULL);
    private final AnimationTimer timer;
    private FigureCanvas[] canvases = new FigureCanvas[0];
    private double time;
    private long last = -1;
    private boolean attached;
    /** Held here so the shared setting only weakly holds each player. */
    private final javafx.beans.value.ChangeListener<Boolean> reduceListener = (o, a, b) -> applyReduceMotion();

    public FigurePlayer(FigureMotion clean) {
        this.clean = clean;
        this.keyTimes = clean.keyTimes();
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
            }
        };
        REDUCE_MOTION.addListener(new javafx.beans.value.WeakChangeListener<>(reduceListener));
    }

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

    /** Starts or stops the timer as the figures enter or leave a window. */
    void setAttached(boolean attached) {
        this.attached = attached;
        syncTimer();
    }

    private void syncTimer() {
        if (attached && playing.get()) {
            last = -1;
            timer.start();
        } else {
            timer.stop();
        }
    }

    public void play() {
        if (REDUCE_MOTION.get()) {
            return;
        }
        playing.set(true);
        syncTimer();
    }

    public void pause() {
        playing.set(false);
        syncTimer();
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
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

    private void applyReduceMotion() {
        if (REDUCE_MOTION.get()) {
            pause();
            time = keyTimes[nearestKey()];
            render();
        }
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

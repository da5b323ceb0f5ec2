package formcoach.timer;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * Catches a running engine up every few milliseconds on a thread of its own, so a cue (its tone,
 * its words) is emitted on time even while the UI thread is held up, say by a 2 s stall: the
 * screen freezes, the beeps do not. The UI thread still ticks the same engine each frame to draw
 * it; whichever thread comes first emits an event, exactly once (the engine is locked).
 *
 * <p>Runs until {@link #close()}: the owner closes it when the run ends or is left.
 */
public final class CueClock implements AutoCloseable {
    /** How often the engine is caught up: an event fires at most this late, plus the OS's wake-up delay. */
    public static final long PERIOD_NANOS = 4_000_000L;

    private final TimerEngine engine;
    private final long periodNanos;
    private volatile boolean closed;
    private volatile boolean finished;

    private CueClock(TimerEngine engine, long periodNanos) {
        this.engine = Objects.requireNonNull(engine);
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodNanos);
        }
        this.periodNanos = periodNanos;
    }

    /**
     * Starts catching {@code engine} up on a thread taken from {@code thread} (which must give it a
     * thread of its own for the whole run, e.g. a new daemon thread per call).
     */
    public static CueClock start(TimerEngine engine, Executor thread) {
        return start(engine, thread, PERIOD_NANOS);
    }

    static CueClock start(TimerEngine engine, Executor thread, long periodNanos) {
        CueClock c = new CueClock(engine, periodNanos);
        thread.execute(c::run);
        return c;
    }

    private void run() {
        try {
            while (!closed) {
                engine.tick();
                LockSupport.parkNanos(periodNanos);
            }
        } finally {
            finished = true;
        }
    }

    /** Stops catching up (the UI's frames still do); returns at once. */
    @Override
    public void close() {
        closed = true;
    }

    /** The loop has ended after {@link #close()}. */
    public boolean finished() {
        return finished;
    }
}

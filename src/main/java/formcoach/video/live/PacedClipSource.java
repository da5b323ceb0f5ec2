package formcoach.video.live;

import formcoach.video.decode.VideoClip;
import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;

import java.util.function.LongSupplier;

/**
 * A clip played as a camera would send it: frame {@code i} is handed out no earlier than {@code i / fps}
 * seconds after the first {@link #grab()}, whether or not anyone keeps up. What drives the live path where
 * there is no camera (the tests, on this machine). The clock and the wait are given, so nothing here
 * reads the system time.
 */
public final class PacedClipSource implements FrameSource {
    /** Waits the given nanoseconds (Thread.sleep in the app); may be interrupted. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final VideoClip clip;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long start = Long.MIN_VALUE;
    private volatile boolean closed;

    public PacedClipSource(VideoClip clip, LongSupplier nanoClock, Sleeper sleeper) {
        this.clip = clip;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return String.valueOf(clip.path().getFileName());
    }

    @Override
    public double fps() {
        return clip.info().fps();
    }

    @Override
    public VideoFrame grab() throws VideoException {
        if (closed) {
            return null;
        }
        VideoFrame f = clip.next();
        if (f == null) {
            return null;
        }
        long now = nanoClock.getAsLong();
        if (start == Long.MIN_VALUE) {
            start = now;
        }
        long wait = start + (long) (f.time() * 1e9) - now;
        if (wait > 0) {
            try {
                sleeper.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return f;
    }

    /** True once closed (the clip let go). */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        clip.close();
    }
}

package formcoach.timer;

import java.util.concurrent.TimeUnit;

/** A monotonic clock that only moves when a test says so. Starts at an arbitrary non-zero origin. */
public final class FakeClock implements MonotonicClock {
    private long now;

    public FakeClock() {
        this(1_000_000_000_000L);
    }

    public FakeClock(long start) {
        this.now = start;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    public FakeClock advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a monotonic clock never goes back");
        }
        now += nanos;
        return this;
    }

    public FakeClock advanceMillis(long ms) {
        return advanceNanos(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    public FakeClock advanceSeconds(double s) {
        return advanceNanos(Math.round(s * 1e9));
    }
}

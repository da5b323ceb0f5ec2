package formcoach.timer;

/**
 * A source of monotonic time in nanoseconds (arbitrary origin, never goes back). The engine takes
 * one so that tests can drive it with a fake clock.
 */
@FunctionalInterface
public interface MonotonicClock {
    long nanoTime();

    /** The JVM's monotonic clock. */
    static MonotonicClock system() {
        return System::nanoTime;
    }
}

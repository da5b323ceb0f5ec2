package formcoach.timer.sound;

/** Speaks short texts (step names and cues). Never throws and never blocks the caller. */
public interface Speech extends AutoCloseable {
    /** Speaks {@code text}, cutting off anything still being said. */
    void say(String text);

    /** Stops what is being said. */
    void stop();

    /** False when there is no speech command, or it failed: callers rely on tones alone. */
    boolean available();

    @Override
    default void close() {
        stop();
    }
}

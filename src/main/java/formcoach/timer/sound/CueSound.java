package formcoach.timer.sound;

/**
 * Plays the timer's tones. Implementations never throw from these methods and never block the
 * caller; a machine without sound keeps timing in silence.
 */
public interface CueSound extends AutoCloseable {
    void play(Tone tone);

    /** 0 (silent) to 1 (full); values outside are clamped. */
    void setVolume(double volume);

    double volume();

    void setMuted(boolean muted);

    boolean muted();

    /** False once the sound turned itself off (no audio device). */
    boolean available();

    /** Releases the audio line; later plays are silent. */
    @Override
    void close();
}

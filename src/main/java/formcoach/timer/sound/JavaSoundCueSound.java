package formcoach.timer.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link CueSound} over javax.sound.sampled. All audio work runs on the executor it is given (use
 * a single daemon thread): opening the line, writing samples, closing. One line is opened on the
 * first tone and kept open, so later tones start without the cost of opening a device.
 *
 * <p>When the machine has no usable audio device (no mixer, {@link LineUnavailableException},
 * {@link IllegalArgumentException} for an unsupported format, or any other failure of the sound
 * system) it tells {@code onProblem} once, {@value #NO_AUDIO_DEVICE}, and stays silent from then
 * on. {@code onProblem} is called on the executor's thread.
 */
public final class JavaSoundCueSound implements CueSound {
    public static final String NO_AUDIO_DEVICE = "sound is off: no audio device";

    /** Opens and starts a line for the format; the sound system or, in tests, a fake. */
    @FunctionalInterface
    public interface LineFactory {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private final Executor executor;
    private final LineFactory lines;
    private final Consumer<String> onProblem;
    private final AtomicBoolean off = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile double volume = 0.8;
    private volatile boolean muted;
    private volatile boolean closed;
    /** only touched on the executor's thread */
    private SourceDataLine line;

    public JavaSoundCueSound(Executor executor, LineFactory lines, Consumer<String> onProblem) {
        this.executor = Objects.requireNonNull(executor);
        this.lines = Objects.requireNonNull(lines);
        this.onProblem = Objects.requireNonNull(onProblem);
    }

    /** The real sound system. */
    public static JavaSoundCueSound system(Executor executor, Consumer<String> onProblem) {
        return new JavaSoundCueSound(executor, JavaSoundCueSound::openSystemLine, onProblem);
    }

    static SourceDataLine openSystemLine(AudioFormat format) throws LineUnavailableException {
        if (AudioSystem.getMixerInfo().length == 0) {
            throw new LineUnavailableException("no mixer");
        }
        SourceDataLine l = AudioSystem.getSourceDataLine(format);
        // about a fifth of a second of buffer: short enough that a queued tone is not late by much
        l.open(format, (int) format.getFrameRate() / 5 * format.getFrameSize());
        l.start();
        return l;
    }

    @Override
    public void play(Tone tone) {
        if (muted || closed || off.get() || volume <= 0.0) {
            return;
        }
        double v = volume;
        try {
            executor.execute(() -> render(tone, v));
        } catch (RejectedExecutionException e) {
            // the app is shutting down: silence is right
        }
    }

    private void render(Tone tone, double v) {
        if (off.get() || closed) {
            return;
        }
        try {
            if (line == null) {
                line = lines.open(ToneGenerator.FORMAT);
            }
            byte[] pcm = ToneGenerator.pcm(tone, v);
            line.write(pcm, 0, pcm.length);
        } catch (LineUnavailableException | RuntimeException e) {
            turnOff();
        }
    }

    private void turnOff() {
        off.set(true);
        closeLine();
        if (reported.compareAndSet(false, true)) {
            try {
                onProblem.accept(NO_AUDIO_DEVICE);
            } catch (RuntimeException ignored) {
                // the notice is a courtesy; a failing callback must not bring the sound thread down
            }
        }
    }

    private void closeLine() {
        SourceDataLine l = line;
        line = null;
        if (l != null) {
            try {
                l.close();
            } catch (RuntimeException ignored) {
                // already broken
            }
        }
    }

    @Override
    public void setVolume(double v) {
        volume = Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
    }

    @Override
    public double volume() {
        return volume;
    }

    @Override
    public void setMuted(boolean m) {
        muted = m;
    }

    @Override
    public boolean muted() {
        return muted;
    }

    @Override
    public boolean available() {
        return !off.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            executor.execute(this::closeLine);
        } catch (RejectedExecutionException e) {
            // the executor is gone, and its thread with the line
        }
    }
}

package formcoach.timer.sound;

import javax.sound.sampled.AudioFormat;
import java.util.EnumMap;
import java.util.Map;

/**
 * Makes the timer's tones as 16-bit mono PCM at 44.1 kHz, in the app (no sound files to ship or
 * download). Every tone peaks at {@link #PEAK} of full scale, so no volume setting can clip it,
 * and fades in and out to avoid clicks.
 */
public final class ToneGenerator {
    public static final int SAMPLE_RATE = 44_100;
    /** 16-bit signed little-endian mono. */
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    /** peak level as a fraction of full scale */
    public static final double PEAK = 0.8;

    private static final Map<Tone, short[]> CACHE = new EnumMap<>(Tone.class);

    private ToneGenerator() {
    }

    /** The tone's samples at full volume (a shared array: do not change it). */
    public static synchronized short[] samples(Tone tone) {
        return CACHE.computeIfAbsent(tone, ToneGenerator::make);
    }

    /** The tone as little-endian bytes for a line or a WAV file, scaled by {@code volume} (0-1). */
    public static byte[] pcm(Tone tone, double volume) {
        short[] s = samples(tone);
        double v = Math.max(0.0, Math.min(1.0, volume));
        byte[] out = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            int x = (int) Math.round(s[i] * v);
            out[2 * i] = (byte) x;
            out[2 * i + 1] = (byte) (x >> 8);
        }
        return out;
    }

    /** Length in milliseconds. */
    public static long millis(Tone tone) {
        return samples(tone).length * 1000L / SAMPLE_RATE;
    }

    private static short[] make(Tone tone) {
        double[] buf = switch (tone) {
            case COUNTDOWN -> {
                double[] b = new double[len(0.12)];
                note(b, 0, 880.0, 0.12, 0.005, 0.03, 0.0, 0.15);
                yield b;
            }
            case STEP_START -> {
                double[] b = new double[len(0.40)];
                note(b, 0, 1046.5, 0.40, 0.004, 0.08, 4.5, 0.3);
                yield b;
            }
            case HALFWAY -> {
                double[] b = new double[len(0.24)];
                note(b, 0, 660.0, 0.09, 0.005, 0.02, 0.0, 0.1);
                note(b, 0.15, 660.0, 0.09, 0.005, 0.02, 0.0, 0.1);
                yield b;
            }
            case SWITCH_SIDES -> {
                double[] b = new double[len(0.36)];
                note(b, 0, 784.0, 0.16, 0.005, 0.03, 0.0, 0.2);
                note(b, 0.19, 523.25, 0.17, 0.005, 0.04, 0.0, 0.2);
                yield b;
            }
            case ROUTINE_END -> {
                // C5, E5, G5 rising, each ringing on under the next like a chime
                double[] b = new double[len(1.5)];
                note(b, 0.00, 523.25, 1.50, 0.004, 0.25, 2.2, 0.35);
                note(b, 0.30, 659.25, 1.20, 0.004, 0.25, 2.2, 0.35);
                note(b, 0.60, 783.99, 0.90, 0.004, 0.25, 2.0, 0.35);
                yield b;
            }
        };
        return normalise(buf);
    }

    private static int len(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }

    /**
     * Adds a note to {@code buf}: a sine with a touch of its second harmonic ({@code bright}),
     * a linear attack, an exponential decay at {@code decayPerSecond} (0 = flat) and a linear release.
     */
    private static void note(double[] buf, double startSec, double freq, double durSec, double attackSec,
                             double releaseSec, double decayPerSecond, double bright) {
        int start = (int) Math.round(startSec * SAMPLE_RATE);
        int n = Math.min(len(durSec), buf.length - start);
        int attack = Math.max(1, len(attackSec));
        int release = Math.max(1, len(releaseSec));
        for (int i = 0; i < n; i++) {
            double t = (double) i / SAMPLE_RATE;
            double env = Math.exp(-decayPerSecond * t);
            if (i < attack) {
                env *= (double) i / attack;
            }
            if (i > n - release) {
                env *= (double) (n - i) / release;
            }
            double w = 2 * Math.PI * freq * t;
            buf[start + i] += env * (Math.sin(w) + bright * Math.sin(2 * w));
        }
    }

    private static short[] normalise(double[] buf) {
        double max = 0;
        for (double d : buf) {
            max = Math.max(max, Math.abs(d));
        }
        double k = max == 0 ? 0 : PEAK * Short.MAX_VALUE / max;
        short[] out = new short[buf.length];
        for (int i = 0; i < buf.length; i++) {
            out[i] = (short) Math.round(buf[i] * k);
        }
        return out;
    }
}

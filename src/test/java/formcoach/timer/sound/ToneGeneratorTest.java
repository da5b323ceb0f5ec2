package formcoach.timer.sound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ToneGeneratorTest {
    private static final int RATE = ToneGenerator.SAMPLE_RATE;

    @ParameterizedTest
    @CsvSource(textBlock = """
            COUNTDOWN,     120
            HALFWAY,       240
            SWITCH_SIDES,  360
            STEP_START,    400
            ROUTINE_END,   1500
            """)
    void eachToneHasItsLength(Tone tone, long millis) {
        assertThat(ToneGenerator.millis(tone)).isEqualTo(millis);
    }

    @Test
    void theEndOfTheRoutineIsTheLongestToneByFar() {
        for (Tone t : Tone.values()) {
            if (t != Tone.ROUTINE_END) {
                assertThat(ToneGenerator.millis(Tone.ROUTINE_END)).isGreaterThan(3 * ToneGenerator.millis(t));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void noToneClipsEvenAtFullVolume(Tone tone) {
        short[] s = ToneGenerator.samples(tone);
        int peak = 0;
        for (short x : s) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertThat(peak).isBetween((int) (0.79 * Short.MAX_VALUE), (int) Math.ceil(ToneGenerator.PEAK * Short.MAX_VALUE));
        byte[] full = ToneGenerator.pcm(tone, 1.0);
        for (int i = 0; i < s.length; i++) {
            short back = (short) ((full[2 * i] & 0xff) | (full[2 * i + 1] << 8));
            assertThat(back).isEqualTo(s[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void everyToneFadesInAndOutWithoutAClick(Tone tone) {
        short[] s = ToneGenerator.samples(tone);
        assertThat(Math.abs(s[0])).isLessThan(100);
        assertThat(Math.abs(s[s.length - 1])).isLessThan(330);
    }

    @Test
    void volumeScalesTheSamplesAndZeroIsSilent() {
        short[] s = ToneGenerator.samples(Tone.COUNTDOWN);
        byte[] half = ToneGenerator.pcm(Tone.COUNTDOWN, 0.5);
        int i = s.length / 2;
        short h = (short) ((half[2 * i] & 0xff) | (half[2 * i + 1] << 8));
        assertThat((double) h).isCloseTo(s[i] * 0.5, within(1.0));
        for (byte b : ToneGenerator.pcm(Tone.COUNTDOWN, 0.0)) {
            assertThat(b).isZero();
        }
    }

    @Test
    void tonesAreDistinctInPitchOrShape() {
        Map<Tone, Double> pitch = new EnumMap<>(Tone.class);
        for (Tone t : Tone.values()) {
            pitch.put(t, dominant(ToneGenerator.samples(t), 0.0, 0.06));
        }
        assertThat(pitch.get(Tone.COUNTDOWN)).isCloseTo(880.0, within(5.0));
        assertThat(pitch.get(Tone.STEP_START)).isCloseTo(1046.5, within(5.0));
        assertThat(pitch.get(Tone.HALFWAY)).isCloseTo(660.0, within(5.0));
        assertThat(pitch.get(Tone.SWITCH_SIDES)).isCloseTo(784.0, within(5.0));
        assertThat(pitch.get(Tone.ROUTINE_END)).isCloseTo(523.25, within(5.0));
        Set<Long> rounded = new HashSet<>();
        pitch.values().forEach(p -> rounded.add(Math.round(p / 50)));
        assertThat(rounded).as("first pitches at least ~50 Hz apart").hasSize(Tone.values().length);
    }

    @Test
    void theEndChimeRisesThroughThreeNotes() {
        short[] s = ToneGenerator.samples(Tone.ROUTINE_END);
        // the newest note is the loudest new component in each window
        assertThat(power(s, 0.05, 0.25, 523.25)).isGreaterThan(power(s, 0.05, 0.25, 659.25));
        assertThat(power(s, 0.35, 0.55, 659.25)).isGreaterThan(power(s, 0.05, 0.25, 659.25) * 10);
        assertThat(power(s, 0.65, 0.85, 783.99)).isGreaterThan(power(s, 0.35, 0.55, 783.99) * 10);
    }

    @Test
    void switchSidesFallsFromTheFirstNoteToTheSecond() {
        short[] s = ToneGenerator.samples(Tone.SWITCH_SIDES);
        assertThat(dominant(s, 0.02, 0.14)).isCloseTo(784.0, within(5.0));
        assertThat(dominant(s, 0.21, 0.33)).isCloseTo(523.25, within(5.0));
    }

    /** The strongest of a grid of frequencies (Goertzel power), 200-2000 Hz in 0.25 Hz steps near musical notes. */
    static double dominant(short[] s, double from, double to) {
        double best = 0;
        double bestF = 0;
        for (double f = 200; f <= 2000; f += 0.25) {
            double p = power(s, from, to, f);
            if (p > best) {
                best = p;
                bestF = f;
            }
        }
        return bestF;
    }

    static double power(short[] s, double from, double to, double freq) {
        int a = (int) (from * RATE);
        int b = Math.min(s.length, (int) (to * RATE));
        double w = 2 * Math.PI * freq / RATE;
        double c = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = a; i < b; i++) {
            double s0 = s[i] + c * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - c * s1 * s2;
    }
}

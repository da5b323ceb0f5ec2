package formcoach.timer.sound;

import org.junit.jupiter.api.Test;

import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class JavaSoundCueSoundTest {
    private final List<String> notices = new ArrayList<>();
    private final Executor direct = Runnable::run;

    @Test
    void noAudioDeviceIsReportedOnceAndThenSilent() {
        AtomicInteger opens = new AtomicInteger();
        JavaSoundCueSound sound = new JavaSoundCueSound(direct, f -> {
            opens.incrementAndGet();
            throw new LineUnavailableException("no device");
        }, notices::add);
        for (Tone t : Tone.values()) {
            assertThatCode(() -> sound.play(t)).doesNotThrowAnyException();
        }
        sound.play(Tone.ROUTINE_END);
        assertThat(notices).containsExactly("sound is off: no audio device");
        assertThat(opens).hasValue(1);
        assertThat(sound.available()).isFalse();
    }

    @Test
    void anUnsupportedFormatCountsAsNoDevice() {
        JavaSoundCueSound sound = new JavaSoundCueSound(direct, f -> {
            throw new IllegalArgumentException("No line matching interface SourceDataLine is supported");
        }, notices::add);
        sound.play(Tone.COUNTDOWN);
        sound.play(Tone.COUNTDOWN);
        assertThat(notices).containsExactly(JavaSoundCueSound.NO_AUDIO_DEVICE);
    }

    @Test
    void aLineThatBreaksWhilePlayingTurnsSoundOffOnce() {
        List<String> calls = new ArrayList<>();
        SourceDataLine broken = fakeLine(new ByteArrayOutputStream(), calls, true);
        JavaSoundCueSound sound = new JavaSoundCueSound(direct, f -> broken, notices::add);
        sound.play(Tone.COUNTDOWN);
        sound.play(Tone.COUNTDOWN);
        assertThat(notices).containsExactly(JavaSoundCueSound.NO_AUDIO_DEVICE);
        assertThat(calls).contains("close");
    }

    @Test
    void playingNeverRunsOnTheCallersThread() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger opens = new AtomicInteger();
        JavaSoundCueSound sound = new JavaSoundCueSound(queued::add, f -> {
            opens.incrementAndGet();
            throw new LineUnavailableException();
        }, notices::add);
        sound.play(Tone.STEP_START);
        assertThat(opens).hasValue(0);
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(notices).hasSize(1);
    }

    @Test
    void aRejectingExecutorDoesNotThrow() {
        JavaSoundCueSound sound = new JavaSoundCueSound(r -> {
            throw new RejectedExecutionException("shut down");
        }, f -> {
            throw new AssertionError("never opened");
        }, notices::add);
        assertThatCode(() -> sound.play(Tone.COUNTDOWN)).doesNotThrowAnyException();
        assertThatCode(sound::close).doesNotThrowAnyException();
    }

    @Test
    void writesTheToneAtTheSetVolumeThroughOneLine() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        List<String> calls = new ArrayList<>();
        AtomicInteger opens = new AtomicInteger();
        JavaSoundCueSound sound = new JavaSoundCueSound(direct, f -> {
            opens.incrementAndGet();
            return fakeLine(written, calls, false);
        }, notices::add);
        sound.setVolume(0.5);
        sound.play(Tone.COUNTDOWN);
        sound.play(Tone.HALFWAY);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(ToneGenerator.pcm(Tone.COUNTDOWN, 0.5));
        expected.writeBytes(ToneGenerator.pcm(Tone.HALFWAY, 0.5));
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(opens).hasValue(1);
        assertThat(notices).isEmpty();
        sound.close();
        assertThat(calls).contains("close");
    }

    @Test
    void mutedOrZeroVolumePlaysNothing() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        JavaSoundCueSound sound = new JavaSoundCueSound(direct, f -> fakeLine(written, new ArrayList<>(), false), notices::add);
        sound.setMuted(true);
        sound.play(Tone.ROUTINE_END);
        sound.setMuted(false);
        sound.setVolume(0);
        sound.play(Tone.ROUTINE_END);
        assertThat(written.size()).isZero();
        sound.setVolume(7);
        assertThat(sound.volume()).isEqualTo(1.0);
    }

    static SourceDataLine fakeLine(ByteArrayOutputStream sink, List<String> calls, boolean failOnWrite) {
        return (SourceDataLine) Proxy.newProxyInstance(SourceDataLine.class.getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    switch (method.getName()) {
                        case "write":
                            if (failOnWrite) {
                                throw new IllegalStateException("line died");
                            }
                            sink.write((byte[]) args[0], (int) args[1], (int) args[2]);
                            return args[2];
                        case "isOpen":
                        case "isActive":
                        case "isRunning":
                            return true;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "toString":
                            return "fake line";
                        default:
                            return null;
                    }
                });
    }
}

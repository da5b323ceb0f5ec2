package formcoach.timer.sound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WavWriterTest {
    @Test
    void aWrittenToneReadsBackAsTheSameSixteenBitMonoSamples(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("end.wav");
        WavWriter.write(f, Tone.ROUTINE_END);
        short[] expected = ToneGenerator.samples(Tone.ROUTINE_END);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(f.toFile())) {
            AudioFormat fmt = in.getFormat();
            assertThat(fmt.getSampleRate()).isEqualTo(44_100f);
            assertThat(fmt.getSampleSizeInBits()).isEqualTo(16);
            assertThat(fmt.getChannels()).isEqualTo(1);
            assertThat(fmt.isBigEndian()).isFalse();
            assertThat(in.getFrameLength()).isEqualTo(expected.length);
            byte[] data = in.readAllBytes();
            assertThat(data).isEqualTo(ToneGenerator.pcm(Tone.ROUTINE_END, 1.0));
        }
    }

    @Test
    void headerCountsTheBytes() {
        byte[] wav = WavWriter.wav(new short[] {1, -1, 300}, 8000);
        assertThat(wav).hasSize(44 + 6);
        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
        assertThat(wav[40]).isEqualTo((byte) 6);
    }
}

package formcoach.timer.sound;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes 16-bit mono PCM as a standard WAV file, e.g. to listen to the tones or check them with other tools. */
public final class WavWriter {
    private WavWriter() {
    }

    /** A complete WAV file (RIFF header + data) for 16-bit mono little-endian samples. */
    public static byte[] wav(short[] samples, int sampleRate) {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + dataBytes).put(new byte[] {'W', 'A', 'V', 'E'});
        b.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put(new byte[] {'d', 'a', 't', 'a'}).putInt(dataBytes);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    public static void write(Path file, short[] samples, int sampleRate) throws IOException {
        Files.write(file, wav(samples, sampleRate));
    }

    /** Writes one of the timer's tones at full volume. */
    public static void write(Path file, Tone tone) throws IOException {
        write(file, ToneGenerator.samples(tone), ToneGenerator.SAMPLE_RATE);
    }
}

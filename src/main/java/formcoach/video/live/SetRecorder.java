package formcoach.video.live;

import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the camera's frames to an H.264 MP4 (OpenH264, in FFmpeg's natives) as they arrive. The clip
 * grows under a hidden {@code .part} name and gets its own name only when finished, so a crash never
 * leaves half a clip where the player would list it, and no clip already there is replaced. One
 * thread uses a recorder.
 */
final class SetRecorder {
    private final Path target;
    private final Path part;
    private final double fps;
    private FFmpegFrameRecorder recorder;
    private Frame frame;
    private double firstTime = -1;
    private int frames;

    SetRecorder(Path target, double fps) {
        this.target = target;
        this.part = target.resolveSibling("." + target.getFileName() + ".part");
        this.fps = fps;
    }

    Path target() {
        return target;
    }

    int frames() {
        return frames;
    }

    /** Seconds recorded so far. */
    double seconds() {
        return frames == 0 ? 0 : frames / fps;
    }

    void write(VideoFrame f) throws VideoException {
        int w = f.image().width() & ~1;
        int h = f.image().height() & ~1;
        try {
            if (recorder == null) {
                Files.createDirectories(part.getParent());
                FFmpegFrameRecorder r = new FFmpegFrameRecorder(part.toFile(), w, h, 0);
                r.setFormat("mp4");
                r.setVideoCodecName("libopenh264");
                r.setVideoBitrate(Math.max(1_000_000, w * h * 3));
                r.setFrameRate(fps);
                r.setGopSize((int) Math.max(1, Math.round(fps)));
                r.start();
                recorder = r;
                frame = new Frame(w, h, Frame.DEPTH_UBYTE, 3, 3 * w);
                firstTime = f.time();
            }
            ByteBuffer buf = (ByteBuffer) frame.image[0];
            byte[] px = f.image().pixels();
            int srcRow = 3 * f.image().width();
            for (int y = 0; y < h; y++) {
                buf.position(y * 3 * w);
                buf.put(px, y * srcRow, 3 * w);
            }
            buf.rewind();
            long micros = Math.round((f.time() - firstTime) * 1e6);
            // the camera's own timing, so a frame the camera skipped does not speed the clip up
            if (micros > recorder.getTimestamp()) {
                recorder.setTimestamp(micros);
            }
            recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            frames++;
        } catch (IOException | RuntimeException e) {
            abort();
            throw new VideoException("The set could not be recorded: " + e.getMessage(), e);
        }
    }

    /** Ends the clip and gives it its name; null when no frame was written. */
    Path finish() throws VideoException {
        if (recorder == null) {
            return null;
        }
        try {
            recorder.stop();
            recorder.release();
            recorder = null;
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | RuntimeException e) {
            abort();
            throw new VideoException("The recorded set could not be saved: " + e.getMessage(), e);
        }
    }

    /** Drops the unfinished clip. */
    void abort() {
        if (recorder != null) {
            try {
                recorder.release();
            } catch (FFmpegFrameRecorder.Exception | RuntimeException ignored) {
                // already failing: the part file goes below
            }
            recorder = null;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // a stray hidden .part file is harmless
        }
    }
}

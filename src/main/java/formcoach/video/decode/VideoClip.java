package formcoach.video.decode;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open video clip, read with FFmpeg (through JavaCV): MP4, MOV, WebM, AVI, MKV and whatever
 * container and codec FFmpeg decodes (H.264, HEVC, VP8/9, AV1, MJPEG…). Frames come out as RGB, turned
 * upright when the clip carries a rotation tag (phones do).
 *
 * <p>Frames are read in order with {@link #next()}; {@link #seek(int)} goes to an exact frame
 * (FFmpeg seeks to the key frame before it and decodes forward). Not thread-safe: one thread uses a clip.
 */
public final class VideoClip implements AutoCloseable {
    /** FFmpeg's own log quiet, once, at the first clip (not when this class loads: the libraries may be missing). */
    private static volatile boolean logsQuiet;

    private final Path path;
    private final FFmpegFrameGrabber grabber;
    private final VideoInfo info;
    private int nextIndex;
    private boolean closed;

    private VideoClip(Path path, FFmpegFrameGrabber grabber, VideoInfo info) {
        this.path = path;
        this.grabber = grabber;
        this.info = info;
    }

    /**
     * Opens {@code file}.
     *
     * @throws VideoException with one plain sentence when the file is missing, unreadable, not a video,
     *                        or has no picture
     */
    public static VideoClip open(Path file) throws VideoException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new VideoException("There is no file " + file + ".");
        }
        if (Files.isDirectory(file)) {
            throw new VideoException(file + " is a folder, not a video.");
        }
        if (!Files.isReadable(file)) {
            throw new VideoException(file + " cannot be read (permission denied).");
        }
        java.util.Optional<String> noNatives = formcoach.video.NativeSupport.missing();
        if (noNatives.isPresent()) {
            throw new VideoException(noNatives.get());
        }
        FFmpegFrameGrabber grabber;
        try {
            if (!logsQuiet) {
                avutil.av_log_set_level(avutil.AV_LOG_QUIET);
                logsQuiet = true;
            }
            grabber = new FFmpegFrameGrabber(file.toFile());
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        } catch (LinkageError e) {
            throw new VideoException(formcoach.video.NativeSupport.couldNotLoad(e), e);
        }
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            releaseQuietly(grabber);
            throw new VideoException(name + " is not a video Form Coach can read (FFmpeg could not open it).", e);
        } catch (LinkageError e) {
            throw new VideoException(formcoach.video.NativeSupport.couldNotLoad(e), e);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            releaseQuietly(grabber);
            throw new VideoException(name + " has no video picture (it may be sound only or a still file).");
        }
        double fps = grabber.getVideoFrameRate();
        if (!(fps > 0) || Double.isInfinite(fps) || fps > 1000) {
            fps = grabber.getFrameRate();
        }
        if (!(fps > 0) || Double.isInfinite(fps) || fps > 1000) {
            fps = 30;
        }
        double duration = Math.max(0, grabber.getLengthInTime() / 1e6);
        int frames = grabber.getLengthInVideoFrames();
        if (frames <= 0 && duration > 0) {
            frames = (int) Math.round(duration * fps);
        }
        int rotation = (int) Math.floorMod(Math.round(-grabber.getDisplayRotation()), 360);
        rotation = (int) (Math.round(rotation / 90.0) * 90) % 360;
        int w = grabber.getImageWidth();
        int h = grabber.getImageHeight();
        if (rotation == 90 || rotation == 270) {
            int t = w;
            w = h;
            h = t;
        }
        String codec = grabber.getVideoCodecName();
        VideoInfo info = new VideoInfo(w, h, fps, duration, Math.max(frames, 0), grabber.getFormat(),
                codec == null ? "unknown" : codec, rotation);
        return new VideoClip(file, grabber, info);
    }

    public Path path() {
        return path;
    }

    public VideoInfo info() {
        return info;
    }

    /** The index the next call to {@link #next()} returns. */
    public int position() {
        return nextIndex;
    }

    /** The next frame, or null at the end of the clip. */
    public VideoFrame next() throws VideoException {
        Frame frame = grabImageFrame();
        if (frame == null) {
            return null;
        }
        int index = nextIndex++;
        return new VideoFrame(index, info.timeOf(index), toRgb(frame));
    }

    /** Skips the next frame without converting it; false at the end of the clip. */
    public boolean skip() throws VideoException {
        if (grabImageFrame() == null) {
            return false;
        }
        nextIndex++;
        return true;
    }

    /** Moves to frame {@code index} exactly, so the next {@link #next()} returns it. */
    public void seek(int index) throws VideoException {
        int target = Math.max(0, index);
        if (target == nextIndex) {
            return;
        }
        if (target > nextIndex && target - nextIndex <= Math.max(2, (int) Math.round(info.fps()))) {
            // a short way forward: decoding is cheaper than seeking back to a key frame
            while (nextIndex < target) {
                if (!skip()) {
                    return;
                }
            }
            return;
        }
        try {
            if (target == 0) {
                grabber.setTimestamp(0L, true);
            } else {
                grabber.setVideoFrameNumber(target);
            }
            nextIndex = target;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException("Could not go to frame " + target + " of " + path.getFileName() + ".", e);
        }
    }

    /** The frame at {@code index} (a seek and a read). */
    public VideoFrame frame(int index) throws VideoException {
        seek(index);
        return next();
    }

    private Frame grabImageFrame() throws VideoException {
        if (closed) {
            throw new VideoException(path.getFileName() + " is closed.");
        }
        try {
            Frame frame;
            do {
                frame = grabber.grabImage();
            } while (frame != null && (frame.image == null || frame.imageWidth <= 0));
            return frame;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(path.getFileName() + " could not be decoded at frame " + nextIndex + ".", e);
        }
    }

    private RgbImage toRgb(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        byte[] out = new byte[3 * w * h];
        int row = 3 * w;
        ByteBuffer src = buf.duplicate();
        for (int y = 0; y < h; y++) {
            src.position(y * stride);
            src.get(out, y * row, row);
        }
        RgbImage image = new RgbImage(w, h, out);
        return info.rotation() == 0 ? image : image.rotatedClockwise(info.rotation() / 90);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            releaseQuietly(grabber);
        }
    }

    private static void releaseQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // nothing more to do with a grabber that would not close
        }
    }
}

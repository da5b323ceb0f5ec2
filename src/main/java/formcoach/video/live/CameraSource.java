package formcoach.video.live;

import formcoach.video.decode.RgbImage;
import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;

/**
 * A webcam read through FFmpeg's camera input (JavaCV's {@link FFmpegFrameGrabber}): frames come out as
 * RGB as fast as the camera makes them. Not tried on a real camera here (this machine has none); the
 * same loop is driven by {@link PacedClipSource} in the tests.
 */
public final class CameraSource implements FrameSource {
    private final CameraDevice device;
    private final FFmpegFrameGrabber grabber;
    private final double fps;
    private long firstTimestamp = -1;
    private int index;
    private boolean closed;

    private CameraSource(CameraDevice device, FFmpegFrameGrabber grabber, double fps) {
        this.device = device;
        this.grabber = grabber;
        this.fps = fps;
    }

    /**
     * Opens {@code device}, asking for {@code width}×{@code height} at {@code fps} (the camera may pick
     * something near).
     *
     * @throws VideoException with one plain sentence when the camera cannot be opened
     */
    public static CameraSource open(CameraDevice device, int width, int height, double fps) throws VideoException {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(device.device());
        g.setFormat(device.format());
        g.setImageWidth(width);
        g.setImageHeight(height);
        g.setFrameRate(fps);
        g.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            g.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(g);
            throw new VideoException("The camera " + device.label() + " could not be opened (it may be in use by another "
                    + "program, or unplugged).", e);
        }
        double got = g.getFrameRate();
        return new CameraSource(device, g, got > 0 && got < 1000 ? got : fps);
    }

    @Override
    public String name() {
        return device.label();
    }

    @Override
    public double fps() {
        return fps;
    }

    @Override
    public VideoFrame grab() throws VideoException {
        if (closed) {
            return null;
        }
        try {
            Frame f;
            do {
                f = grabber.grabImage();
            } while (f != null && (f.image == null || f.imageWidth <= 0));
            if (f == null) {
                return null;
            }
            long ts = grabber.getTimestamp();
            if (firstTimestamp < 0) {
                firstTimestamp = ts;
            }
            return new VideoFrame(index++, Math.max(0, (ts - firstTimestamp) / 1e6), toRgb(f));
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException("The camera " + device.label() + " stopped sending pictures.", e);
        }
    }

    static RgbImage toRgb(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer src = ((ByteBuffer) frame.image[0]).duplicate();
        byte[] out = new byte[3 * w * h];
        for (int y = 0; y < h; y++) {
            src.position(y * frame.imageStride);
            src.get(out, y * 3 * w, 3 * w);
        }
        return new RgbImage(w, h, out);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release(grabber);
        }
    }

    private static void release(FFmpegFrameGrabber g) {
        try {
            g.release();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // a camera that would not close: nothing more to do
        }
    }
}

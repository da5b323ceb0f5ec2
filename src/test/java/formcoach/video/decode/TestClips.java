package formcoach.video.decode;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Clips made for tests and benchmarks. The person is Debian opencv-doc's messi5.jpg (committed as
 * src/test/resources/video/messi5.jpg), rocked about the hips so the body leans to and fro like a
 * lifter swinging: at time t the picture is turned by {@link #lean(double)} degrees.
 */
public final class TestClips {
    /** Where the turn is centred in messi5.jpg's own pixels (between the hips). */
    public static final double HIP_X = 268;
    public static final double HIP_Y = 235;
    public static final double LEAN_DEGREES = 12;
    public static final double LEAN_PERIOD = 2.0;

    private TestClips() {
    }

    public static BufferedImage messi() {
        try (InputStream in = TestClips.class.getResourceAsStream("/video/messi5.jpg")) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RgbImage toRgb(BufferedImage bi) {
        int w = bi.getWidth();
        int h = bi.getHeight();
        byte[] px = new byte[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = bi.getRGB(x, y);
                int o = 3 * (y * w + x);
                px[o] = (byte) (p >> 16);
                px[o + 1] = (byte) (p >> 8);
                px[o + 2] = (byte) p;
            }
        }
        return new RgbImage(w, h, px);
    }

    /** The lean at time t, in degrees (positive: clockwise on screen). */
    public static double lean(double t) {
        return LEAN_DEGREES * Math.sin(2 * Math.PI * t / LEAN_PERIOD);
    }

    /**
     * Writes a clip of {@code seconds} at {@code fps}, {@code width}×{@code height}, with the photo
     * scaled by {@code scale} and centred, leaning over time.
     *
     * @param format "mp4" (H.264 via OpenH264), "webm" (VP8), "avi" (MJPEG), "mov" (MPEG-4 part 2)
     */
    public static void write(Path out, String format, int width, int height, double fps, double seconds, double scale)
            throws IOException {
        BufferedImage photo = messi();
        int frames = (int) Math.round(seconds * fps);
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(out.toFile(), width, height, 0);
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            switch (format) {
                case "mp4" -> {
                    rec.setFormat("mp4");
                    rec.setVideoCodecName("libopenh264");
                    rec.setVideoBitrate(width * height * 2);
                }
                case "webm" -> {
                    rec.setFormat("webm");
                    rec.setVideoCodec(avcodec.AV_CODEC_ID_VP8);
                    rec.setVideoBitrate(width * height * 2);
                }
                case "avi" -> {
                    rec.setFormat("avi");
                    rec.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
                    rec.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
                }
                case "mov" -> {
                    rec.setFormat("mov");
                    rec.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                    rec.setVideoBitrate(width * height * 2);
                }
                default -> throw new IllegalArgumentException(format);
            }
            rec.setFrameRate(fps);
            rec.setGopSize((int) Math.round(fps));
            rec.start();
            BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            for (int i = 0; i < frames; i++) {
                double t = i / fps;
                Graphics2D g = canvas.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(new Color(40, 90, 40));
                g.fillRect(0, 0, width, height);
                AffineTransform at = new AffineTransform();
                at.translate(width / 2.0, height / 2.0);
                at.scale(scale, scale);
                at.translate(-photo.getWidth() / 2.0, -photo.getHeight() / 2.0);
                at.rotate(Math.toRadians(lean(t)), HIP_X, HIP_Y);
                g.drawImage(photo, at, null);
                g.dispose();
                Frame f = conv.convert(canvas);
                rec.record(f, avutil.AV_PIX_FMT_BGR24);
            }
            rec.stop();
        }
    }

    /** Where a point of the photo lands on frame t of a clip written with the same size and scale. */
    public static double[] map(double px, double py, double t, int width, int height, double scale, BufferedImage photo) {
        AffineTransform at = new AffineTransform();
        at.translate(width / 2.0, height / 2.0);
        at.scale(scale, scale);
        at.translate(-photo.getWidth() / 2.0, -photo.getHeight() / 2.0);
        at.rotate(Math.toRadians(lean(t)), HIP_X, HIP_Y);
        double[] p = {px, py};
        at.transform(p, 0, p, 0, 1);
        return p;
    }

    /** Writes the committed clip: 4 s at 15 fps, 548×342 H.264 (run once by hand; the tests read the file). */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), "mp4", 548, 342, 15, 4, 1.0);
    }
}

package formcoach.video.pose;

import formcoach.video.CameraView;
import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;
import formcoach.video.decode.TestClips;
import formcoach.video.decode.VideoException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole pipeline on a real clip of a person: decode, detect, crop, landmarks, tracking. The clip
 * is Messi's photo rocked about the hips by a known angle, so where each body part must land is known
 * from points marked by hand on the photo.
 */
class ClipAnalyzerTest {
    static ExecutorService decoder;
    static Path clip;
    static LandmarkFile result;
    static List<int[]> progress = new ArrayList<>();

    // hand-marked on messi5.jpg (548×342), in its pixels
    static final double[] FACE = {235, 95};
    static final double[] RIGHT_HAND = {80, 97};
    static final double[] LEFT_HAND = {365, 162};
    static final double[] HIPS = {268, 235};
    static final double[] PLANTED_FOOT = {272, 308};
    static final double[] KICKING_FOOT = {420, 266};

    @BeforeAll
    static void analyse() throws Exception {
        decoder = Executors.newSingleThreadExecutor();
        clip = Paths.get(ClipAnalyzerTest.class.getResource("/video/messi-lean.mp4").toURI());
        result = new ClipAnalyzer(decoder, 2).analyze(clip, "barbell-bent-over-row", CameraView.SIDE,
                (done, total) -> progress.add(new int[]{done, total}), () -> false);
    }

    @AfterAll
    static void stop() {
        decoder.shutdownNow();
    }

    @Test
    void writesOneFrameOfThirtyThreeLandmarksPerVideoFrame() {
        assertThat(result.fps()).isEqualTo(15.0);
        assertThat(result.width()).isEqualTo(548);
        assertThat(result.height()).isEqualTo(342);
        assertThat(result.lift()).isEqualTo("barbell-bent-over-row");
        assertThat(result.view()).isEqualTo(CameraView.SIDE);
        assertThat(result.frames()).hasSize(60);
        assertThat(result.frames().get(59).t()).isEqualTo(59 / 15.0);
        assertThat(progress).hasSize(60);
        assertThat(progress.get(59)).containsExactly(60, 60);
    }

    @Test
    void theLandmarksLandOnThePersonInEveryFrame() {
        BufferedImage photo = TestClips.messi();
        int onTarget = 0;
        for (LandmarkFile.Frame f : result.frames()) {
            double t = f.t();
            assertThat(f.visibility(Landmark.LEFT_SHOULDER)).as("t=%s", t).isGreaterThan(0.5f);
            // shoulders above hips, the nose above the shoulders (y runs downwards)
            double shoulders = (f.y(Landmark.LEFT_SHOULDER) + f.y(Landmark.RIGHT_SHOULDER)) / 2;
            double hips = (f.y(Landmark.LEFT_HIP) + f.y(Landmark.RIGHT_HIP)) / 2;
            assertThat(shoulders).as("t=%s", t).isLessThan(hips);
            assertThat(f.y(Landmark.NOSE)).as("t=%s", t).isLessThan((float) hips);
            boolean ok = near(f, Landmark.NOSE, FACE, t, photo, 30)
                    && near(f, Landmark.RIGHT_WRIST, RIGHT_HAND, t, photo, 40)
                    && near(f, Landmark.LEFT_WRIST, LEFT_HAND, t, photo, 40)
                    && nearMid(f, Landmark.LEFT_HIP, Landmark.RIGHT_HIP, HIPS, t, photo, 40)
                    && (near(f, Landmark.RIGHT_ANKLE, PLANTED_FOOT, t, photo, 45) || near(f, Landmark.LEFT_ANKLE, PLANTED_FOOT, t, photo, 45))
                    && (near(f, Landmark.RIGHT_ANKLE, KICKING_FOOT, t, photo, 45) || near(f, Landmark.LEFT_ANKLE, KICKING_FOOT, t, photo, 45));
            if (ok) {
                onTarget++;
            }
        }
        assertThat(onTarget).as("frames with face, hands, hips and feet where they are").isGreaterThanOrEqualTo(54);
    }

    @Test
    void theTrackedBodyLeansWithTheClip() {
        // the line from the hips to the hands turns with the picture: its angle follows the known lean
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        List<double[]> pairs = new ArrayList<>();
        for (LandmarkFile.Frame f : result.frames()) {
            double dx = (f.x(Landmark.LEFT_WRIST) - f.x(Landmark.RIGHT_WRIST)) * result.width();
            double dy = (f.y(Landmark.LEFT_WRIST) - f.y(Landmark.RIGHT_WRIST)) * result.height();
            pairs.add(new double[]{TestClips.lean(f.t()), Math.toDegrees(Math.atan2(dy, dx))});
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        double r = sxy / Math.sqrt(sxx * syy);
        assertThat(r).as("correlation of the hands' line with the lean").isGreaterThan(0.95);
        assertThat(Math.sqrt(syy / pairs.size())).as("the line's angle swings about as much as the lean (sd 8.5°)")
                .isBetween(6.0, 11.0);
    }

    private static boolean near(LandmarkFile.Frame f, Landmark l, double[] photoPoint, double t, BufferedImage photo, double px) {
        double[] at = TestClips.map(photoPoint[0], photoPoint[1], t, 548, 342, 1.0, photo);
        return Math.hypot(f.x(l) * 548 - at[0], f.y(l) * 342 - at[1]) <= px;
    }

    private static boolean nearMid(LandmarkFile.Frame f, Landmark a, Landmark b, double[] photoPoint, double t, BufferedImage photo, double px) {
        double[] at = TestClips.map(photoPoint[0], photoPoint[1], t, 548, 342, 1.0, photo);
        double x = (f.x(a) + f.x(b)) / 2 * 548;
        double y = (f.y(a) + f.y(b)) / 2 * 342;
        return Math.hypot(x - at[0], y - at[1]) <= px;
    }

    @Test
    void cancelStopsTheAnalysisBetweenFrames() {
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> new ClipAnalyzer(decoder, 1).analyze(clip, null, null,
                (done, total) -> seen.set(done), () -> seen.get() >= 5))
                .isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isEqualTo(5);
    }

    @Test
    void aClipWithNobodyInItGivesFramesWithNothingVisible(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.avi");
        TestClips.write(empty, "avi", 160, 120, 10, 0.3, 0.0);
        LandmarkFile none = new ClipAnalyzer(decoder, 1).analyze(empty, null, null, (d, t) -> { }, () -> false);
        assertThat(none.frames()).hasSize(3);
        for (LandmarkFile.Frame f : none.frames()) {
            for (Landmark l : Landmark.values()) {
                assertThat(f.visibility(l)).isZero();
            }
        }
    }

    @Test
    void notAVideoIsReportedPlainly(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("set.mov");
        Files.writeString(text, "hello");
        assertThatThrownBy(() -> new ClipAnalyzer(decoder, 1).analyze(text, null, null, (d, t) -> { }, () -> false))
                .isInstanceOf(VideoException.class)
                .hasMessage("set.mov is not a video Form Coach can read (FFmpeg could not open it).");
    }

    @Test
    void withTwoPeopleInFrameThePickedOneIsFollowed(@TempDir Path dir) throws Exception {
        // two copies of the photo side by side: two people, the same size
        BufferedImage photo = TestClips.messi();
        Path two = dir.resolve("two.avi");
        try (org.bytedeco.javacv.FFmpegFrameRecorder rec = new org.bytedeco.javacv.FFmpegFrameRecorder(two.toFile(), 1096, 342, 0);
             org.bytedeco.javacv.Java2DFrameConverter conv = new org.bytedeco.javacv.Java2DFrameConverter()) {
            rec.setFormat("avi");
            rec.setVideoCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG);
            rec.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P);
            rec.setFrameRate(5);
            rec.start();
            BufferedImage canvas = new BufferedImage(1096, 342, BufferedImage.TYPE_3BYTE_BGR);
            java.awt.Graphics2D g = canvas.createGraphics();
            g.drawImage(photo, 0, 0, null);
            g.drawImage(photo, 548, 0, null);
            g.dispose();
            for (int i = 0; i < 3; i++) {
                rec.record(conv.convert(canvas), org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24);
            }
            rec.stop();
        }
        for (double side : new double[]{0.25, 0.75}) {
            LandmarkFile f = new ClipAnalyzer(decoder, 2).analyze(two, null, null, new double[]{side, 0.6}, (d, t) -> { }, () -> false);
            for (LandmarkFile.Frame frame : f.frames()) {
                double hips = (frame.x(Landmark.LEFT_HIP) + frame.x(Landmark.RIGHT_HIP)) / 2;
                // the hips of the photo are at x = 268 of 548: 0.245 of the wide frame on the left, 0.745 on the right
                assertThat(hips).as("lifter picked at x=%s", side).isCloseTo(side - 0.005, org.assertj.core.data.Offset.offset(0.04));
            }
        }
    }
}

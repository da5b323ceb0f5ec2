package formcoach.video.pose;

import formcoach.video.CameraView;
import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;
import formcoach.video.decode.RgbImage;
import formcoach.video.decode.TestClips;
import formcoach.video.decode.VideoClip;
import formcoach.video.decode.VideoFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Footage as phones and browsers make it: the committed H.264 clip re-encoded as HEVC in MP4, HEVC in
 * MOV coded on its side with a display-matrix rotation of 90° (as a phone held upright writes it), and
 * VP9 in WebM (see src/test/resources/video/README.md for how they were made). Each must decode to the
 * same pictures as the original, upright, and the rotated one must analyse like the original.
 */
class OtherFootageTest {
    static ExecutorService decoder;
    static List<RgbImage> original;

    @BeforeAll
    static void readOriginal() throws Exception {
        decoder = Executors.newSingleThreadExecutor();
        original = frames("messi-lean.mp4");
    }

    @AfterAll
    static void stop() {
        decoder.shutdownNow();
    }

    @ParameterizedTest
    @CsvSource({
            "messi-lean-hevc.mp4, hevc, 0",
            "messi-lean-hevc-rotated.mov, hevc, 90",
            "messi-lean-vp9.webm, vp9, 0",
    })
    void decodesToTheOriginalPicturesUpright(String name, String codec, int rotation) throws Exception {
        try (VideoClip clip = VideoClip.open(path(name))) {
            assertThat(clip.info().codec()).isEqualTo(codec);
            assertThat(clip.info().rotation()).isEqualTo(rotation);
            assertThat(clip.info().width()).isEqualTo(548);
            assertThat(clip.info().height()).isEqualTo(342);
            assertThat(clip.info().fps()).isEqualTo(15.0);
        }
        List<RgbImage> got = frames(name);
        assertThat(got).hasSize(original.size());
        for (int i = 0; i < got.size(); i += 7) {
            RgbImage a = got.get(i);
            assertThat(a.width()).isEqualTo(548);
            assertThat(a.height()).isEqualTo(342);
            // lossy re-encoding: a few levels apart on average; a picture turned the wrong way is ~40 apart
            assertThat(meanDifference(a, original.get(i))).as("%s frame %d", name, i).isLessThan(6.0);
            assertThat(meanDifference(a.rotatedClockwise(2), original.get(i))).as("%s frame %d turned over", name, i)
                    .isGreaterThan(20.0);
        }
    }

    @Test
    void thePhoneStyleRotatedHevcClipAnalysesLikeTheOriginal() throws Exception {
        LandmarkFile f = new ClipAnalyzer(decoder, 2).analyze(path("messi-lean-hevc-rotated.mov"), "barbell-bent-over-row",
                CameraView.SIDE, (d, t) -> { }, () -> false);
        assertThat(f.width()).isEqualTo(548);
        assertThat(f.height()).isEqualTo(342);
        assertThat(f.frames()).hasSize(60);
        BufferedImage photo = TestClips.messi();
        int onTarget = 0;
        for (LandmarkFile.Frame frame : f.frames()) {
            double shoulders = (frame.y(Landmark.LEFT_SHOULDER) + frame.y(Landmark.RIGHT_SHOULDER)) / 2;
            double hips = (frame.y(Landmark.LEFT_HIP) + frame.y(Landmark.RIGHT_HIP)) / 2;
            assertThat(shoulders).as("upright: shoulders above hips at t=%s", frame.t()).isLessThan(hips);
            if (ClipAnalyzerTestPoints.onTarget(frame, photo)) {
                onTarget++;
            }
        }
        assertThat(onTarget).as("frames with face, hands and hips where they are").isGreaterThanOrEqualTo(54);
    }

    static double meanDifference(RgbImage a, RgbImage b) {
        byte[] pa = a.pixels();
        byte[] pb = b.pixels();
        long sum = 0;
        for (int i = 0; i < pa.length; i++) {
            sum += Math.abs((pa[i] & 0xff) - (pb[i] & 0xff));
        }
        return (double) sum / pa.length;
    }

    static List<RgbImage> frames(String name) throws Exception {
        List<RgbImage> out = new ArrayList<>();
        try (VideoClip clip = VideoClip.open(path(name))) {
            VideoFrame f;
            while ((f = clip.next()) != null) {
                out.add(f.image());
            }
        }
        return out;
    }

    static Path path(String name) throws Exception {
        return Paths.get(OtherFootageTest.class.getResource("/video/" + name).toURI());
    }

    /** The hand-marked points of {@link ClipAnalyzerTest}: face, both hands and the hips within 30–40 px. */
    static final class ClipAnalyzerTestPoints {
        static boolean onTarget(LandmarkFile.Frame f, BufferedImage photo) {
            return near(f, Landmark.NOSE, ClipAnalyzerTest.FACE, photo, 30)
                    && near(f, Landmark.RIGHT_WRIST, ClipAnalyzerTest.RIGHT_HAND, photo, 40)
                    && near(f, Landmark.LEFT_WRIST, ClipAnalyzerTest.LEFT_HAND, photo, 40)
                    && near(f, Landmark.LEFT_HIP, Landmark.RIGHT_HIP, ClipAnalyzerTest.HIPS, photo, 40);
        }

        private static boolean near(LandmarkFile.Frame f, Landmark l, double[] p, BufferedImage photo, double px) {
            double[] at = TestClips.map(p[0], p[1], f.t(), 548, 342, 1.0, photo);
            return Math.hypot(f.x(l) * 548 - at[0], f.y(l) * 342 - at[1]) <= px;
        }

        private static boolean near(LandmarkFile.Frame f, Landmark a, Landmark b, double[] p, BufferedImage photo, double px) {
            double[] at = TestClips.map(p[0], p[1], f.t(), 548, 342, 1.0, photo);
            double x = (f.x(a) + f.x(b)) / 2 * 548;
            double y = (f.y(a) + f.y(b)) / 2 * 342;
            return Math.hypot(x - at[0], y - at[1]) <= px;
        }
    }
}

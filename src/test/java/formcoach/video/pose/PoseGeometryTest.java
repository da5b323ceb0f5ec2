package formcoach.video.pose;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoseGeometryTest {
    @Test
    void anUprightBodyGivesAnUnturnedSquareAroundTheHips() {
        Roi roi = Roi.fromAlignmentPoints(100, 200, 100, 100, 1.25);
        assertThat(roi.rotation()).isCloseTo(0, within(1e-9));
        assertThat(roi.width()).isCloseTo(250, within(1e-9));
        assertThat(roi.centerX()).isEqualTo(100);
        // the top middle of the crop is straight above the hips
        assertThat(roi.toImageX(0.5, 0)).isCloseTo(100, within(1e-9));
        assertThat(roi.toImageY(0.5, 0)).isCloseTo(75, within(1e-9));
    }

    @Test
    void aBodyLyingHeadRightIsTurnedSoTheHeadIsUpInTheCrop() {
        Roi roi = Roi.fromAlignmentPoints(100, 100, 200, 100, 1.0);
        assertThat(roi.rotation()).isCloseTo(Math.PI / 2, within(1e-9));
        // the crop's top middle lands on the head's side
        assertThat(roi.toImageX(0.5, 0)).isCloseTo(200, within(1e-9));
        assertThat(roi.toImageY(0.5, 0)).isCloseTo(100, within(1e-9));
    }

    @Test
    void theCropSamplesWhatTheRoiPointsAt() {
        // a 4×4 picture whose red channel is 10·x + y
        byte[] px = new byte[3 * 16];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                px[3 * (y * 4 + x)] = (byte) (10 * x + y);
            }
        }
        float[] out = new float[3 * 4];
        // the picture's 2×2 top-right quarter, turned by half a turn: (0,0) of the crop is pixel (3,1)
        ImageCrop.crop(new formcoach.video.decode.RgbImage(4, 4, px), new Roi(3, 1, 2, 2, Math.PI), 2, 0, 255, out);
        assertThat(out[0]).isCloseTo(31f, within(1e-3f));
        assertThat(out[3]).isCloseTo(21f, within(1e-3f));
        assertThat(out[6]).isCloseTo(30f, within(1e-3f));
        assertThat(out[9]).isCloseTo(20f, within(1e-3f));
    }

    @Test
    void weightedSuppressionMergesOverlappingBoxesAndKeepsSeparateOnes() {
        Detection a = new Detection(0.9, 0, 0, 10, 10, new double[]{0, 0, 0, 0, 0, 0, 0, 0});
        Detection b = new Detection(0.6, 1, 0, 10, 10, new double[]{3, 0, 0, 0, 0, 0, 0, 0});
        Detection far = new Detection(0.7, 50, 50, 10, 10, new double[8]);
        List<Detection> out = PoseDetector.weightedNms(List.of(b, far, a), 0.3);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).score()).isEqualTo(0.9);
        assertThat(out.get(0).xMin()).isCloseTo(0.4, within(1e-9));
        assertThat(out.get(0).keypointX(0)).isCloseTo(1.2, within(1e-9));
        assertThat(out.get(1).xMin()).isEqualTo(50);
    }

    @Test
    void theOneEuroFilterHoldsStillAndFollowsAMove() {
        OneEuroFilter f = new OneEuroFilter(0.05, 80, 1);
        double v = 0;
        for (int i = 0; i < 30; i++) {
            v = f.filter(i % 2 == 0 ? 0.001 : -0.001, i / 30.0);
        }
        assertThat(Math.abs(v)).isLessThan(0.001);
        for (int i = 30; i < 45; i++) {
            v = f.filter(0.5, i / 30.0);
        }
        assertThat(v).isCloseTo(0.5, within(0.02));
    }
}

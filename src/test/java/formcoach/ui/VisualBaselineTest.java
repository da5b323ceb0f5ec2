package formcoach.ui;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison itself: within tolerance passes, a real change fails and is marked, a new size fails. */
class VisualBaselineTest {
    private static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    @Test
    void smallShiftsInColourAndAFewPixelsPass() {
        BufferedImage base = filled(100, 100, 0x336699);
        BufferedImage now = filled(100, 100, 0x3A6C9F); // every channel within 24
        for (int i = 0; i < 30; i++) {
            now.setRGB(i, 0, 0xFFFFFF); // a caret: 30 of 10,000 pixels
        }
        VisualBaseline.Result r = VisualBaseline.compare(base, now);
        assertThat(r.differing()).isEqualTo(30);
        assertThat(r.passes()).isTrue();
    }

    @Test
    void aChangedAreaFailsAndIsMarkedRed() {
        BufferedImage base = filled(100, 100, 0xFFFFFF);
        BufferedImage now = filled(100, 100, 0xFFFFFF);
        for (int y = 10; y < 20; y++) {
            for (int x = 10; x < 20; x++) {
                now.setRGB(x, y, 0x000000);
            }
        }
        VisualBaseline.Result r = VisualBaseline.compare(base, now);
        assertThat(r.differing()).isEqualTo(100);
        assertThat(r.passes()).isFalse();
        assertThat(r.diff().getRGB(15, 15) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(r.diff().getRGB(50, 50) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void aNewSizeFails() {
        VisualBaseline.Result r = VisualBaseline.compare(filled(100, 100, 0), filled(100, 101, 0));
        assertThat(r.passes()).isFalse();
        assertThat(r.diff().getWidth()).isEqualTo(200);
    }
}

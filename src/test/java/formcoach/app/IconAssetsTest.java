package formcoach.app;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The icon ships in every size the window and the packages use, drawn from one SVG source. */
class IconAssetsTest {
    @Test
    void everyPngSizeIsOnTheClassPathAtItsSizeAndDrawnFromTheSvg() throws Exception {
        for (int size : new int[]{16, 24, 32, 48, 64, 128, 256, 512}) {
            try (InputStream in = App.class.getResourceAsStream("/assets/icon/formcoach-" + size + ".png")) {
                assertThat(in).as("formcoach-%d.png", size).isNotNull();
                BufferedImage img = ImageIO.read(in);
                assertThat(img.getWidth()).isEqualTo(size);
                assertThat(img.getHeight()).isEqualTo(size);
                // the corners are transparent (rounded square), the middle is not
                assertThat(img.getRGB(0, 0) >>> 24).isZero();
                assertThat(img.getRGB(size / 2, size / 2) >>> 24).isEqualTo(0xff);
            }
        }
        assertThat(Files.readString(Path.of("assets/icon/formcoach.svg"))).startsWith("<?xml").contains("<svg");
    }

    @Test
    void windowsAndMacIconFilesArePresentWithTheirMagicNumbers() throws Exception {
        byte[] ico = Files.readAllBytes(Path.of("assets/icon/formcoach.ico"));
        assertThat(new byte[]{ico[0], ico[1], ico[2], ico[3]}).containsExactly(0, 0, 1, 0);
        byte[] icns = Files.readAllBytes(Path.of("assets/icon/formcoach.icns"));
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
    }
}

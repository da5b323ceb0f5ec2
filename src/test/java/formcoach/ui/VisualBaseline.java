package formcoach.ui;

import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Visual regression: a snapshot is compared with its stored baseline
 * ({@code src/test/resources/snapshots/NAME.png}) within a tolerance.
 *
 * <p>Every shot is written to {@code target/snapshots/NAME.png}. When it differs from its baseline
 * by more than the tolerance, {@code target/snapshots/NAME.diff.png} shows the baseline faded with
 * every differing pixel in red, and the test fails naming both files. After a deliberate change,
 * accept the new pictures as baselines with one command:
 * {@code mvn -B test -Dsnapshots.accept=true -Dtest='*Snapshot*Test'} (then commit them); LibraryTwinsUiTest and TimerAcrossTheRoomTest take shots too.
 *
 * <p>Rendering is deterministic in the headless test run (Monocle, software Prism, the JDK's
 * fonts); the tolerance absorbs a blinking caret and anti-aliasing differences between machines: a
 * pixel counts as different when a channel moves by more than {@link #CHANNEL_TOLERANCE}, and a shot
 * fails when more than {@link #PIXEL_TOLERANCE} of its pixels differ or its size changed.
 */
public final class VisualBaseline {
    public static final Path BASELINES = Path.of("src", "test", "resources", "snapshots");
    public static final Path OUT = Path.of("target", "snapshots");
    /** a channel may move this much (0-255) before the pixel counts as different */
    public static final int CHANNEL_TOLERANCE = 24;
    /** the share of pixels that may differ */
    public static final double PIXEL_TOLERANCE = 0.004;

    /** Failures seen by {@link #check} since the last {@link #assertClean}: a shot is often taken inside
     * {@code robot.interact}, where a thrown error would not reach the test. */
    private static final java.util.List<String> FAILURES = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private VisualBaseline() {
    }

    /** Fails (on the test's own thread) when any shot since the last call differed from its baseline; then forgets them. */
    public static void assertClean() {
        java.util.List<String> seen;
        synchronized (FAILURES) {
            seen = java.util.List.copyOf(FAILURES);
            FAILURES.clear();
        }
        if (!seen.isEmpty()) {
            throw new AssertionError(seen.size() + " snapshot(s) differ from their baselines:\n" + String.join("\n", seen));
        }
    }

    private static AssertionError fail(String message) {
        FAILURES.add(message);
        return new AssertionError(message);
    }

    /** True when this run writes its shots as the new baselines ({@code -Dsnapshots.accept=true}). */
    public static boolean accepting() {
        return Boolean.getBoolean("snapshots.accept");
    }

    /**
     * Snapshots {@code node} (FX thread), writes it, and compares it with its baseline. Transient
     * overlays (nodes with the style class {@code transient}: flashes, pulses) are hidden for the shot.
     *
     * @throws AssertionError when the shot differs beyond the tolerance or has no baseline
     */
    public static Path check(Node node, String name) throws IOException {
        java.util.List<Node> hidden = new java.util.ArrayList<>();
        for (Node n : node.lookupAll(".transient")) {
            if (n.isVisible()) {
                n.setVisible(false);
                hidden.add(n);
            }
        }
        WritableImage img;
        try {
            img = node.snapshot(null, null);
        } finally {
            hidden.forEach(n -> n.setVisible(true));
        }
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        BufferedImage shot = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        shot.setRGB(0, 0, w, h, px, 0, w);
        {
            Files.createDirectories(OUT);
            Path file = OUT.resolve(name + ".png");
            ImageIO.write(shot, "png", file.toFile());
            Path baseline = BASELINES.resolve(name + ".png");
            if (accepting()) {
                Files.createDirectories(BASELINES);
                ImageIO.write(shot, "png", baseline.toFile());
                return file;
            }
            if (!Files.exists(baseline)) {
                throw fail("No baseline for snapshot '" + name + "' (" + baseline + "). Look at " + file
                        + "; if it is right, accept it: mvn -B test -Dsnapshots.accept=true -Dtest='*Snapshot*Test'");
            }
            BufferedImage base = ImageIO.read(baseline.toFile());
            Result r = compare(base, shot);
            if (!r.passes()) {
                Path diff = OUT.resolve(name + ".diff.png");
                ImageIO.write(r.diff(), "png", diff.toFile());
                throw fail(String.format(Locale.ROOT,
                        "Snapshot '%s' differs from its baseline: %s. Baseline %s, now %s, difference %s. "
                                + "If the change is deliberate: mvn -B test -Dsnapshots.accept=true -Dtest='*Snapshot*Test'",
                        name, r.describe(), baseline, file, diff));
            }
            return file;
        }
    }

    /** The outcome of one comparison; {@code diff} is null when the sizes differ. */
    public record Result(int width, int height, boolean sameSize, long differing, BufferedImage diff) {
        public double share() {
            return sameSize ? (double) differing / ((long) width * height) : 1.0;
        }

        public boolean passes() {
            return sameSize && share() <= PIXEL_TOLERANCE;
        }

        String describe() {
            return sameSize ? String.format(Locale.ROOT, "%d of %d pixels (%.3f%%, at most %.3f%% allowed)", differing,
                    (long) width * height, share() * 100, PIXEL_TOLERANCE * 100) : "its size changed";
        }
    }

    /** Pixel by pixel, with the tolerances above; the difference picture fades the baseline and marks differences red. */
    public static Result compare(BufferedImage base, BufferedImage now) {
        if (base.getWidth() != now.getWidth() || base.getHeight() != now.getHeight()) {
            BufferedImage side = new BufferedImage(base.getWidth() + now.getWidth(), Math.max(base.getHeight(), now.getHeight()),
                    BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = side.createGraphics();
            g.drawImage(base, 0, 0, null);
            g.drawImage(now, base.getWidth(), 0, null);
            g.dispose();
            return new Result(now.getWidth(), now.getHeight(), false, (long) now.getWidth() * now.getHeight(), side);
        }
        int w = base.getWidth();
        int h = base.getHeight();
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = base.getRGB(x, y);
                int b = now.getRGB(x, y);
                int d = Math.max(Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)),
                        Math.max(Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)), Math.abs((a & 0xFF) - (b & 0xFF))));
                if (d > CHANNEL_TOLERANCE) {
                    differing++;
                    diff.setRGB(x, y, 0xFF0000);
                } else {
                    int grey = (((a >> 16) & 0xFF) + ((a >> 8) & 0xFF) + (a & 0xFF)) / 3;
                    int faded = 255 - (255 - grey) / 4;
                    diff.setRGB(x, y, (faded << 16) | (faded << 8) | faded);
                }
            }
        }
        return new Result(w, h, true, differing, diff);
    }
}

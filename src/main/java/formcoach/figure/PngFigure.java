package formcoach.figure;

import formcoach.library.Fault;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** One frame of a figure as a PNG picture (Java2D, no display needed), in the app's light colours. */
public final class PngFigure {
    private PngFigure() {
    }

    /**
     * Draws the figure {@code at} (0–1) through one rep with {@code fault} (null for clean), framed
     * for the whole rep so pictures of the same lift line up, and writes it to {@code target} atomically.
     */
    public static void write(FigureAsset asset, Fault fault, FigureView view, double at, int width, int height, Path target) throws IOException {
        BufferedImage img = draw(asset, fault, view, at, width, height);
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) {
                throw new IOException("no PNG writer");
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static BufferedImage draw(FigureAsset asset, Fault fault, FigureView view, double at, int width, int height) {
        FigureMotion motion = FigureMotion.loop(asset, fault);
        FigureMotion clean = FigureMotion.loop(asset, null);
        // frame the clean and the faulty rep together, so both pictures share one scale
        int n = 48;
        double[][] placed = new double[2 * n][3 * Skeleton.POINTS];
        double[] pose = new double[PoseParam.COUNT];
        for (int i = 0; i < n; i++) {
            motion.sample(motion.duration() * i / n, pose);
            Skeleton.place(pose, asset, placed[i]);
            clean.sample(clean.duration() * i / n, pose);
            Skeleton.place(pose, asset, placed[n + i]);
        }
        Viewport vp = FigureExport.frame(asset, view, placed, width, height);
        double[] p = new double[3 * Skeleton.POINTS];
        motion.sample(motion.duration() * at, pose);
        Skeleton.place(pose, asset, p);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            new FigureRenderer().draw(new Java2dPen(g, width, height), p, asset, view, vp);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The light theme's colours. */
    static Color colour(Pen.Ink ink) {
        return switch (ink) {
            case BACKGROUND -> new Color(0xF7F8FA);
            case FLOOR -> new Color(0xE3E6EB);
            case PROP -> new Color(0xB8C0CC);
            case FAR_LIMB -> new Color(0x7FA3C7);
            case BODY -> new Color(0x2F6FAF);
            case NEAR_LIMB -> new Color(0x3F82C4);
            case SPINE -> new Color(0xFFFFFF);
            case EQUIPMENT -> new Color(0x3A3F47);
            case CABLE -> new Color(0x8A929E);
            case MARK -> new Color(0xD9480F);
        };
    }

    private record Java2dPen(Graphics2D g, int width, int height) implements Pen {
        @Override
        public void clear(Ink ink) {
            g.setColor(colour(ink));
            g.fillRect(0, 0, width, height);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, double w, Ink ink) {
            g.setColor(colour(ink));
            g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void polyline(double[] xs, double[] ys, int n, double w, Ink ink) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(xs[0], ys[0]);
            for (int i = 1; i < n; i++) {
                path.lineTo(xs[i], ys[i]);
            }
            g.setColor(colour(ink));
            g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }

        @Override
        public void fillCircle(double cx, double cy, double r, Ink ink) {
            g.setColor(colour(ink));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }

        @Override
        public void strokeCircle(double cx, double cy, double r, double w, Ink ink) {
            g.setColor(colour(ink));
            g.setStroke(new BasicStroke((float) w));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Ink ink) {
            g.setColor(colour(ink));
            g.fill(new Rectangle2D.Double(x, y, w, h));
        }
    }
}

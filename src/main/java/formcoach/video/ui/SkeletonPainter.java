package formcoach.video.ui;

import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

import static formcoach.video.Landmark.*;

/** Draws a frame's 33 landmarks as a stick figure over the picture (left side orange, right side blue). */
final class SkeletonPainter {
    static final float MIN_VISIBILITY = 0.5f;
    private static final Landmark[][] BONES = {
            {LEFT_SHOULDER, RIGHT_SHOULDER}, {LEFT_HIP, RIGHT_HIP},
            {LEFT_SHOULDER, LEFT_HIP}, {RIGHT_SHOULDER, RIGHT_HIP},
            {LEFT_SHOULDER, LEFT_ELBOW}, {LEFT_ELBOW, LEFT_WRIST}, {RIGHT_SHOULDER, RIGHT_ELBOW}, {RIGHT_ELBOW, RIGHT_WRIST},
            {LEFT_WRIST, LEFT_INDEX}, {RIGHT_WRIST, RIGHT_INDEX},
            {LEFT_HIP, LEFT_KNEE}, {LEFT_KNEE, LEFT_ANKLE}, {RIGHT_HIP, RIGHT_KNEE}, {RIGHT_KNEE, RIGHT_ANKLE},
            {LEFT_ANKLE, LEFT_HEEL}, {LEFT_HEEL, LEFT_FOOT_INDEX}, {RIGHT_ANKLE, RIGHT_HEEL}, {RIGHT_HEEL, RIGHT_FOOT_INDEX},
            {LEFT_EAR, LEFT_SHOULDER}, {RIGHT_EAR, RIGHT_SHOULDER}, {LEFT_EAR, NOSE}, {RIGHT_EAR, NOSE},
    };
    private static final Color LEFT = Color.web("#ff9f1c");
    private static final Color RIGHT = Color.web("#2ec4ff");
    private static final Color MIDDLE = Color.web("#f5f5f5");

    private SkeletonPainter() {
    }

    /** Paints {@code frame} onto a picture drawn at (x, y) with size w × h. */
    static void paint(GraphicsContext g, LandmarkFile.Frame frame, double x, double y, double w, double h) {
        double line = Math.max(2, Math.min(w, h) / 160);
        g.setLineCap(StrokeLineCap.ROUND);
        for (Landmark[] bone : BONES) {
            Landmark a = bone[0];
            Landmark b = bone[1];
            if (frame.visibility(a) < MIN_VISIBILITY || frame.visibility(b) < MIN_VISIBILITY) {
                continue;
            }
            g.setStroke(Color.rgb(0, 0, 0, 0.55));
            g.setLineWidth(line + 2);
            g.strokeLine(x + frame.x(a) * w, y + frame.y(a) * h, x + frame.x(b) * w, y + frame.y(b) * h);
            g.setStroke(colour(a, b));
            g.setLineWidth(line);
            g.strokeLine(x + frame.x(a) * w, y + frame.y(a) * h, x + frame.x(b) * w, y + frame.y(b) * h);
        }
        double r = line * 1.6;
        for (Landmark l : Landmark.values()) {
            if (l.ordinal() > 10 && l.ordinal() < 17 || l.ordinal() >= 23 && l.ordinal() <= 28 || l == NOSE || l == LEFT_EAR || l == RIGHT_EAR) {
                if (frame.visibility(l) >= MIN_VISIBILITY) {
                    double px = x + frame.x(l) * w;
                    double py = y + frame.y(l) * h;
                    g.setFill(Color.rgb(0, 0, 0, 0.6));
                    g.fillOval(px - r - 1, py - r - 1, 2 * r + 2, 2 * r + 2);
                    g.setFill(side(l));
                    g.fillOval(px - r, py - r, 2 * r, 2 * r);
                }
            }
        }
    }

    private static Color colour(Landmark a, Landmark b) {
        Color ca = side(a);
        return ca.equals(side(b)) ? ca : MIDDLE;
    }

    private static Color side(Landmark l) {
        String n = l.name();
        return n.startsWith("LEFT") ? LEFT : n.startsWith("RIGHT") ? RIGHT : MIDDLE;
    }
}

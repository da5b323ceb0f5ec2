package formcoach.video;

/**
 * The geometry of drawings on a frame. Points are fractions of the frame; angles are measured in
 * pixels of the clip ({@code width} × {@code height}), so a wide frame does not skew them.
 */
public final class DrawingGeometry {
    private DrawingGeometry() {
    }

    /** The angle at {@code vertex} between the rays to {@code a} and {@code c}, 0–180 degrees (0 when a ray has no length). */
    public static double angleAt(Drawing.Point a, Drawing.Point vertex, Drawing.Point c, int width, int height) {
        double ax = (a.x() - vertex.x()) * width;
        double ay = (a.y() - vertex.y()) * height;
        double cx = (c.x() - vertex.x()) * width;
        double cy = (c.y() - vertex.y()) * height;
        double la = Math.hypot(ax, ay);
        double lc = Math.hypot(cx, cy);
        if (la == 0 || lc == 0) {
            return 0;
        }
        double cos = (ax * cx + ay * cy) / (la * lc);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    /** How far the line from {@code a} to {@code b} tilts from level, 0–90 degrees. */
    public static double fromLevel(Drawing.Point a, Drawing.Point b, int width, int height) {
        double dx = Math.abs(b.x() - a.x()) * width;
        double dy = Math.abs(b.y() - a.y()) * height;
        if (dx == 0 && dy == 0) {
            return 0;
        }
        return Math.toDegrees(Math.atan2(dy, dx));
    }

    /**
     * The signed start and sweep (degrees, counter-clockwise on screen with y downwards, as JavaFX's
     * {@code strokeArc} takes them) of the arc that marks the angle at {@code vertex}: from the ray to
     * {@code a} to the ray to {@code c} the short way round.
     */
    public static double[] arc(Drawing.Point a, Drawing.Point vertex, Drawing.Point c, int width, int height) {
        double start = Math.toDegrees(Math.atan2(-(a.y() - vertex.y()) * height, (a.x() - vertex.x()) * width));
        double end = Math.toDegrees(Math.atan2(-(c.y() - vertex.y()) * height, (c.x() - vertex.x()) * width));
        double sweep = end - start;
        while (sweep > 180) {
            sweep -= 360;
        }
        while (sweep < -180) {
            sweep += 360;
        }
        return new double[] {start, sweep};
    }

    /** The distance from ({@code px}, {@code py}) to the segment (x1, y1)–(x2, y2), all in the same units. */
    public static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return Math.hypot(px - (x1 + u * dx), py - (y1 + u * dy));
    }
}

package formcoach.video.pose;

/**
 * A rotated rectangle on a frame, in pixels: its centre, its size and its turn in radians
 * (clockwise on screen, since y runs downwards). A point {@code (u, v)} in [0,1]² of the rectangle's
 * own frame lands on the picture at {@link #toImageX}/{@link #toImageY}.
 */
public record Roi(double centerX, double centerY, double width, double height, double rotation) {

    public double toImageX(double u, double v) {
        double lx = (u - 0.5) * width;
        double ly = (v - 0.5) * height;
        return centerX + lx * Math.cos(rotation) - ly * Math.sin(rotation);
    }

    public double toImageY(double u, double v) {
        double lx = (u - 0.5) * width;
        double ly = (v - 0.5) * height;
        return centerY + lx * Math.sin(rotation) + ly * Math.cos(rotation);
    }

    /**
     * MediaPipe's alignment of a body: centred on {@code (x0, y0)} (the hips' middle), a square of
     * twice the distance to {@code (x1, y1)} (a point that gives size and direction), turned so that
     * direction points up, then enlarged by {@code scale}. All in pixels.
     */
    public static Roi fromAlignmentPoints(double x0, double y0, double x1, double y1, double scale) {
        double size = 2 * Math.hypot(x1 - x0, y1 - y0) * scale;
        double rotation = normalise(Math.PI / 2 - Math.atan2(-(y1 - y0), x1 - x0));
        return new Roi(x0, y0, size, size, rotation);
    }

    static double normalise(double angle) {
        return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
    }
}

package formcoach.figure;

/**
 * Maps the figure's metres onto a picture of {@code width} × {@code height} pixels: a uniform scale
 * and an offset, chosen to fit a region with a margin, the floor at the bottom when it is in view.
 */
public record Viewport(double width, double height, double scale, double originX, double originY) {
    /** Fits the region [minX, maxX] × [minUp, maxUp] (metres) into the picture with {@code margin} (fraction) around. */
    public static Viewport fit(double width, double height, double minX, double maxX, double minUp, double maxUp, double margin) {
        double w = Math.max(0.1, maxX - minX);
        double h = Math.max(0.1, maxUp - minUp);
        double scale = Math.min(width * (1 - 2 * margin) / w, height * (1 - 2 * margin) / h);
        double originX = width / 2 - scale * (minX + maxX) / 2;
        double originY = height / 2 + scale * (minUp + maxUp) / 2;
        return new Viewport(width, height, scale, originX, originY);
    }

    /** Pixel x of a point {@code x} metres to the right. */
    public double px(double x) {
        return originX + scale * x;
    }

    /** Pixel y (downwards) of a point {@code up} metres high. */
    public double py(double up) {
        return originY - scale * up;
    }

    /** Pixels for a length in metres. */
    public double len(double metres) {
        return scale * metres;
    }
}

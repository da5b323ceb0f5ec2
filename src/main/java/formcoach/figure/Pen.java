package formcoach.figure;

/**
 * What the figure is drawn with, in pixels: a Java2D picture for {@code --png-out}, a JavaFX canvas in
 * the app. Implementations map each {@link Ink} to a colour of their theme.
 */
public interface Pen {
    /** The roles colours play in the figure. */
    enum Ink { BACKGROUND, FLOOR, PROP, FAR_LIMB, BODY, NEAR_LIMB, SPINE, EQUIPMENT, CABLE, MARK }

    void clear(Ink ink);

    /** A line with round ends. */
    void line(double x1, double y1, double x2, double y2, double width, Ink ink);

    /** A line through the first {@code n} points, round joins and ends. */
    void polyline(double[] xs, double[] ys, int n, double width, Ink ink);

    void fillCircle(double cx, double cy, double r, Ink ink);

    void strokeCircle(double cx, double cy, double r, double width, Ink ink);

    void fillRect(double x, double y, double w, double h, Ink ink);
}

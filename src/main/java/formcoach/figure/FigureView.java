package formcoach.figure;

import formcoach.video.CameraView;
import formcoach.video.Landmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the figure is seen from: the side (camera on the lifter's right) or from behind. */
public enum FigureView {
    SIDE, BACK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FigureView> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
    }

    public CameraView camera() {
        return this == SIDE ? CameraView.SIDE : CameraView.BACK;
    }

    /** Screen x in metres (to the right) of a placed point. */
    public double x(double[] points, int i) {
        return this == SIDE ? points[3 * i + 2] : points[3 * i];
    }

    /** Height in metres (up) of a placed point. */
    public double up(double[] points, int i) {
        return points[3 * i + 1];
    }

    /**
     * How sure a pose model would be of a landmark from this view: the far side of the body is
     * partly hidden from the side, the face cannot be seen from behind.
     */
    public float visibility(Landmark l) {
        String n = l.name();
        if (this == SIDE) {
            return n.startsWith("LEFT_") ? 0.72f : 0.98f;
        }
        if (l == Landmark.NOSE || n.contains("EYE") || n.startsWith("MOUTH")) {
            return 0.2f;
        }
        return 0.93f;
    }
}

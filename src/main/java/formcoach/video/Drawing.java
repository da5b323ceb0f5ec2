package formcoach.video;

import formcoach.store.StoredRecord;

import java.util.List;
import java.util.Locale;

/**
 * One mark a person drew on a frame of their clip, Kinovea-style: a line, an angle (three points, the
 * angle measured at the middle one) or a note. Points are fractions of the frame (x to the right, y
 * downwards), so zoom and window size do not matter. {@code frame} and {@code t} say which frame of the
 * clip it belongs to.
 */
public record Drawing(long id, Kind kind, int frame, double t, List<Point> points, String text) implements StoredRecord {
    public Drawing {
        points = points == null ? null : List.copyOf(points);
    }

    /** What was drawn, and how many points it takes. */
    public enum Kind {
        LINE(2, "line"), ANGLE(3, "angle"), NOTE(1, "note");

        private final int points;
        private final String word;

        Kind(int points, String word) {
            this.points = points;
            this.word = word;
        }

        public int points() {
            return points;
        }

        /** The word for it in sentences ("angle"). */
        public String word() {
            return word;
        }
    }

    /** A point as fractions of the frame's width and height. */
    public record Point(double x, double y) {
        /** This point kept inside the frame. */
        public Point clamped() {
            return new Point(Math.max(0, Math.min(1, x)), Math.max(0, Math.min(1, y)));
        }
    }

    public Point point(int i) {
        return points.get(i);
    }

    /** The same drawing with point {@code i} at {@code p} (kept inside the frame). */
    public Drawing withPoint(int i, Point p) {
        java.util.ArrayList<Point> next = new java.util.ArrayList<>(points);
        next.set(i, p.clamped());
        return new Drawing(id, kind, frame, t, next, text);
    }

    /** The same drawing moved by {@code dx}, {@code dy} (fractions), kept inside the frame as a whole. */
    public Drawing movedBy(double dx, double dy) {
        double minX = points.stream().mapToDouble(Point::x).min().orElse(0);
        double maxX = points.stream().mapToDouble(Point::x).max().orElse(0);
        double minY = points.stream().mapToDouble(Point::y).min().orElse(0);
        double maxY = points.stream().mapToDouble(Point::y).max().orElse(0);
        double mx = Math.max(-minX, Math.min(1 - maxX, dx));
        double my = Math.max(-minY, Math.min(1 - maxY, dy));
        return new Drawing(id, kind, frame, t, points.stream().map(p -> new Point(p.x() + mx, p.y() + my)).toList(), text);
    }

    /**
     * What the drawing measures on a frame of {@code width} × {@code height} pixels: an angle's degrees
     * at its middle point, a line's slope from level, a note's text.
     */
    public String measure(int width, int height) {
        return switch (kind) {
            case ANGLE -> String.format(Locale.ROOT, "%.0f°", DrawingGeometry.angleAt(point(0), point(1), point(2), width, height));
            case LINE -> String.format(Locale.ROOT, "%.0f° from level", DrawingGeometry.fromLevel(point(0), point(1), width, height));
            case NOTE -> text == null ? "" : text;
        };
    }

    @Override
    public String storeProblem() {
        if (kind == null) {
            return "it has no kind (line, angle or note)";
        }
        if (points == null || points.size() != kind.points()) {
            return "a " + kind.word() + " needs " + kind.points() + " point" + (kind.points() == 1 ? "" : "s");
        }
        for (Point p : points) {
            if (p == null || !(p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1)) {
                return "a point lies outside the frame";
            }
        }
        if (frame < 0 || !(t >= 0)) {
            return "it belongs to no frame of the clip";
        }
        if (kind == Kind.NOTE && (text == null || text.isBlank())) {
            return "the note has no text";
        }
        return null;
    }
}

package formcoach.library.ui.musclemap;

import java.util.List;
import java.util.Map;

/**
 * The drawing, in a fixed design space of {@value #WIDTH} x {@value #HEIGHT} per figure with the midline at
 * x = {@value #MIDLINE}. Every path is the left half as seen by the viewer; the map mirrors it for the other
 * side. Proportions follow the eight-head canon (chin, nipples, navel, crotch at one, two, three and four heads)
 * with a slightly broad, athletic shoulder line, arms a little away from the trunk so the lats and the arms read
 * as separate shapes. The shapes themselves are in {@code assets/library/muscle-map.svg} ({@link MuscleArt}).
 */
final class BodyArt {
    static final double WIDTH = 200;
    static final double HEIGHT = 440;
    static final double MIDLINE = 100;

    enum View { FRONT, BACK }

    /** One muscle's shape in one view; deep muscles lie under others and are drawn dashed on top. */
    record Part(String id, View view, String leftHalf, boolean deep) {
    }

    /** Where a label's leader line points, on the left half of the given view. */
    record Anchor(View view, double x, double y) {
    }

    private BodyArt() {
    }

    /** The drawing's file under {@code assets/}: one path per muscle and view, read once when the map is first shown. */
    static final String ASSET = "library/muscle-map.svg";

    /** The drawing as read from {@link #ASSET}. */
    record Drawing(String contour, Map<View, List<String>> details, Map<View, List<String>> lines, List<Part> parts) {
    }

    static final Drawing DRAWING = MuscleArt.read(ASSET);

    /** Outer contour of the left half, from the top of the head down to the crotch, open at the midline. */
    static final String CONTOUR = DRAWING.contour();

    /** The same contour closed along the midline, for the body's fill. */
    static final String BODY_HALF = CONTOUR + " Z";

    /** Non-muscle landmarks filled in a muted body colour so the figure reads as a body: kneecaps, shins. */
    static final Map<View, List<String>> DETAILS = DRAWING.details();

    /** Open strokes: the jaw line in front, the spine behind. */
    static final Map<View, List<String>> LINES = DRAWING.lines();

    /** Every muscle's shape in drawing order, front then back; deep ones last in each view. */
    static final List<Part> PARTS = DRAWING.parts();

    /** Label anchors; muscles seen from both sides have one per view so labels can go to the emptier column. */
    static final Map<String, List<Anchor>> ANCHORS = Map.ofEntries(
            Map.entry("neck", List.of(new Anchor(View.FRONT, 93, 64))),
            Map.entry("upper-trapezius", List.of(new Anchor(View.BACK, 84, 77), new Anchor(View.FRONT, 80, 74))),
            Map.entry("middle-trapezius", List.of(new Anchor(View.BACK, 76, 93))),
            Map.entry("lower-trapezius", List.of(new Anchor(View.BACK, 93, 140))),
            Map.entry("rhomboids", List.of(new Anchor(View.BACK, 89, 110))),
            Map.entry("levator-scapulae", List.of(new Anchor(View.BACK, 91.3, 72))),
            Map.entry("latissimus-dorsi", List.of(new Anchor(View.BACK, 80, 165))),
            Map.entry("teres-major", List.of(new Anchor(View.BACK, 73, 131))),
            Map.entry("rotator-cuff", List.of(new Anchor(View.BACK, 73, 114))),
            Map.entry("posterior-deltoid", List.of(new Anchor(View.BACK, 59, 100))),
            Map.entry("lateral-deltoid", List.of(new Anchor(View.FRONT, 47, 104), new Anchor(View.BACK, 47, 104))),
            Map.entry("anterior-deltoid", List.of(new Anchor(View.FRONT, 60, 98))),
            Map.entry("serratus-anterior", List.of(new Anchor(View.FRONT, 76, 137))),
            Map.entry("thoracic-erector-spinae", List.of(new Anchor(View.BACK, 96, 150))),
            Map.entry("lumbar-erector-spinae", List.of(new Anchor(View.BACK, 94, 195))),
            Map.entry("pectoralis-major", List.of(new Anchor(View.FRONT, 84, 100))),
            Map.entry("pectoralis-minor", List.of(new Anchor(View.FRONT, 80, 108))),
            Map.entry("biceps", List.of(new Anchor(View.FRONT, 52, 150))),
            Map.entry("brachialis", List.of(new Anchor(View.FRONT, 43.5, 158))),
            Map.entry("forearms", List.of(new Anchor(View.FRONT, 40, 195), new Anchor(View.BACK, 40, 195))),
            Map.entry("triceps", List.of(new Anchor(View.BACK, 52, 150))),
            Map.entry("abdominals", List.of(new Anchor(View.FRONT, 93, 168))),
            Map.entry("obliques", List.of(new Anchor(View.FRONT, 80, 180))),
            Map.entry("glutes", List.of(new Anchor(View.BACK, 82, 234))),
            Map.entry("hamstrings", List.of(new Anchor(View.BACK, 73, 290))),
            Map.entry("quadriceps", List.of(new Anchor(View.FRONT, 80, 276))),
            Map.entry("adductors", List.of(new Anchor(View.FRONT, 93, 258), new Anchor(View.BACK, 95, 270))),
            Map.entry("abductors", List.of(new Anchor(View.BACK, 78, 206), new Anchor(View.FRONT, 69, 222))),
            Map.entry("hip-flexors", List.of(new Anchor(View.FRONT, 84, 222))),
            Map.entry("calves", List.of(new Anchor(View.BACK, 74.5, 360), new Anchor(View.FRONT, 70, 360))));
}

package formcoach.library.ui.musclemap;

import java.util.List;
import java.util.Map;

import static formcoach.library.ui.musclemap.SvgPaths.roundRect;

/**
 * The drawing, in a fixed design space of {@value #WIDTH} x {@value #HEIGHT} per figure with the midline at
 * x = {@value #MIDLINE}. Every path is the left half as seen by the viewer; the map mirrors it for the other
 * side. Proportions follow the eight-head canon (chin, nipples, navel, crotch at one, two, three and four heads)
 * with a slightly broad, athletic shoulder line, arms a little away from the trunk so the lats and the arms read
 * as separate shapes.
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

    /** Outer contour of the left half, from the top of the head down to the crotch, open at the midline. */
    static final String CONTOUR =
            "M 100,6"
            + " C 89,6 82,13.5 82,26"                           // skull
            + " C 79.8,25.5 79,29 79.6,32.5"                    // ear
            + " C 80.2,36 81.2,37.5 82.6,37.5"
            + " C 83.5,44 86.5,49 90.5,52.5"                    // jaw
            + " C 90.5,57 90,61.5 89,65.5"                      // side of the neck
            + " C 84,70.5 74,74 64,77.5"                        // trapezius slope
            + " C 53,80 45,87 42.5,98"                          // deltoid cap
            + " C 40,108 38.2,118 37.8,128"                     // outer upper arm
            + " C 37.3,142 37,154 36.8,166"                     // to the elbow
            + " C 34,176 32.2,190 31.8,204"                     // forearm
            + " C 31.5,212 31.6,218 32,222"                     // wrist
            + " C 30,230 29.5,240 30.5,250"                     // hand
            + " C 31.5,257 34,261 36.5,261"
            + " C 39,260.5 40.5,256 41,250"
            + " C 41.5,242 42,234 42.6,224"
            + " C 44.5,212 48,196 51,182"                       // inner forearm
            + " C 52.5,176 53.5,170 54.2,165"                   // inner elbow
            + " C 55.7,152 58.5,140 60.8,130"                   // inner upper arm
            + " C 62.5,124 64,119.5 66,118.5"                   // armpit
            + " C 68,118 69,121 69.5,126"
            + " C 70,140 72,156 74.5,172"                       // flank to waist
            + " C 75,182 73,192 70,200"                         // iliac crest
            + " C 66,208 63,216 62.5,228"                       // hip
            + " C 62,250 64,276 67,300"                         // outer thigh
            + " C 68.5,312 70,322 70.5,332"                     // outer knee
            + " C 68,346 66.5,360 67.5,372"                     // calf
            + " C 69,390 73,404 75.5,416"                       // to the ankle
            + " C 72,424 70,431 71,435"                         // foot
            + " C 73,438 86,438 91,437"
            + " C 93,436 93.5,432 92.5,428"
            + " C 92,424 90.5,420 90,416"                       // inner ankle
            + " C 90,404 89.5,392 89.5,382"                     // inner shin
            + " C 90.5,368 91,356 90.5,344"                     // inner calf
            + " C 90,338 89.5,334 90,328"                       // inner knee
            + " C 92,306 94,272 97,244"                         // inner thigh
            + " C 98,236 99,230 100,228";                       // crotch

    /** The same contour closed along the midline, for the body's fill. */
    static final String BODY_HALF = CONTOUR + " Z";

    /** Non-muscle landmarks filled in a muted body colour so the figure reads as a body: kneecaps, shins. */
    static final Map<View, List<String>> DETAILS = Map.of(
            View.FRONT, List.of(
                    "M 81,322 C 85,322 87.5,326 87,331 C 86.5,336 84,338 81,338 C 78,338 75.5,336 75,331 C 74.5,326 77,322 81,322 Z",
                    "M 75.4,344 C 78.6,350 80.4,366 80,384 C 79.6,394 78.8,402 78,408 L 76.8,408 C 76.6,392 75.8,368 75.4,344 Z"),
            View.BACK, List.of());

    /** Open strokes: the jaw line in front, the spine behind. */
    static final Map<View, List<String>> LINES = Map.of(
            View.FRONT, List.of("M 86.5,46 C 89.5,51.5 94.5,55 100,55.5"),
            View.BACK, List.of("M 100,86 L 100,214", "M 86,47 C 90,50 95,51.5 100,51.5"));

    private static final String DELTOID_FRONT_OR_BACK =
            "M 62.5,80.5 C 65.8,81 68.2,82.2 69.4,84.4 C 69.2,93.5 67.8,105 64,116 C 61.2,123.6 57.5,129.5 54.4,133.6"
            + " C 53.4,118 53.8,100 57.2,86 C 58.6,83 60.4,81.2 62.5,80.5 Z";
    private static final String DELTOID_SIDE =
            "M 59.8,80.6 C 51,83 45.5,89 43.8,99 C 42.2,108 41.6,117 43,125 C 45.5,129.4 48.6,131.6 52.2,133.4"
            + " C 51.2,118 51.8,100 55.2,86 C 56.6,83.4 58,81.6 59.8,80.6 Z";
    private static final String FOREARM =
            "M 38.8,168.5 C 35,178 33.6,192 34.4,206 C 34.9,213 35.8,218 36.8,221.5 L 40.2,221.5"
            + " C 40.2,206 41.4,190 44.6,171.5 C 42.8,169.6 40.8,168.6 38.8,168.5 Z"
            + " M 46.8,170 C 50.8,171.8 52.4,176.8 51,183.8 C 48.5,196 45.5,208 42.6,221.5 L 41.8,221.5"
            + " C 41.8,205 43.4,188 46.8,170 Z";

    static final List<Part> PARTS = List.of(
            // ---- front, superficial layer
            new Part("neck", View.FRONT,
                    "M 90,52 C 91,60 93.5,69 96.5,77.5 L 99.2,77.5 C 97.8,69 95.8,60 94,52.5 Z", false),
            new Part("upper-trapezius", View.FRONT,
                    "M 88.8,67 C 84,71.5 76,74.8 66.5,78 C 72.5,80.2 80.5,79.6 87,77.2 C 89.4,75.6 90.8,72.4 91,69.2 Z",
                    false),
            new Part("pectoralis-major", View.FRONT,
                    "M 98.8,83.5 C 90,80.8 79,81 71,84.5 C 70,95 69.6,104 71,112 C 73,119.5 78,124 84,125"
                    + " C 89.5,125.8 94.5,125.2 98.8,123.5 Z", false),
            new Part("anterior-deltoid", View.FRONT, DELTOID_FRONT_OR_BACK, false),
            new Part("lateral-deltoid", View.FRONT, DELTOID_SIDE, false),
            new Part("biceps", View.FRONT,
                    "M 54.5,136 C 58.5,138.5 60.2,145 59.6,153 C 59,160 56,165.5 52,168.5 C 48,165 46,157 46.4,149"
                    + " C 46.8,142 49.6,137 54.5,136 Z", false),
            new Part("brachialis", View.FRONT,
                    "M 43,146 C 41,153 40.6,160 41.6,166.5 L 45.6,167.6 C 44.6,161 44.4,154 45,147.5 Z", false),
            new Part("forearms", View.FRONT, FOREARM, false),
            new Part("serratus-anterior", View.FRONT,
                    "M 70.8,121 C 74,122 77,124 79,126.5 C 77,128.5 74,128.5 71.2,127.5 Z"
                    + " M 71.2,131 C 75,132 78.5,134 80.5,137 C 78,139 74.5,138.5 71.6,137.5 Z"
                    + " M 72,141.5 C 76,143 79.5,145 81.5,148 C 79,150 75.5,149.5 72.5,148 Z", false),
            new Part("obliques", View.FRONT,
                    "M 74,151 C 78,150 82.5,152 85,155.5 L 85.2,197 C 81.5,201 77,201.5 72.6,198 C 74,190 75.4,182 75.4,174"
                    + " C 75,165 74.4,157 74,151 Z", false),
            new Part("abdominals", View.FRONT,
                    roundRect(86.5, 127.5, 12.5, 14, 3) + " "
                    + roundRect(86.5, 143.5, 12.5, 15, 3) + " "
                    + roundRect(86.5, 160.5, 12.5, 15, 3) + " "
                    + "M 87,177.5 L 99,177.5 L 99,216 C 95.5,214 91.5,206 88.5,195 C 87.8,189 87.3,183 87,177.5 Z", false),
            new Part("hip-flexors", View.FRONT,
                    "M 76,206 C 82,209.5 88.5,215 93.2,221.5 C 92.2,226 90.4,230 88,233.5 C 83,229 78.8,221.5 76.6,214"
                    + " C 76.1,211.5 75.9,208.5 76,206 Z",
                    false),
            new Part("abductors", View.FRONT,
                    "M 71.5,206 C 73.8,214 74.6,224 73.8,235 C 71.2,239.4 68,239.8 65.4,236 C 64.4,226 66,215 71.5,206 Z",
                    false),
            new Part("quadriceps", View.FRONT,
                    "M 64,240 C 62.8,258 64,284 69,312 C 71,320 74,322 76.5,320 C 75,300 73.5,276 73.5,252"
                    + " C 72.5,246 69,241 64,240 Z"
                    + " M 76,240 C 81,235 87,240 88.5,250 C 90,270 88,292 84.5,310 C 83,316 79.5,317 78,312"
                    + " C 75.5,292 74.5,262 76,240 Z"
                    + " M 90,280 C 93,290 93.5,304 91,316 C 89,322 85,323 82,320 C 85.5,310 88.5,296 90,280 Z", false),
            new Part("adductors", View.FRONT,
                    "M 95.5,229 C 97.5,235 97.8,242 97,252 C 95.5,264 93,276 90.5,284 C 89,272 88.8,256 89.8,245"
                    + " C 90.8,238 93,232.5 95.5,229 Z", false),
            new Part("calves", View.FRONT,
                    "M 90.2,340 C 92.6,350 92.6,366 89.8,384 C 87.6,386 85.6,382 85.2,376 C 84.6,364 85.2,352 87,344"
                    + " C 88,341.5 89,340.5 90.2,340 Z"
                    + " M 70.4,338 C 67.6,348 67.4,364 69.6,380 C 71.4,382 72.8,380 73.4,376 C 74,364 73.8,350 72.6,342"
                    + " C 72,340 71.2,338.8 70.4,338 Z",
                    false),
            // ---- front, deep layer: under the chest muscle, drawn dashed so its place is still visible
            new Part("pectoralis-minor", View.FRONT,
                    "M 72.5,94 C 77.5,98 83,103 87,108 C 86.2,111.5 85.4,115 84.5,118 C 80.5,116.5 76.5,113.5 73.5,109.5"
                    + " C 72.6,104.5 72.3,99 72.5,94 Z", true),

            // ---- back, superficial layer
            new Part("upper-trapezius", View.BACK,
                    "M 99,52 C 96.5,53.5 94.5,57 93.6,61.5 C 92.6,66.5 90.5,70.5 87.5,72.5 C 80,75.5 72,77.5 64.8,79.5"
                    + " C 70,82 79,84 88,86 C 93,87 96.5,87.6 99,88 Z", false),
            new Part("middle-trapezius", View.BACK,
                    "M 99,89 L 99,117 C 94.5,115.5 89,113 84.5,110.5 C 79,104.5 72.5,98 66.2,92.5 C 65.8,89 65.9,86 66.3,83"
                    + " C 76,85.5 88,88 99,89 Z", false),
            new Part("lower-trapezius", View.BACK,
                    "M 99,119.5 C 94,118 89,115.5 85,112.8 C 88,130 93,152 99,176 Z", false),
            new Part("rotator-cuff", View.BACK,
                    "M 82.6,112.5 C 82.8,119 82.4,125.5 81.4,130.5 C 77.4,129 73.4,126.4 70.4,123.2 C 69.2,114 68.2,104 67.4,95.5"
                    + " C 73.4,100.5 78.6,106.2 82.6,112.5 Z", false),
            new Part("latissimus-dorsi", View.BACK,
                    "M 70.4,132.4 C 73.4,136.4 77.4,139.4 82.4,140.4 C 85.4,140.8 87.8,140.2 89.6,138.6"
                    + " C 92.6,151 95.8,163 98.6,172.4 C 93,180 86,188 79,195 C 76.5,196 74,195.5 72.6,194"
                    + " C 74,186 75.2,178 74.7,170 C 73.4,157 72,144 70.4,132.4 Z", false),
            new Part("teres-major", View.BACK,
                    "M 80.4,131.5 C 76.4,129.5 72.4,126.6 69.2,123.4 C 68.6,125.6 68.8,128.2 69.8,130.2"
                    + " C 73,133.4 76.6,135.6 80.2,136.6 Z", false),
            new Part("posterior-deltoid", View.BACK, DELTOID_FRONT_OR_BACK, false),
            new Part("lateral-deltoid", View.BACK, DELTOID_SIDE, false),
            new Part("triceps", View.BACK,
                    "M 43.4,133 C 40.6,145 40.4,155 42.2,164.5 L 47.4,164.6 C 45.8,155 45.8,145 47.4,135.4 Z"
                    + " M 49.6,134.6 C 55.8,137 59.8,145 59.2,154.6 C 58.6,160 55.6,163.8 51,165 C 49.2,155 49,145 49.6,134.6 Z",
                    false),
            new Part("forearms", View.BACK, FOREARM, false),
            new Part("lumbar-erector-spinae", View.BACK,
                    "M 98.6,173 L 98.6,211 C 95.6,211.5 92.6,210 91.2,207 C 90.4,198 90.8,188 92.4,180.5"
                    + " C 94.4,177.6 96.4,175.2 98.6,173 Z", false),
            new Part("abductors", View.BACK,
                    "M 73.2,197.5 C 79,197.5 86,199.5 91.2,203.5 C 84,207.5 76,211.5 68.4,218.4 C 67.8,210 69.6,202.4 73.2,197.5 Z",
                    false),
            new Part("glutes", View.BACK,
                    "M 97.2,212.5 C 98.6,226 98.2,240 96.6,252 C 90,257 79,258.2 70.6,252.4 C 66,244 65,232 67.6,222.4"
                    + " C 77,215.4 88,212.6 97.2,212.5 Z", false),
            new Part("hamstrings", View.BACK,
                    "M 66.2,258.6 C 65.8,280 68.2,302 73.6,322 C 75.6,323 77.6,322 78.6,319 C 78.2,298 78.2,276 79.6,258.4"
                    + " C 75,256.6 70.2,256.6 66.2,258.6 Z"
                    + " M 81.6,258.4 C 80.6,280 81.6,300 84.6,320 C 87,323 89.6,321 90.6,318 C 91.4,298 91.8,278 91.8,259.4"
                    + " C 88.4,257.6 85,257.4 81.6,258.4 Z", false),
            new Part("adductors", View.BACK,
                    "M 93.8,256.6 C 96,262 95.8,272 94.4,284 C 93.4,276 93.2,264 93.8,256.6 Z", false),
            new Part("calves", View.BACK,
                    "M 71,336 C 67.5,346 67,362 70,378 C 72.5,384 76.5,384 78.5,379 C 79,364 79,350 78,338"
                    + " C 76,335 73,334 71,336 Z"
                    + " M 81,337 C 81,352 81,366 82.5,381 C 85,387 89,386 90.5,380 C 92,366 91.5,350 89.5,339"
                    + " C 87,335 83.5,335 81,337 Z"
                    + " M 70.8,384 C 72.4,392 74,400 75.6,407 C 77,402 78,395 78.6,388 C 76,388.6 73,387.6 70.8,384 Z"
                    + " M 89.2,385 C 88.6,392 88.2,399 88,406 C 86.4,401 85.2,395 84.6,389 C 86.4,389 88,387.6 89.2,385 Z",
                    false),
            // ---- back, deep layer: under the trapezius and lats, drawn dashed so their place is still visible
            new Part("rhomboids", View.BACK,
                    "M 98.6,90 L 98.6,121 C 93,125 86.5,128.5 81.8,131 C 81.2,120 81.2,106 81.8,95.5 C 87.4,93.6 93,91.8 98.6,90 Z",
                    true),
            new Part("levator-scapulae", View.BACK,
                    "M 92.6,56 C 92,66 88.6,78 82.6,92.6 L 86,93.6 C 91.4,79 95,67 96,57 Z", true),
            new Part("thoracic-erector-spinae", View.BACK,
                    "M 98.6,96 L 98.6,176 L 93.4,176 C 92.6,156 92.8,124 94.2,96 Z", true));

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

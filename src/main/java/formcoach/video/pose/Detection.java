package formcoach.video.pose;

/**
 * A person found by the detector, in pixels of the frame: the box, the score (0–1), and the four
 * keypoints the model gives ({@code 0}: the hips' middle, {@code 1}: a point above the head that sets
 * the body's size and direction, {@code 2}/{@code 3}: the same for the upper body).
 */
public record Detection(double score, double xMin, double yMin, double width, double height, double[] keypoints) {

    public double keypointX(int i) {
        return keypoints[2 * i];
    }

    public double keypointY(int i) {
        return keypoints[2 * i + 1];
    }

    /** The region the landmark model looks at for this person (MediaPipe: alignment points 0→1, enlarged 1.25×). */
    public Roi roi() {
        return Roi.fromAlignmentPoints(keypointX(0), keypointY(0), keypointX(1), keypointY(1), PoseDetector.ROI_SCALE);
    }
}

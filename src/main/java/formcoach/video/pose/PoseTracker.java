package formcoach.video.pose;

import formcoach.video.Landmark;
import formcoach.video.decode.RgbImage;

import java.util.List;

/**
 * MediaPipe's pose tracking, frame by frame: detect the person when nobody is tracked, crop them,
 * run the landmark model, and make the next frame's crop from this frame's alignment points (33, 34)
 * instead of detecting again; when the pose score drops below 0.5 the person is lost and the next
 * frame detects afresh. Landmarks are smoothed with a one-euro filter. Not thread-safe.
 */
public final class PoseTracker implements AutoCloseable {
    static final double MIN_POSE_SCORE = 0.5;
    // MediaPipe's landmark smoothing settings for pose (one-euro filter)
    private static final double MIN_CUTOFF = 0.05;
    private static final double BETA = 80;
    private static final double DERIVATIVE_CUTOFF = 1;

    private final PoseDetector detector;
    private final LandmarkModel landmarks;
    private final OneEuroFilter[] filters = new OneEuroFilter[2 * Landmark.COUNT];
    private Roi next;
    private double[] target;
    private int detections;

    public PoseTracker(int threads) throws PoseException {
        detector = new PoseDetector(threads);
        try {
            landmarks = new LandmarkModel(threads);
        } catch (PoseException e) {
            detector.close();
            throw e;
        }
        for (int i = 0; i < filters.length; i++) {
            filters[i] = new OneEuroFilter(MIN_CUTOFF, BETA, DERIVATIVE_CUTOFF);
        }
    }

    /**
     * With several people in frame, track the one nearest this point (fractions of the frame);
     * null for the detector's best. Takes effect at the next detection; {@link #reset()} forces one.
     */
    public void setTarget(double x, double y) {
        target = new double[]{x, y};
    }

    public void clearTarget() {
        target = null;
    }

    /** Forgets the tracked person: the next frame detects afresh (after a seek). */
    public void reset() {
        next = null;
        for (OneEuroFilter f : filters) {
            f.reset();
        }
    }

    /** How many times the detector has run (tracking keeps this low). */
    public int detections() {
        return detections;
    }

    /**
     * The 33 landmarks on {@code image} at {@code time} seconds as {x, y, visibility} with x and y
     * fractions of the frame, or null when nobody is found.
     */
    public float[][] track(RgbImage image, double time) throws PoseException {
        Roi roi = next;
        if (roi == null) {
            roi = detect(image);
            if (roi == null) {
                return null;
            }
        }
        LandmarkModel.Result result = landmarks.run(image, roi);
        if (result.score() < MIN_POSE_SCORE) {
            reset();
            return null;
        }
        next = Roi.fromAlignmentPoints(result.x(33), result.y(33), result.x(34), result.y(34), PoseDetector.ROI_SCALE);
        double scale = bodyScale(result);
        float[][] out = new float[Landmark.COUNT][3];
        for (int i = 0; i < Landmark.COUNT; i++) {
            double x = filters[2 * i].filter(result.x(i) / scale, time) * scale;
            double y = filters[2 * i + 1].filter(result.y(i) / scale, time) * scale;
            out[i][0] = (float) (x / image.width());
            out[i][1] = (float) (y / image.height());
            out[i][2] = (float) result.visibility(i);
        }
        return out;
    }

    private Roi detect(RgbImage image) throws PoseException {
        detections++;
        List<Detection> found = List.of();
        if (target != null) {
            // look closely around the picked person first: in a wide frame a whole-frame look makes everyone small
            double side = Math.min(image.width(), image.height());
            double cx = Math.max(side / 2, Math.min(image.width() - side / 2, target[0] * image.width()));
            double cy = Math.max(side / 2, Math.min(image.height() - side / 2, target[1] * image.height()));
            found = detector.detect(image, new Roi(cx, cy, side, side, 0));
        }
        if (found.isEmpty()) {
            found = detector.detect(image);
        }
        if (found.isEmpty()) {
            return null;
        }
        Detection pick = found.get(0);
        if (target != null) {
            double tx = target[0] * image.width();
            double ty = target[1] * image.height();
            double best = Double.MAX_VALUE;
            for (Detection d : found) {
                double dist = Math.hypot(d.xMin() + d.width() / 2 - tx, d.yMin() + d.height() / 2 - ty);
                if (dist < best) {
                    best = dist;
                    pick = d;
                }
            }
        }
        return pick.roi();
    }

    private static double bodyScale(LandmarkModel.Result r) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < Landmark.COUNT; i++) {
            minX = Math.min(minX, r.x(i));
            maxX = Math.max(maxX, r.x(i));
            minY = Math.min(minY, r.y(i));
            maxY = Math.max(maxY, r.y(i));
        }
        return Math.max(1, ((maxX - minX) + (maxY - minY)) / 2);
    }

    /** The people the detector finds on one picture (for picking the lifter). */
    public List<Detection> people(RgbImage image) throws PoseException {
        detections++;
        return detector.detect(image);
    }

    @Override
    public void close() {
        detector.close();
        landmarks.close();
    }
}

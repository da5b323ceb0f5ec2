package formcoach.video.pose;

import formcoach.video.Landmark;
import formcoach.video.decode.RgbImage;

/**
 * The BlazePose GHUM landmark model, full variant ({@code pose_landmark_full.tflite}): a 256×256 crop
 * of one person (values 0–1) gives 39 points of five numbers (x, y, z, visibility, presence; x and y in
 * crop pixels, the last two before a sigmoid) and a pose score. The first 33 points are the body; 33 and
 * 34 are the alignment points the next frame's crop is made from (MediaPipe's tracking).
 */
public final class LandmarkModel implements AutoCloseable {
    static final String MODEL = "pose_landmark_full.tflite";
    static final int INPUT = 256;
    static final int POINTS = 39;
    private static final int VALUES = 5;

    private final TfliteModel model;
    private final int landmarksOutput;
    private final int scoreOutput;
    private final float[] input = new float[INPUT * INPUT * 3];
    private final float[] raw = new float[POINTS * VALUES];
    private final float[] score = new float[1];

    public LandmarkModel(int threads) throws PoseException {
        model = new TfliteModel(MODEL, threads);
        landmarksOutput = model.outputWithSize(POINTS * VALUES);
        scoreOutput = model.outputWithSize(1);
        if (landmarksOutput < 0 || scoreOutput < 0) {
            model.close();
            throw new PoseException("The pose landmark model does not have the expected outputs.");
        }
    }

    /** The result on one crop: 39 points in frame pixels (x, y, visibility, presence) and the pose score. */
    public record Result(double[][] points, double score) {
        public double x(int i) {
            return points[i][0];
        }

        public double y(int i) {
            return points[i][1];
        }

        public double visibility(int i) {
            return points[i][2];
        }
    }

    public Result run(RgbImage image, Roi roi) throws PoseException {
        ImageCrop.crop(image, roi, INPUT, 0f, 1f, input);
        model.run(input);
        model.output(landmarksOutput, raw);
        model.output(scoreOutput, score);
        double[][] points = new double[POINTS][4];
        for (int i = 0; i < POINTS; i++) {
            int b = i * VALUES;
            double u = raw[b] / INPUT;
            double v = raw[b + 1] / INPUT;
            points[i][0] = roi.toImageX(u, v);
            points[i][1] = roi.toImageY(u, v);
            points[i][2] = sigmoid(raw[b + 3]);
            points[i][3] = sigmoid(raw[b + 4]);
        }
        double s = score[0];
        // the score output is a probability already; guard against a logit all the same
        if (s < 0 || s > 1) {
            s = sigmoid((float) s);
        }
        return new Result(points, s);
    }

    static double sigmoid(float x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The number of body landmarks written to a landmark file. */
    static int bodyPoints() {
        return Landmark.COUNT;
    }

    @Override
    public void close() {
        model.close();
    }
}

package formcoach.video.pose;

import formcoach.video.decode.RgbImage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The BlazePose person detector ({@code pose_detection.tflite}): a single-shot detector over 2,254
 * anchors on a 224×224 letterboxed picture. Parameters follow MediaPipe's pose detection graph: five
 * anchor layers (strides 8, 16, 32, 32, 32), fixed-size anchors offset by half a cell, 12 numbers per
 * anchor (box centre and size, then four keypoints, x before y, scaled by 224), a sigmoid score kept
 * from 0.5, and weighted non-maximum suppression at an overlap of 0.3.
 */
public final class PoseDetector implements AutoCloseable {
    static final String MODEL = "pose_detection.tflite";
    static final int INPUT = 224;
    static final double ROI_SCALE = 1.25;
    static final float MIN_SCORE = 0.5f;
    static final double NMS_OVERLAP = 0.3;
    private static final int COORDS = 12;
    private static final int KEYPOINTS = 4;

    private final TfliteModel model;
    private final float[][] anchors;
    private final int boxesOutput;
    private final int scoresOutput;
    private final float[] input = new float[INPUT * INPUT * 3];
    private final float[] boxes;
    private final float[] scores;

    public PoseDetector(int threads) throws PoseException {
        model = new TfliteModel(MODEL, threads);
        anchors = anchors();
        boxes = new float[anchors.length * COORDS];
        scores = new float[anchors.length];
        boxesOutput = model.outputWithSize(boxes.length);
        scoresOutput = model.outputWithSize(scores.length);
        if (boxesOutput < 0 || scoresOutput < 0) {
            model.close();
            throw new PoseException("The person detector model does not have the expected outputs.");
        }
    }

    /**
     * SSD anchor centres (x, y in [0,1] of the 224 input) in the model's order: for each run of
     * layers with one stride, each cell, two anchors per layer (one per aspect ratio 1.0 and one for the
     * interpolated scale).
     */
    static float[][] anchors() {
        int[] strides = {8, 16, 32, 32, 32};
        List<float[]> out = new ArrayList<>();
        int layer = 0;
        while (layer < strides.length) {
            int last = layer;
            int perCell = 0;
            while (last < strides.length && strides[last] == strides[layer]) {
                perCell += 2;
                last++;
            }
            int cells = (int) Math.ceil((double) INPUT / strides[layer]);
            for (int y = 0; y < cells; y++) {
                for (int x = 0; x < cells; x++) {
                    for (int a = 0; a < perCell; a++) {
                        out.add(new float[]{(x + 0.5f) / cells, (y + 0.5f) / cells});
                    }
                }
            }
            layer = last;
        }
        return out.toArray(new float[0][]);
    }

    /** The people on {@code image}, best first, after suppression of overlapping boxes. */
    public List<Detection> detect(RgbImage image) throws PoseException {
        // letterbox: a square as large as the picture's long side, centred on it
        double side = Math.max(image.width(), image.height());
        return detect(image, new Roi(image.width() / 2.0, image.height() / 2.0, side, side, 0));
    }

    /**
     * The people on {@code image}, small ones too (for picking the lifter among several): the whole
     * picture, then overlapping squares of half its short side, merged by suppression of overlapping boxes.
     */
    public List<Detection> detectAll(RgbImage image) throws PoseException {
        List<Detection> all = new ArrayList<>(detect(image));
        double side = Math.min(image.width(), image.height()) / 2.0;
        double step = side / 2;
        for (double top = 0; top < image.height() - step; top += step) {
            for (double left = 0; left < image.width() - step; left += step) {
                double cx = Math.min(left + side / 2, image.width() - side / 2);
                double cy = Math.min(top + side / 2, image.height() - side / 2);
                all.addAll(detect(image, new Roi(cx, cy, side, side, 0)));
            }
        }
        return weightedNms(all, NMS_OVERLAP);
    }

    /** The people inside the unturned square {@code square} of {@code image} (in the picture's pixels). */
    public List<Detection> detect(RgbImage image, Roi square) throws PoseException {
        double side = square.width();
        ImageCrop.crop(image, square, INPUT, -1f, 1f, input);
        model.run(input);
        model.output(boxesOutput, boxes);
        model.output(scoresOutput, scores);
        double left = square.centerX() - side / 2;
        double top = square.centerY() - side / 2;
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < anchors.length; i++) {
            float raw = Math.max(-100f, Math.min(100f, scores[i]));
            float score = (float) (1 / (1 + Math.exp(-raw)));
            if (score < MIN_SCORE) {
                continue;
            }
            int b = i * COORDS;
            double cx = boxes[b] / INPUT + anchors[i][0];
            double cy = boxes[b + 1] / INPUT + anchors[i][1];
            double w = boxes[b + 2] / INPUT;
            double h = boxes[b + 3] / INPUT;
            double[] kp = new double[2 * KEYPOINTS];
            for (int k = 0; k < KEYPOINTS; k++) {
                kp[2 * k] = left + (boxes[b + 4 + 2 * k] / INPUT + anchors[i][0]) * side;
                kp[2 * k + 1] = top + (boxes[b + 5 + 2 * k] / INPUT + anchors[i][1]) * side;
            }
            found.add(new Detection(score, left + (cx - w / 2) * side, top + (cy - h / 2) * side, w * side, h * side, kp));
        }
        return weightedNms(found, NMS_OVERLAP);
    }

    /**
     * Weighted non-maximum suppression: the best box and every box overlapping it by more than
     * {@code overlap} (intersection over union) merge into one, averaged by score; repeat on the rest.
     */
    static List<Detection> weightedNms(List<Detection> detections, double overlap) {
        List<Detection> remaining = new ArrayList<>(detections);
        remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Detection best = remaining.get(0);
            List<Detection> cluster = new ArrayList<>();
            List<Detection> rest = new ArrayList<>();
            for (Detection d : remaining) {
                (iou(best, d) > overlap ? cluster : rest).add(d);
            }
            double total = 0;
            double x = 0;
            double y = 0;
            double w = 0;
            double h = 0;
            double[] kp = new double[best.keypoints().length];
            for (Detection d : cluster) {
                double s = d.score();
                total += s;
                x += s * d.xMin();
                y += s * d.yMin();
                w += s * d.width();
                h += s * d.height();
                for (int k = 0; k < kp.length; k++) {
                    kp[k] += s * d.keypoints()[k];
                }
            }
            for (int k = 0; k < kp.length; k++) {
                kp[k] /= total;
            }
            out.add(new Detection(best.score(), x / total, y / total, w / total, h / total, kp));
            remaining = rest;
        }
        return out;
    }

    static double iou(Detection a, Detection b) {
        double ix = Math.max(0, Math.min(a.xMin() + a.width(), b.xMin() + b.width()) - Math.max(a.xMin(), b.xMin()));
        double iy = Math.max(0, Math.min(a.yMin() + a.height(), b.yMin() + b.height()) - Math.max(a.yMin(), b.yMin()));
        double inter = ix * iy;
        double union = a.width() * a.height() + b.width() * b.height() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    @Override
    public void close() {
        model.close();
    }
}

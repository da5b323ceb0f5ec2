package formcoach.library.ui.musclemap;

/**
 * Places labels of one column as close as possible to the height of the point they name, without overlap.
 * Pure arithmetic so it can be checked without a toolkit.
 */
final class LabelStacker {
    private LabelStacker() {
    }

    /**
     * @param centers wanted vertical centres, sorted ascending
     * @param heights label heights, same order
     * @return the top of each label; labels keep their order, never overlap when they fit in [top, bottom],
     *     and stay inside it. When they cannot all fit, they start at {@code top} and run on below.
     */
    static double[] stack(double[] centers, double[] heights, double top, double bottom, double gap) {
        int n = centers.length;
        if (heights.length != n) {
            throw new IllegalArgumentException("centers and heights differ in length: " + n + " vs " + heights.length);
        }
        double[] tops = new double[n];
        double prevBottom = top - gap;
        for (int i = 0; i < n; i++) {
            tops[i] = Math.max(centers[i] - heights[i] / 2, prevBottom + gap);
            prevBottom = tops[i] + heights[i];
        }
        // Push back up from the bottom edge, then re-settle from the top in case the column is overfull.
        double nextTop = bottom + gap;
        for (int i = n - 1; i >= 0; i--) {
            tops[i] = Math.min(tops[i], nextTop - gap - heights[i]);
            nextTop = tops[i];
        }
        prevBottom = top - gap;
        for (int i = 0; i < n; i++) {
            tops[i] = Math.max(tops[i], prevBottom + gap);
            prevBottom = tops[i] + heights[i];
        }
        return tops;
    }
}

package formcoach.video.pose;

/**
 * The one-euro filter (Casiez, Roussel and Vogel, CHI 2012) for one coordinate: a low-pass filter
 * whose cut-off rises with speed, so a still body does not jitter and a moving one does not lag.
 * Values are divided by a scale (the body's size in pixels) so the same settings fit near and far.
 */
final class OneEuroFilter {
    private final double minCutoff;
    private final double beta;
    private final double derivativeCutoff;
    private boolean started;
    private double lastValue;
    private double lastDerivative;
    private double lastTime;

    OneEuroFilter(double minCutoff, double beta, double derivativeCutoff) {
        this.minCutoff = minCutoff;
        this.beta = beta;
        this.derivativeCutoff = derivativeCutoff;
    }

    /** The filtered value of {@code value} (already divided by the body's scale) at time {@code t} seconds. */
    double filter(double value, double t) {
        if (!started || t <= lastTime) {
            started = true;
            lastValue = value;
            lastDerivative = 0;
            lastTime = t;
            return value;
        }
        double dt = t - lastTime;
        lastTime = t;
        double derivative = (value - lastValue) / dt;
        lastDerivative += alpha(derivativeCutoff, dt) * (derivative - lastDerivative);
        double cutoff = minCutoff + beta * Math.abs(lastDerivative);
        lastValue += alpha(cutoff, dt) * (value - lastValue);
        return lastValue;
    }

    void reset() {
        started = false;
    }

    private static double alpha(double cutoff, double dt) {
        double tau = 1 / (2 * Math.PI * cutoff);
        return 1 / (1 + tau / dt);
    }
}

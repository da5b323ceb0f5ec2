package formcoach.figure;

import formcoach.library.Fault;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frame of the figure (sample the pose in step with the clean rep, place the joints, issue the
 * drawing calls) allocates nothing once the JIT has settled, so playing at 60 fps creates no garbage.
 */
class FigureFrameAllocationTest {
    @Test
    void aFrameAllocatesNothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        double worst = 0;
        for (FigureAsset asset : Figures.builtIn().all().values()) {
            FigureMotion clean = FigureMotion.loop(asset, null);
            FigureMotion bad = FigureMotion.loop(asset, Fault.MOMENTUM);
            double[] pose = new double[PoseParam.COUNT];
            double[] pts = new double[3 * Skeleton.POINTS];
            FigureRenderer renderer = new FigureRenderer();
            Viewport vp = Viewport.fit(400, 300, -1, 1.5, 0, 2.6, 0.05);
            CountingPen pen = new CountingPen();
            int frames = 20_000;
            long allocated = Long.MAX_VALUE;
            for (int round = 0; round < 4; round++) { // the first rounds include the JIT's own work
                long before = mx.getThreadAllocatedBytes(id);
                for (int i = 0; i < frames; i++) {
                    bad.sampleInStep(clean, i / 60.0, pose);
                    Skeleton.place(pose, asset, pts);
                    renderer.draw(pen, pts, asset, (i & 1) == 0 ? FigureView.SIDE : FigureView.BACK, vp);
                }
                allocated = Math.min(allocated, mx.getThreadAllocatedBytes(id) - before);
            }
            worst = Math.max(worst, allocated / (double) frames);
            assertThat(pen.calls).isPositive();
        }
        System.out.printf(java.util.Locale.ROOT, "figure frame, our code: %.2f bytes allocated per frame (worst lift)%n", worst);
        assertThat(worst).isLessThan(1.0);
    }

    private static final class CountingPen implements Pen {
        long calls;

        @Override
        public void clear(Ink ink) {
            calls++;
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, double width, Ink ink) {
            calls++;
        }

        @Override
        public void polyline(double[] xs, double[] ys, int n, double width, Ink ink) {
            calls++;
        }

        @Override
        public void fillCircle(double cx, double cy, double r, Ink ink) {
            calls++;
        }

        @Override
        public void strokeCircle(double cx, double cy, double r, double width, Ink ink) {
            calls++;
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Ink ink) {
            calls++;
        }
    }
}

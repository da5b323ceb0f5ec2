package formcoach.figure.ui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import formcoach.figure.ui.FigurePane;
import formcoach.figure.ui.FigureThumb;
import formcoach.library.Fault;
import formcoach.ui.Stylesheets;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The frame rate of a playing figure in a real stage (JavaFX under Monocle headless, software
 * rendering, pulses at 60 Hz), against a baseline in the same run: the same stage showing the same
 * figures paused, driven by an empty {@link AnimationTimer} (so the toolkit pulses every frame, as
 * it does while a figure plays, but nothing is drawn).
 *
 * <p>Each case runs for N seconds (after 3 s of warm-up) and reports: frames per second as the
 * animation timer saw them; frames per second the scene actually rendered (JavaFX's own
 * {@code PerformanceTracker}); the FX thread's CPU time per frame; and the bytes the FX thread
 * allocated per frame. Cases: the library page's figure pane with its three clean/faulty pairs
 * (seven canvases) at 1100×720, and one cue-card thumbnail at the size it has on a 1920×1080 card.
 * Each runs twice, baseline and figure alternating.
 *
 * <p>Run with {@code bench/figure-fps.sh [seconds]}. Not a test: it takes a minute or more.
 */
public final class FigureFrameRateBench {
    private static final com.sun.management.ThreadMXBean MX = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record Result(String name, double timerFps, double renderedFps, double cpuMsPerFrame, double renderMsPerFrame,
                          double bytesPerFrame) {
    }

    private interface Case {
        /** Builds the scene's root and says whether its figures play (false: the same figures, paused). */
        Parent build(boolean play);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1920x1080-32"); // Monocle's screen holds the 1920×1080 stage
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false); // the stage is hidden between cases
        up.await();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(Stylesheets.theme("light"));
            stage[0] = new Stage();
            return null;
        });
        Case page = play -> {
            FigurePane pane = FigurePane.forLift("barbell-bent-over-row").orElseThrow();
            VBox root = new VBox(10, pane, new HBox(10, pane.faultComparison(Fault.SHRUGGING), pane.faultComparison(Fault.ROUNDING),
                    pane.faultComparison(Fault.MOMENTUM)));
            if (!play) {
                pane.player().pause();
            }
            return root;
        };
        Case thumb = play -> {
            FigureThumb t = FigureThumb.forExercise("wide-grip-lat-pulldown", new SimpleDoubleProperty(2.2), 220).orElseThrow();
            if (!play) {
                t.player().pause();
            }
            return new VBox(t);
        };
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            results.add(run(stage[0], "empty AnimationTimer, library page (7 canvases, paused)", page, false, 1100, 720, seconds));
            results.add(run(stage[0], "library page: figure + 3 clean/faulty pairs playing (7 canvases)", page, true, 1100, 720, seconds));
            results.add(run(stage[0], "empty AnimationTimer, cue-card thumbnail 484×363 (paused)", thumb, false, 1920, 1080, seconds));
            results.add(run(stage[0], "cue-card thumbnail 484×363 playing", thumb, true, 1920, 1080, seconds));
        }
        System.out.printf(Locale.ROOT, "%nJava %s, %d s per case, %d processors, load average %.1f%n", System.getProperty("java.version"),
                seconds, Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| case | timer fps | rendered fps | FX thread CPU ms/frame | render thread CPU ms/frame | FX thread bytes/frame |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f | %.0f |%n", r.name(), r.timerFps(), r.renderedFps(),
                    r.cpuMsPerFrame(), r.renderMsPerFrame(), r.bytesPerFrame());
        }
        Platform.exit();
    }

    private static Result run(Stage stage, String name, Case c, boolean play, double w, double h, int seconds) throws Exception {
        long[] frames = new long[1];
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames[0]++; // the baseline's whole frame; during a figure run, it only counts
            }
        };
        Scene scene = onFx(() -> {
            Scene s = new Scene(c.build(play), w, h);
            stage.setScene(s);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.show();
            counter.start();
            return s;
        });
        PerformanceTracker tracker = onFx(() -> PerformanceTracker.getSceneTracker(scene));
        Thread.sleep(3000); // warm-up: the JIT, the first layouts
        long fxId = onFx(() -> Thread.currentThread().getId());
        long renderId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow().getId();
        long[] start = onFx(() -> {
            tracker.resetAverageFPS();
            return new long[] {frames[0], MX.getThreadAllocatedBytes(fxId), MX.getThreadCpuTime(fxId), System.nanoTime(),
                    MX.getThreadCpuTime(renderId)};
        });
        Thread.sleep(seconds * 1000L);
        long[] end = onFx(() -> new long[] {frames[0], MX.getThreadAllocatedBytes(fxId), MX.getThreadCpuTime(fxId), System.nanoTime(),
                MX.getThreadCpuTime(renderId)});
        float rendered = onFx(tracker::getAverageFPS);
        onFx(() -> {
            counter.stop();
            stage.hide(); // the figures leave the clock
            stage.setScene(null);
            return null;
        });
        long n = end[0] - start[0];
        double secs = (end[3] - start[3]) / 1e9;
        Result r = new Result(name, n / secs, rendered, (end[2] - start[2]) / 1e6 / n, (end[4] - start[4]) / 1e6 / n,
                (end[1] - start[1]) / (double) n);
        System.out.printf(Locale.ROOT, "%s: %.1f fps (timer), %.1f fps rendered, %.2f ms FX CPU/frame, %.2f ms render CPU/frame, %.0f B/frame%n",
                r.name(), r.timerFps(), r.renderedFps(), r.cpuMsPerFrame(), r.renderMsPerFrame(), r.bytesPerFrame());
        return r;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        Object[] out = new Object[1];
        RuntimeException[] err = new RuntimeException[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = work.get();
            } catch (RuntimeException e) {
                err[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer in 30 s");
        }
        if (err[0] != null) {
            throw err[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}

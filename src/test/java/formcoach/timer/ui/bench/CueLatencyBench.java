package formcoach.timer.ui.bench;

import formcoach.timer.CueClock;
import formcoach.timer.CueEvent;
import formcoach.timer.MonotonicClock;
import formcoach.timer.Phase;
import formcoach.timer.Routine;
import formcoach.timer.RoutineKind;
import formcoach.timer.RoutineStep;
import formcoach.timer.TimerEngine;
import formcoach.timer.TimerPlan;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Cue timing on the real clock, the way the timer screen drives the engine: a JavaFX
 * {@link AnimationTimer} on the FX thread (toolkit under Monocle headless, pulses at ~60 Hz) calls
 * {@code engine.tick()} every frame. A routine of short steps runs once; 12 s in, one frame
 * blocks the FX thread for 2 s. For every cue event it records fired time (the listener call,
 * read from System.nanoTime) minus due time (the engine's ideal schedule).
 *
 * <p>A baseline runs in the same frames: a timer that counts frames (16.667 ms each) to decide
 * when each of the same events is due, the way a tick-counting timer does. It loses the stalled
 * frames and stays late by them for the rest of the run.
 *
 * <p>Run with {@code bench/cue-latency.sh}. Not a test: it takes about 40 s of wall time.
 */
public final class CueLatencyBench {
    private static final long MS = 1_000_000L;
    private static final long FRAME = 16_666_667L;
    private static final long STALL_AT = 12_000 * MS;
    private static final long STALL = 2_000 * MS;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        TimerPlan plan = TimerPlan.of(routine(), 3, 1);
        long[] offsets = dueOffsets(plan);

        MonotonicClock clock = MonotonicClock.system();
        List<long[]> engineRows = new ArrayList<>(); // {due, fired}
        List<long[]> clockedRows = java.util.Collections.synchronizedList(new ArrayList<>()); // {due, fired}
        long[] baselineLate = new long[offsets.length];
        long[] stall = new long[2];
        long[] frames = new long[1];
        long[] startedAt = new long[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            TimerEngine engine = new TimerEngine(clock, plan);
            engine.addListener((CueEvent e) -> engineRows.add(new long[] {e.dueNanos(), clock.nanoTime()}));
            // the same plan on the same clock, driven the way the timer screen drives it now: the
            // frames and a CueClock thread both catch it up
            TimerEngine clocked = new TimerEngine(clock, plan);
            clocked.addListener((CueEvent e) -> clockedRows.add(new long[] {e.dueNanos(), clock.nanoTime()}));
            long start = clock.nanoTime();
            startedAt[0] = start;
            engine.start();
            clocked.start();
            CueClock cueClock = CueClock.start(clocked, task -> {
                Thread t = new Thread(task, "bench-cue-clock");
                t.setDaemon(true);
                t.setPriority(Thread.MAX_PRIORITY);
                t.start();
            });
            new AnimationTimer() {
                private int nextBaseline;
                private boolean stalled;

                @Override
                public void handle(long pulse) {
                    frames[0]++;
                    engine.tick();
                    clocked.tick();
                    long now = clock.nanoTime();
                    // the baseline believes each frame is exactly 1/60 s after the last
                    long believed = frames[0] * FRAME;
                    while (nextBaseline < offsets.length && believed >= offsets[nextBaseline]) {
                        baselineLate[nextBaseline] = now - (start + offsets[nextBaseline]);
                        nextBaseline++;
                    }
                    if (!stalled && now - start >= STALL_AT) {
                        stalled = true;
                        stall[0] = clock.nanoTime();
                        sleep(STALL);
                        stall[1] = clock.nanoTime();
                    }
                    if (engine.phase() == Phase.DONE && clocked.phase() == Phase.DONE && nextBaseline >= offsets.length) {
                        cueClock.close();
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the run did not finish");
        }
        Platform.exit();
        report(engineRows, startedAt[0], offsets, baselineLate, stall, frames[0]);
        System.out.println();
        System.out.println("engine ticked by the frames and a CueClock thread (as the timer screen runs it):");
        List<Long> all = new ArrayList<>();
        List<Long> dueInStall = new ArrayList<>();
        synchronized (clockedRows) {
            for (long[] r : clockedRows) {
                all.add(r[1] - r[0]);
                if (r[0] >= stall[0] && r[0] <= stall[1]) {
                    dueInStall.add(r[1] - r[0]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "  every event:                 %s%n", stats(all));
        System.out.printf(Locale.ROOT, "  of those, due during the stall: %s%n", stats(dueInStall));
    }

    /** Eight short steps (2-3 s a side, some two-sided): about 40 s with 3 s lead-ins and 1 s switches. */
    private static Routine routine() {
        List<RoutineStep> steps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            steps.add(new RoutineStep("arm-circles", "Step " + (i + 1), 2 + i % 2, i % 3 == 0 ? 2 : 1, null, null));
        }
        return new Routine("bench", "Bench", RoutineKind.CUSTOM, null, steps);
    }

    /** The schedule of every event, as offsets from the start, from a dry run on a stepped clock. */
    private static long[] dueOffsets(TimerPlan plan) {
        long[] now = {0};
        TimerEngine dry = new TimerEngine(() -> now[0], plan);
        List<Long> out = new ArrayList<>();
        dry.addListener(e -> out.add(e.dueNanos()));
        dry.start();
        while (dry.phase() != Phase.DONE) {
            now[0] += MS;
            dry.tick();
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void report(List<long[]> rows, long start, long[] offsets, long[] baselineLate, long[] stall, long frames) {
        List<Long> normal = new ArrayList<>();
        List<Long> inStall = new ArrayList<>();
        for (long[] r : rows) {
            long late = r[1] - r[0];
            if (r[0] >= stall[0] && r[0] <= stall[1]) {
                inStall.add(late);
            } else {
                normal.add(late);
            }
        }
        long runNanos = rows.get(rows.size() - 1)[1] - start;
        System.out.printf(Locale.ROOT, "driver: JavaFX AnimationTimer on the FX thread, Monocle headless, %d frames in %.1f s"
                + " (%.1f frames/s outside the stall)%n", frames, runNanos / 1e9, (frames - 1) / ((runNanos - (stall[1] - stall[0])) / 1e9));
        System.out.printf(Locale.ROOT, "stall: %.1f ms of the FX thread, %.1f s into the run%n",
                (stall[1] - stall[0]) / 1e6, 12.0);
        System.out.printf(Locale.ROOT, "engine, events not due during the stall: %s%n", stats(normal));
        System.out.printf(Locale.ROOT, "engine, events due during the stall:     %s (they fire at the first frame after it)%n",
                stats(inStall));
        List<Long> beforeStall = new ArrayList<>();
        List<Long> afterStall = new ArrayList<>();
        for (int i = 0; i < offsets.length; i++) {
            (start + offsets[i] < stall[0] ? beforeStall : afterStall).add(baselineLate[i]);
        }
        System.out.printf(Locale.ROOT, "baseline (counts frames), before the stall: %s%n", stats(beforeStall));
        System.out.printf(Locale.ROOT, "baseline (counts frames), after the stall:  %s%n", stats(afterStall));
        List<Long> engineAfter = new ArrayList<>();
        for (long[] r : rows) {
            if (r[0] > stall[1]) {
                engineAfter.add(r[1] - r[0]);
            }
        }
        System.out.printf(Locale.ROOT, "engine, events due after the stall:       %s%n", stats(engineAfter));
    }

    private static String stats(List<Long> lateNanos) {
        if (lateNanos.isEmpty()) {
            return "none";
        }
        long[] a = lateNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "n=%d  min %.1f  p50 %.1f  p99 %.1f  max %.1f ms", a.length, a[0] / 1e6,
                pct(a, 50) / 1e6, pct(a, 99) / 1e6, a[a.length - 1] / 1e6);
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CueLatencyBench() {
    }
}

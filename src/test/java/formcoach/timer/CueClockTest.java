package formcoach.timer;

import org.junit.jupiter.api.Test;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CueClockTest {
    private static final long S = 1_000_000_000L;

    /** A clock other threads may read while the test moves it. */
    private static final class SharedClock implements MonotonicClock {
        final AtomicLong now = new AtomicLong(1_000_000_000_000L);

        @Override
        public long nanoTime() {
            return now.get();
        }
    }

    private static final Executor NEW_THREAD = task -> {
        Thread t = new Thread(task, "cue-clock-test");
        t.setDaemon(true);
        t.start();
    };

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20 * S;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(2);
        }
    }

    @Test
    void cuesAreEmittedWhileNobodyElseTicksTheEngine() throws Exception {
        SharedClock clock = new SharedClock();
        long t0 = clock.nanoTime();
        TimerEngine engine = new TimerEngine(clock, TimerEngineTest.TWO_STEPS, 3);
        Recorder rec = new Recorder(t0);
        engine.addListener(rec);
        engine.start();
        try (CueClock cues = CueClock.start(engine, NEW_THREAD, 1_000_000L)) {
            clock.now.addAndGet(3 * S);
            // the UI thread is "stalled": only the cue clock's thread catches the engine up
            await(() -> engine.phase() == Phase.WORK, "the first step to start");
            synchronized (engine) {
                assertThat(rec.lines()).endsWith("3.000 STEP_START step1");
            }
            clock.now.addAndGet(40 * S);
            await(() -> engine.phase() == Phase.DONE, "the routine to end");
            synchronized (engine) {
                assertThat(rec.lines()).isEqualTo(TimerEngineTest.FULL_RUN);
            }
            cues.close();
            await(cues::finished, "the cue clock's thread to end");
        }
    }

    @Test
    void twoThreadsCatchingUpTheSameEngineEmitEveryEventOnceAndInOrder() throws Exception {
        for (int round = 0; round < 200; round++) {
            SharedClock clock = new SharedClock();
            TimerEngine engine = new TimerEngine(clock, TimerEngineTest.TWO_STEPS, 3);
            Recorder rec = new Recorder(clock.nanoTime());
            engine.addListener(rec);
            engine.start();
            try (CueClock cues = CueClock.start(engine, NEW_THREAD, 1L)) {
                // this thread plays the UI thread: it moves time in uneven frames and ticks too
                for (long t = 0; t < 38 * S; ) {
                    long frame = 3_000_000L + (t / 7_000_000L % 5) * 4_000_000L;
                    t += frame;
                    clock.now.addAndGet(frame);
                    engine.tick();
                }
                await(() -> engine.phase() == Phase.DONE, "the routine to end");
            }
            synchronized (engine) {
                assertThat(rec.lines()).as("round %d", round).isEqualTo(TimerEngineTest.FULL_RUN);
            }
        }
    }

    @Test
    void aPeriodMustBePositive() {
        TimerEngine engine = new TimerEngine(new SharedClock(), TimerEngineTest.TWO_STEPS, 3);
        assertThatThrownBy(() -> CueClock.start(engine, NEW_THREAD, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package formcoach.timer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation-free reads the timer screen makes every frame say the same as a snapshot. */
class TimerEngineFrameReadsTest {
    private static final Routine ROUTINE = new Routine("r", "R", RoutineKind.WARMUP, null, List.of(
            new RoutineStep("arm-circles", "A", 7, 1, null, null),
            new RoutineStep("cat-cow", "B", 5, 2, null, null),
            new RoutineStep("cat-cow", "C", 9, 1, null, null)));

    @Property(tries = 200)
    void frameReadsEqualTheSnapshotAtAnyPoint(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 6) Integer> commands,
                                              @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 4000) Integer> gapsMs) {
        FakeClock clock = new FakeClock();
        TimerEngine engine = new TimerEngine(clock, ROUTINE, 3);
        check(engine, clock);
        engine.start();
        for (int i = 0; i < commands.size(); i++) {
            clock.advanceMillis(i < gapsMs.size() ? gapsMs.get(i) : 700);
            switch (commands.get(i)) {
                case 0 -> engine.togglePause();
                case 1 -> engine.skip();
                case 2 -> engine.back();
                case 3 -> engine.restart();
                case 4 -> engine.stop();
                default -> engine.tick();
            }
            check(engine, clock);
        }
    }

    private static void check(TimerEngine engine, FakeClock clock) {
        long now = clock.nanoTime();
        Snapshot s = engine.snapshot(now);
        assertThat(engine.remainingNanos(now)).isEqualTo(s.remainingNanos());
        assertThat(engine.totalRemainingNanos(now)).isEqualTo(s.totalRemainingNanos());
        assertThat(engine.stepProgress(now)).isEqualTo(s.stepProgress());
        assertThat(engine.routineProgress(now)).isEqualTo(s.routineProgress());
    }
}

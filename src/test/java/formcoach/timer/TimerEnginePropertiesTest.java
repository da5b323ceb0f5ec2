package formcoach.timer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimerEnginePropertiesTest {
    enum Kind { ADVANCE, TICK, START, PAUSE, RESUME, TOGGLE, SKIP, BACK, RESTART, STOP }

    record Action(Kind kind, long nanos) {
    }

    @Provide
    Arbitrary<Routine> routines() {
        Arbitrary<RoutineStep> step = Combinators.combine(
                Arbitraries.integers().between(5, 20), Arbitraries.integers().between(1, 2))
                .as((sec, sides) -> new RoutineStep("cat-cow", "S", sec, sides, null, null));
        return step.list().ofMinSize(1).ofMaxSize(4)
                .map(steps -> new Routine("r", "R", RoutineKind.CUSTOM, null, steps));
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, Kind.ADVANCE), net.jqwik.api.Tuple.of(3, Kind.TICK),
                net.jqwik.api.Tuple.of(1, Kind.START), net.jqwik.api.Tuple.of(1, Kind.PAUSE),
                net.jqwik.api.Tuple.of(1, Kind.RESUME), net.jqwik.api.Tuple.of(1, Kind.TOGGLE),
                net.jqwik.api.Tuple.of(2, Kind.SKIP), net.jqwik.api.Tuple.of(2, Kind.BACK),
                net.jqwik.api.Tuple.of(1, Kind.RESTART));
        Arbitrary<Kind> rareStop = Arbitraries.frequency(net.jqwik.api.Tuple.of(30, Kind.ADVANCE), net.jqwik.api.Tuple.of(1, Kind.STOP));
        Arbitrary<Action> a = Combinators.combine(
                kinds,
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 1_500_000_000L)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1_000_000_000L, 8_000_000_000L)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(8_000_000_000L, 25_000_000_000L)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(0L, 1L, 999_999_999L, 1_000_000_000L,
                                2_000_000_000L, 2_000_000_001L, 3_000_000_000L, 5_000_000_000L))))
                .as(Action::new);
        Arbitrary<Action> stop = rareStop.map(k -> new Action(k, 700_000_000L));
        // most runs start first; a few try commands before start
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, a), net.jqwik.api.Tuple.of(1, stop)).list().ofMinSize(5).ofMaxSize(60)
                .flatMap(l -> Arbitraries.of(true, true, true, false).map(startFirst -> {
                    List<Action> out = new ArrayList<>();
                    if (startFirst) {
                        out.add(new Action(Kind.START, 0));
                    }
                    out.addAll(l);
                    return out;
                }));
    }

    @Property(tries = 1000)
    void randomCommandsNeverBreakTheRun(@ForAll("routines") Routine routine, @ForAll("actions") List<Action> actions,
                                        @ForAll("leadIns") int leadIn) {
        FakeClock clock = new FakeClock();
        TimerEngine engine = new TimerEngine(clock, routine, leadIn);
        int n = routine.steps().size();
        List<CueEvent> events = new ArrayList<>();
        engine.addListener(events::add);

        for (Action a : actions) {
            switch (a.kind()) {
                case ADVANCE -> clock.advanceNanos(a.nanos());
                case TICK -> engine.tick();
                case START -> engine.start();
                case PAUSE -> engine.pause();
                case RESUME -> engine.resume();
                case TOGGLE -> engine.togglePause();
                case SKIP -> engine.skip();
                case BACK -> engine.back();
                case RESTART -> engine.restart();
                case STOP -> engine.stop();
            }
            if (a.kind() != Kind.ADVANCE) {
                assertThat(engine.rawRemainingNanos(clock.nanoTime())).as("raw remaining after " + a).isNotNegative();
            }
            checkSnapshot(engine.snapshot(), n);
        }
        // let whatever is running finish with no more commands
        int lastCommandIndex = events.size();
        engine.resume();
        clock.advanceSeconds(3600);
        engine.tick();
        checkSnapshot(engine.snapshot(), n);

        checkEvents(events, clock.nanoTime(), n);
        if (engine.phase() == Phase.DONE) {
            // the free run to the end ended every remaining step exactly once, in order
            List<Integer> naturalEnds = events.subList(lastCommandIndex, events.size()).stream()
                    .filter(e -> e.type() == CueType.STEP_END && !e.interrupted()).map(CueEvent::stepIndex).toList();
            for (int i = 1; i < naturalEnds.size(); i++) {
                assertThat(naturalEnds.get(i)).isEqualTo(naturalEnds.get(i - 1) + 1);
            }
            if (!naturalEnds.isEmpty()) {
                assertThat(naturalEnds.get(naturalEnds.size() - 1)).isEqualTo(n - 1);
            }
        } else {
            assertThat(engine.phase()).isIn(Phase.READY, Phase.STOPPED);
        }
    }

    @Provide
    Arbitrary<Integer> leadIns() {
        return Arbitraries.integers().between(3, 10);
    }

    private static void checkSnapshot(Snapshot s, int n) {
        assertThat(s.stepIndex()).isBetween(0, n - 1);
        assertThat(s.remainingNanos()).isNotNegative();
        assertThat(s.totalRemainingNanos()).isNotNegative();
        if (s.running()) {
            assertThat(s.remainingNanos()).isLessThanOrEqualTo(s.phaseNanos());
        }
        assertThat(s.stepProgress()).isBetween(0.0, 1.0);
        assertThat(s.routineProgress()).isBetween(0.0, 1.0);
        assertThat(s.side()).isBetween(1, s.sides());
    }

    private static void checkEvents(List<CueEvent> events, long now, int n) {
        int open = -1;
        boolean running = false;
        long lastDue = Long.MIN_VALUE;
        int lastCountdown = 4;
        for (CueEvent e : events) {
            assertThat(e.dueNanos()).as("due times never go back").isGreaterThanOrEqualTo(lastDue);
            assertThat(e.dueNanos()).isLessThanOrEqualTo(now);
            assertThat(e.stepIndex()).isBetween(0, n - 1);
            lastDue = e.dueNanos();
            switch (e.type()) {
                case ROUTINE_START -> {
                    assertThat(running).as("start while running").isFalse();
                    running = true;
                }
                case STEP_START -> {
                    assertThat(open).as("STEP_START while step " + open + " is open (missed STEP_END)").isEqualTo(-1);
                    open = e.stepIndex();
                }
                case STEP_END -> {
                    assertThat(open).as("STEP_END without an open step (doubled STEP_END)").isEqualTo(e.stepIndex());
                    open = -1;
                }
                case ROUTINE_END, ROUTINE_STOPPED -> {
                    assertThat(open).as("run ended with a step open").isEqualTo(-1);
                    assertThat(running).isTrue();
                    running = false;
                }
                case COUNTDOWN -> {
                    assertThat(e.number()).as("countdown fires once each, 3 then 2 then 1").isLessThan(lastCountdown);
                    lastCountdown = e.number();
                }
                default -> {
                }
            }
            if (e.type() == CueType.LEAD_IN_START || e.type() == CueType.SWITCH_SIDES || e.type() == CueType.STEP_START
                    || e.type() == CueType.SIDE_START) {
                lastCountdown = 4;
            }
        }
    }
}

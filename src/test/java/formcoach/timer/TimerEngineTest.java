package formcoach.timer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimerEngineTest {
    private static final long S = 1_000_000_000L;
    static final Routine TWO_STEPS = new Routine("two", "Two steps", RoutineKind.WARMUP, null, List.of(
            new RoutineStep("arm-circles", "Arm circles", 10, 1, null, null),
            new RoutineStep("open-book", "Open book", 8, 2, null, null)));

    /** Lead-in 3 s, switch 5 s: 3 + 10 + 3 + 8 + 5 + 8 = 37 s. */
    static final List<String> FULL_RUN = List.of(
            "0.000 ROUTINE_START step1",
            "0.000 LEAD_IN_START step1",
            "0.000 COUNTDOWN 3 step1",
            "1.000 COUNTDOWN 2 step1",
            "2.000 COUNTDOWN 1 step1",
            "3.000 STEP_START step1",
            "8.000 HALFWAY step1",
            "10.000 COUNTDOWN 3 step1",
            "11.000 COUNTDOWN 2 step1",
            "12.000 COUNTDOWN 1 step1",
            "13.000 STEP_END step1",
            "13.000 LEAD_IN_START step2",
            "13.000 COUNTDOWN 3 step2",
            "14.000 COUNTDOWN 2 step2",
            "15.000 COUNTDOWN 1 step2",
            "16.000 STEP_START step2",
            "20.000 HALFWAY step2",
            "21.000 COUNTDOWN 3 step2",
            "22.000 COUNTDOWN 2 step2",
            "23.000 COUNTDOWN 1 step2",
            "24.000 SWITCH_SIDES step2 side2",
            "26.000 COUNTDOWN 3 step2 side2",
            "27.000 COUNTDOWN 2 step2 side2",
            "28.000 COUNTDOWN 1 step2 side2",
            "29.000 SIDE_START step2 side2",
            "33.000 HALFWAY step2 side2",
            "34.000 COUNTDOWN 3 step2 side2",
            "35.000 COUNTDOWN 2 step2 side2",
            "36.000 COUNTDOWN 1 step2 side2",
            "37.000 STEP_END step2 side2",
            "37.000 ROUTINE_END step2 side2");

    private FakeClock clock;
    private TimerEngine engine;
    private Recorder rec;
    private long t0;

    @BeforeEach
    void setUp() {
        clock = new FakeClock();
        t0 = clock.nanoTime();
        engine = new TimerEngine(clock, TWO_STEPS, 3);
        rec = new Recorder(t0);
        engine.addListener(rec);
    }

    @Test
    void readyShowsTheFirstStepAndTheWholeTime() {
        Snapshot s = engine.snapshot();
        assertThat(s.phase()).isEqualTo(Phase.READY);
        assertThat(s.totalRemainingNanos()).isEqualTo(37 * S);
        assertThat(s.current().name()).isEqualTo("Arm circles");
        assertThat(s.next().name()).isEqualTo("Open book");
        assertThat(engine.tick()).isZero();
        assertThat(rec.events).isEmpty();
    }

    @Test
    void oneLateTickCatchesUpEveryEventInOrderWithItsDueTime() {
        engine.start();
        clock.advanceSeconds(100);
        engine.tick();
        assertThat(rec.lines()).containsExactlyElementsOf(FULL_RUN);
        assertThat(engine.phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void tickingEveryMillisecondFiresEachEventExactlyOnce() {
        engine.start();
        for (int i = 0; i < 40_000; i++) {
            clock.advanceMillis(1);
            engine.tick();
        }
        assertThat(rec.lines()).containsExactlyElementsOf(FULL_RUN);
    }

    @Test
    void everyPhaseTransitionShowsInTheSnapshot() {
        engine.start();
        assertPhase(Phase.LEAD_IN, 0, 1, 3 * S);
        clock.advanceSeconds(3);
        engine.tick();
        assertPhase(Phase.WORK, 0, 1, 10 * S);
        clock.advanceSeconds(10);
        engine.tick();
        assertPhase(Phase.LEAD_IN, 1, 1, 3 * S);
        clock.advanceSeconds(3);
        engine.tick();
        assertPhase(Phase.WORK, 1, 1, 8 * S);
        clock.advanceSeconds(8);
        engine.tick();
        assertPhase(Phase.SWITCH_SIDES, 1, 2, 5 * S);
        clock.advanceSeconds(5);
        engine.tick();
        assertPhase(Phase.WORK, 1, 2, 8 * S);
        clock.advanceSeconds(8);
        engine.tick();
        Snapshot done = engine.snapshot();
        assertThat(done.phase()).isEqualTo(Phase.DONE);
        assertThat(done.stepIndex()).isEqualTo(1);
        assertThat(done.routineProgress()).isEqualTo(1.0);
        assertThat(done.totalRemainingNanos()).isZero();
    }

    private void assertPhase(Phase phase, int step, int side, long remaining) {
        Snapshot s = engine.snapshot();
        assertThat(s.phase()).isEqualTo(phase);
        assertThat(s.stepIndex()).isEqualTo(step);
        assertThat(s.side()).isEqualTo(side);
        assertThat(s.remainingNanos()).isEqualTo(remaining);
        assertThat(s.phaseNanos()).isEqualTo(remaining);
    }

    @Test
    void remainingTimeIsEndMinusNowNotACountOfTicks() {
        engine.start();
        clock.advanceNanos(3 * S + 2_500_000_001L);
        engine.tick();
        Snapshot s = engine.snapshot();
        assertThat(s.remainingNanos()).isEqualTo(10 * S - 2_500_000_001L);
        assertThat(s.remainingMs()).isEqualTo(7500);
        assertThat(s.remainingSecondsShown()).isEqualTo(8);
    }

    @Test
    void pauseAndResumeKeepTheRemainingTimeExactToTheNanosecond() {
        engine.start();
        clock.advanceNanos(3 * S + 1_234_567_891L);
        engine.pause();
        long atPause = engine.snapshot().remainingNanos();
        long totalAtPause = engine.snapshot().totalRemainingNanos();
        clock.advanceNanos(7 * S + 13);
        engine.tick();
        assertThat(engine.snapshot().remainingNanos()).isEqualTo(atPause);
        assertThat(engine.snapshot().paused()).isTrue();
        engine.resume();
        assertThat(engine.snapshot().remainingNanos()).isEqualTo(atPause);
        assertThat(engine.snapshot().totalRemainingNanos()).isEqualTo(totalAtPause);
        // everything after the pause happens exactly the paused span later
        clock.advanceSeconds(100);
        engine.tick();
        long shift = 7 * S + 13;
        List<String> shifted = new ArrayList<>();
        for (CueEvent e : rec.events) {
            boolean afterPause = e.dueNanos() > t0 + 3 * S + 1_234_567_891L;
            shifted.add(new Recorder(t0).line(new CueEvent(e.type(), afterPause ? e.dueNanos() - shift : e.dueNanos(),
                    e.stepIndex(), e.side(), e.number(), e.label(), e.interrupted())));
        }
        assertThat(shifted).containsExactlyElementsOf(FULL_RUN);
    }

    @Test
    void noEventFiresWhilePaused() {
        engine.start();
        engine.pause();
        rec.events.clear();
        clock.advanceSeconds(60);
        assertThat(engine.tick()).isZero();
        assertThat(rec.events).isEmpty();
        assertThat(engine.snapshot().phase()).isEqualTo(Phase.LEAD_IN);
    }

    @Test
    void togglePauseStartsPausesAndResumes() {
        engine.togglePause();
        assertThat(engine.phase()).isEqualTo(Phase.LEAD_IN);
        engine.togglePause();
        assertThat(engine.isPaused()).isTrue();
        engine.togglePause();
        assertThat(engine.isPaused()).isFalse();
    }

    @Test
    void skipDuringWorkEndsTheStepAsInterruptedAndLeadsIntoTheNext() {
        engine.start();
        clock.advanceSeconds(5);
        engine.tick();
        rec.drain();
        engine.skip();
        assertThat(rec.drain()).containsExactly(
                "5.000 STEP_END step1 interrupted",
                "5.000 LEAD_IN_START step2",
                "5.000 COUNTDOWN 3 step2");
        assertThat(engine.snapshot().remainingNanos()).isEqualTo(3 * S);
    }

    @Test
    void skipDuringLeadInHasNoStepEndBecauseTheStepNeverStarted() {
        engine.start();
        clock.advanceSeconds(1);
        engine.tick();
        rec.drain();
        engine.skip();
        assertThat(rec.drain()).containsExactly("1.000 LEAD_IN_START step2", "1.000 COUNTDOWN 3 step2");
    }

    @Test
    void skipOnTheLastStepEndsTheRoutine() {
        engine.start();
        engine.skip();
        clock.advanceSeconds(4);
        engine.tick();
        rec.drain();
        engine.skip();
        assertThat(rec.drain()).containsExactly("4.000 STEP_END step2 interrupted", "4.000 ROUTINE_END step2");
        assertThat(engine.phase()).isEqualTo(Phase.DONE);
        engine.skip();
        assertThat(rec.events).isEmpty();
    }

    @Test
    void skipWhilePausedStaysPausedAtTheStartOfTheNextLeadIn() {
        engine.start();
        clock.advanceSeconds(5);
        engine.pause();
        clock.advanceSeconds(30);
        engine.skip();
        Snapshot s = engine.snapshot();
        assertThat(s.paused()).isTrue();
        assertThat(s.stepIndex()).isEqualTo(1);
        assertThat(s.remainingNanos()).isEqualTo(3 * S);
        clock.advanceSeconds(10);
        engine.resume();
        rec.drain();
        clock.advanceSeconds(3);
        engine.tick();
        assertThat(rec.drain()).startsWith("46.000 COUNTDOWN 2 step2", "47.000 COUNTDOWN 1 step2", "48.000 STEP_START step2");
    }

    @Test
    void backMoreThanTwoSecondsIntoAStepRestartsIt() {
        engine.start();
        clock.advanceSeconds(3 + 2.5);
        engine.tick();
        rec.drain();
        engine.back();
        assertThat(rec.drain()).containsExactly(
                "5.500 STEP_END step1 interrupted", "5.500 LEAD_IN_START step1", "5.500 COUNTDOWN 3 step1");
        assertThat(engine.snapshot().stepIndex()).isZero();
    }

    @Test
    void backInTheFirstTwoSecondsGoesToThePreviousStep() {
        engine.start();
        engine.skip();
        clock.advanceSeconds(3 + 1.5);
        engine.tick();
        assertThat(engine.snapshot().phase()).isEqualTo(Phase.WORK);
        rec.drain();
        engine.back();
        assertThat(rec.drain()).containsExactly(
                "4.500 STEP_END step2 interrupted", "4.500 LEAD_IN_START step1", "4.500 COUNTDOWN 3 step1");
    }

    @Test
    void backDuringALeadInGoesToThePreviousStep() {
        engine.start();
        clock.advanceSeconds(14);
        engine.tick();
        assertThat(engine.snapshot().phase()).isEqualTo(Phase.LEAD_IN);
        assertThat(engine.snapshot().stepIndex()).isEqualTo(1);
        engine.back();
        assertThat(engine.snapshot().stepIndex()).isZero();
        assertThat(engine.snapshot().phase()).isEqualTo(Phase.LEAD_IN);
    }

    @Test
    void backCountsTheWholeStepSoTheSecondSideRestartsTheStep() {
        engine.start();
        engine.skip();
        clock.advanceSeconds(3 + 8 + 5 + 1);
        engine.tick();
        assertThat(engine.snapshot().side()).isEqualTo(2);
        engine.back();
        assertThat(engine.snapshot().stepIndex()).isEqualTo(1);
        assertThat(engine.snapshot().side()).isEqualTo(1);
        assertThat(engine.snapshot().phase()).isEqualTo(Phase.LEAD_IN);
    }

    @Test
    void backOnTheFirstStepRestartsIt() {
        engine.start();
        clock.advanceSeconds(4);
        engine.back();
        assertThat(engine.snapshot().stepIndex()).isZero();
        assertThat(engine.snapshot().phase()).isEqualTo(Phase.LEAD_IN);
        assertThat(engine.snapshot().remainingNanos()).isEqualTo(3 * S);
    }

    @Test
    void twoSidedStepSwitchesWithAPauseAndCountsStepProgressAcrossBothSides() {
        engine.start();
        engine.skip();
        clock.advanceSeconds(3 + 4);
        engine.tick();
        assertThat(engine.snapshot().stepProgress()).isEqualTo(4.0 / 21.0);
        clock.advanceSeconds(4 + 2);
        engine.tick();
        Snapshot s = engine.snapshot();
        assertThat(s.phase()).isEqualTo(Phase.SWITCH_SIDES);
        assertThat(s.side()).isEqualTo(2);
        assertThat(s.sides()).isEqualTo(2);
        assertThat(s.stepProgress()).isEqualTo(10.0 / 21.0);
        assertThat(rec.lines()).contains("11.000 SWITCH_SIDES step2 side2");
    }

    @Test
    void routineProgressFollowsTheWholePlan() {
        engine.start();
        clock.advanceSeconds(18.5);
        engine.tick();
        Snapshot s = engine.snapshot();
        assertThat(s.totalRemainingNanos()).isEqualTo(37 * S - 18_500_000_000L);
        assertThat(s.routineProgress()).isEqualTo(0.5);
        assertThat(s.next()).isNull();
    }

    @Test
    void stopEndsTheRunAndNothingFiresAfterIt() {
        engine.start();
        clock.advanceSeconds(5);
        engine.tick();
        rec.drain();
        engine.stop();
        assertThat(rec.drain()).containsExactly("5.000 STEP_END step1 interrupted", "5.000 ROUTINE_STOPPED step1");
        assertThat(engine.phase()).isEqualTo(Phase.STOPPED);
        clock.advanceSeconds(100);
        engine.tick();
        engine.skip();
        engine.back();
        engine.pause();
        assertThat(rec.events).isEmpty();
        assertThat(engine.snapshot().stepIndex()).isZero();
    }

    @Test
    void restartWhileRunningStopsThenStartsAgain() {
        engine.start();
        clock.advanceSeconds(5);
        engine.tick();
        rec.drain();
        engine.restart();
        assertThat(rec.drain()).containsExactly(
                "5.000 STEP_END step1 interrupted",
                "5.000 ROUTINE_STOPPED step1",
                "5.000 ROUTINE_START step1",
                "5.000 LEAD_IN_START step1",
                "5.000 COUNTDOWN 3 step1");
    }

    @Test
    void restartWhilePausedBeginsTheRoutineAgainPaused() {
        engine.start();
        clock.advanceSeconds(5);
        engine.pause();
        clock.advanceSeconds(3);
        rec.drain();
        engine.restart();
        assertThat(rec.drain()).containsExactly(
                "8.000 STEP_END step1 interrupted",
                "8.000 ROUTINE_STOPPED step1",
                "8.000 ROUTINE_START step1",
                "8.000 LEAD_IN_START step1");
        assertThat(engine.isPaused()).isTrue();
        Snapshot s = engine.snapshot();
        assertThat(s.paused()).isTrue();
        assertThat(s.phase()).isEqualTo(Phase.LEAD_IN);
        assertThat(s.stepIndex()).isZero();
        assertThat(s.remainingNanos()).isEqualTo(3 * S);
        assertThat(s.totalRemainingNanos()).isEqualTo(37 * S);

        clock.advanceSeconds(20);
        engine.tick();
        assertThat(rec.drain()).as("nothing counts down while paused").isEmpty();
        assertThat(engine.snapshot().remainingNanos()).isEqualTo(3 * S);
        assertThat(engine.summary().activeNanos()).isZero();

        engine.resume();
        clock.advanceSeconds(3);
        engine.tick();
        assertThat(rec.drain()).containsExactly(
                "28.000 COUNTDOWN 3 step1",
                "29.000 COUNTDOWN 2 step1",
                "30.000 COUNTDOWN 1 step1",
                "31.000 STEP_START step1");
        clock.advanceSeconds(34);
        engine.tick();
        assertThat(rec.drain()).endsWith("65.000 ROUTINE_END step2 side2");
    }

    @Test
    void restartAfterTheEndRunsAgainFromTheStart() {
        engine.start();
        clock.advanceSeconds(40);
        engine.tick();
        rec.drain();
        engine.restart();
        clock.advanceSeconds(37);
        engine.tick();
        List<String> again = rec.drain();
        assertThat(again).hasSize(FULL_RUN.size());
        assertThat(again.get(0)).isEqualTo("40.000 ROUTINE_START step1");
        assertThat(again.get(again.size() - 1)).isEqualTo("77.000 ROUTINE_END step2 side2");
    }

    @Test
    void commandsBeforeStartDoNothing() {
        engine.skip();
        engine.back();
        engine.pause();
        engine.resume();
        engine.stop();
        assertThat(engine.phase()).isEqualTo(Phase.READY);
        assertThat(rec.events).isEmpty();
    }

    @Test
    void aListenerMayNotCallCommands() {
        List<Throwable> caught = new ArrayList<>();
        engine.addListener(e -> {
            try {
                engine.skip();
            } catch (IllegalStateException ex) {
                caught.add(ex);
            }
        });
        engine.start();
        assertThat(caught).isNotEmpty().allSatisfy(t -> assertThat(t).hasMessageContaining("may not call"));
        assertThat(engine.snapshot().stepIndex()).isZero();
    }

    @Test
    void aThrowingListenerDoesNotBreakTheSchedule() {
        engine.addListener(e -> {
            throw new IllegalStateException("boom");
        });
        Thread.UncaughtExceptionHandler old = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> seen = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, ex) -> seen.add(ex));
        try {
            engine.start();
            clock.advanceSeconds(100);
            engine.tick();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(old);
        }
        assertThat(rec.lines()).containsExactlyElementsOf(FULL_RUN);
        assertThat(seen).hasSize(FULL_RUN.size());
    }

    @Test
    void summaryCountsCompletedStepsAndWorkTime() {
        engine.start();
        clock.advanceSeconds(13 + 3 + 4);
        engine.pause();
        clock.advanceSeconds(50);
        engine.stop();
        RunSummary s = engine.summary();
        assertThat(s.stepsCompleted()).isEqualTo(1);
        assertThat(s.totalSteps()).isEqualTo(2);
        assertThat(s.workedNanos()).isEqualTo(14 * S);
        assertThat(s.totalWorkNanos()).isEqualTo(26 * S);
        assertThat(s.activeNanos()).isEqualTo(20 * S);
        assertThat(s.completed()).isFalse();
    }

    @Test
    void leadInLengthIsConfigurableThreeToTen() {
        assertThat(new TimerEngine(clock, TWO_STEPS, 10).snapshot().remainingNanos()).isEqualTo(10 * S);
        assertThatThrownBy(() -> new TimerEngine(clock, TWO_STEPS, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimerEngine(clock, TWO_STEPS, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongLeadInCountsDownOnlyItsLastThreeSeconds() {
        TimerEngine e = new TimerEngine(clock, TWO_STEPS, 10);
        Recorder r = new Recorder(t0);
        e.addListener(r);
        e.start();
        clock.advanceSeconds(10);
        e.tick();
        assertThat(r.lines()).containsExactly("0.000 ROUTINE_START step1", "0.000 LEAD_IN_START step1",
                "7.000 COUNTDOWN 3 step1", "8.000 COUNTDOWN 2 step1", "9.000 COUNTDOWN 1 step1", "10.000 STEP_START step1");
    }
}

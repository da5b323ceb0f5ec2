package formcoach.timer.ui;

import formcoach.timer.FakeClock;
import formcoach.timer.Phase;
import formcoach.timer.TempoRoutine;
import formcoach.timer.TimerEngine;
import formcoach.timer.TimerPlan;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** What the timer screen shows, without a toolkit: the model is plain JavaFX properties. */
class RunInteractorTest {
    private final FakeClock clock = new FakeClock();
    private final RunModel model = new RunModel();
    private final RunInteractor interactor = new RunInteractor(model, TimerUiFixture.EXERCISES, clock, RunInteractor.Driver.NONE);

    private TimerEngine start(TimerPlan plan, boolean tempo) {
        TimerEngine engine = new TimerEngine(clock, plan);
        engine.addListener(interactor);
        interactor.begin(plan, tempo, tempo ? "Pause at belly, return slow" : null);
        engine.start();
        interactor.frame(engine, clock.nanoTime());
        return engine;
    }

    private boolean frame(TimerEngine engine, double seconds) {
        clock.advanceSeconds(seconds);
        engine.tick();
        return interactor.frame(engine, clock.nanoTime());
    }

    @Test
    void labelsChangeOnlyWhenTheShownSecondOrThePhaseChanges() {
        TimerEngine engine = start(TimerPlan.of(TimerUiFixture.THREE_STEPS, 3, 5), false);
        assertThat(model.digitsProperty().get()).isEqualTo("0:03");
        assertThat(frame(engine, 0.016)).as("same second, same phase").isFalse();
        assertThat(frame(engine, 0.016)).isFalse();
        assertThat(frame(engine, 0.5)).isFalse();
        assertThat(model.digitsProperty().get()).isEqualTo("0:03");
        assertThat(frame(engine, 0.47)).isTrue();
        assertThat(model.digitsProperty().get()).isEqualTo("0:02");
        double before = model.stepProgressProperty().get();
        frame(engine, 2.0 + 4.0);
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.WORK);
        assertThat(model.stepProgressProperty().get()).as("the ring moves every frame").isGreaterThan(before);
    }

    @Test
    void theSameClockFaceIsReusedNotFormattedAgain() {
        TimerEngine engine = start(TimerPlan.of(TimerUiFixture.THREE_STEPS, 3, 5), false);
        String first = model.digitsProperty().get();
        engine.restart();
        interactor.begin(engine.plan(), false, null);
        interactor.frame(engine, clock.nanoTime());
        assertThat(model.digitsProperty().get()).isSameAs(first);
    }

    @Test
    void showsTheStepItsCueTheSideAndWhatComesNext() {
        TimerEngine engine = start(TimerPlan.of(TimerUiFixture.THREE_STEPS, 3, 5), false);
        assertThat(model.stepNameProperty().get()).isEqualTo("Arm circles");
        assertThat(model.infoHeadingProperty().get()).isEqualTo("Get ready for");
        assertThat(model.stepCounterProperty().get()).isEqualTo("Step 1 of 3");
        assertThat(model.nextNameProperty().get()).isEqualTo("Thoracic rotation · 10 s each side");
        assertThat(model.nextCueProperty().get()).isEqualTo(TimerUiFixture.EXERCISES.cueOf("thoracic-rotation"));
        engine.skip();
        frame(engine, 3);
        assertThat(model.sideTextProperty().get()).isEqualTo("Left side · 1 of 2");
        frame(engine, 10);
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.SWITCH_SIDES);
        assertThat(model.sideTextProperty().get()).isEqualTo("Switch to the right side");
        frame(engine, 5);
        assertThat(model.sideTextProperty().get()).isEqualTo("Right side · 2 of 2");
        engine.skip();
        frame(engine, 0);
        assertThat(model.stepDetailProperty().get()).isEqualTo("8 reps");
        assertThat(model.nextNameProperty().get()).isEqualTo("This is the last step");
    }

    @Test
    void everyPhaseChangeAsksForOneFlash() {
        TimerEngine engine = start(TimerPlan.of(TimerUiFixture.THREE_STEPS, 3, 5), false);
        int flashes = model.phaseChangesProperty().get();
        frame(engine, 1);
        assertThat(model.phaseChangesProperty().get()).isEqualTo(flashes);
        frame(engine, 2);
        assertThat(model.phaseChangesProperty().get()).isEqualTo(flashes + 1);
    }

    @Test
    void aTempoSetShowsThePhaseWordTheRepAndABareCount() throws Exception {
        TimerEngine engine = start(TempoRoutine.of("seated-cable-row", "Seated cable row", "2-1-2", 8).plan(3), true);
        frame(engine, 3);
        assertThat(model.phaseWordProperty().get()).isEqualTo("PULL");
        assertThat(model.repTextProperty().get()).isEqualTo("Rep 1 of 8");
        assertThat(model.digitsProperty().get()).isEqualTo("2");
        assertThat(model.momentumCueProperty().get()).isEqualTo("Pause at belly, return slow");
        frame(engine, 5);
        assertThat(model.repTextProperty().get()).isEqualTo("Rep 2 of 8");
    }

    @Test
    void finishingTellsWhetherTheRunGoesIntoTheHistory() {
        TimerEngine engine = start(TimerPlan.of(TimerUiFixture.THREE_STEPS, 3, 5), false);
        frame(engine, 5);
        engine.stop();
        interactor.finished(engine.summary());
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(model.summaryTitleProperty().get()).isEqualTo("Routine stopped");
        assertThat(model.recordTextProperty().get()).startsWith("Not added to your history");

        engine.restart();
        interactor.begin(engine.plan(), false, null);
        frame(engine, 100);
        interactor.finished(engine.summary());
        assertThat(model.summaryTitleProperty().get()).isEqualTo("Routine done. Well done!");
        assertThat(model.recordTextProperty().get()).isEqualTo("Saving to your history…");
    }

    @Test
    void theCommandsDriveTheEngineAndHandTheThreadsToTheDriver() {
        java.util.List<String> calls = new java.util.ArrayList<>();
        RunModel shown = new RunModel();
        RunInteractor run = new RunInteractor(shown, TimerUiFixture.EXERCISES, clock, new RunInteractor.Driver() {
            @Override
            public void attach(TimerEngine engine, TimerPlan plan, boolean tempoSet) {
                calls.add("attach " + plan.name());
            }

            @Override
            public void started(TimerEngine engine) {
                calls.add("started");
            }

            @Override
            public void ended() {
                calls.add("ended");
            }
        });
        run.start(TimerPlan.of(TimerUiFixture.THREE_STEPS, 3, 5), false, null);
        assertThat(calls).containsExactly("ended", "attach Three steps", "started");
        assertThat(run.active()).isTrue();
        TimerEngine first = run.engine();

        run.askStop();
        assertThat(shown.confirmingStopProperty().get()).isTrue();
        run.keepGoing();
        assertThat(shown.confirmingStopProperty().get()).isFalse();
        run.askStop();
        run.togglePause();
        assertThat(shown.confirmingStopProperty().get()).as("any command answers the question").isFalse();
        assertThat(shown.pausedProperty().get()).isTrue();
        assertThat(shown.infoHeadingProperty().get()).isEqualTo("Paused");
        run.togglePause();
        assertThat(shown.stepNameProperty().get()).isEqualTo("Arm circles");
        run.skip();
        assertThat(shown.stepNameProperty().get()).isEqualTo("Thoracic rotation");
        run.skip();
        assertThat(shown.stepNameProperty().get()).isEqualTo("Cat-cow");
        run.back();
        assertThat(shown.stepNameProperty().get()).isEqualTo("Thoracic rotation");

        run.stop();
        assertThat(run.active()).isFalse();
        assertThat(shown.finishedProperty().get()).isTrue();
        assertThat(shown.summaryTitleProperty().get()).isEqualTo("Routine stopped");
        assertThat(calls).endsWith("ended");
        run.tick();
        assertThat(calls.stream().filter("ended"::equals)).as("the end is told once").hasSize(2);

        calls.clear();
        run.restart();
        assertThat(run.engine()).as("a finished run starts afresh").isNotSameAs(first);
        assertThat(calls).containsExactly("ended", "attach Three steps", "started");
        assertThat(run.active()).isTrue();
        assertThat(shown.finishedProperty().get()).isFalse();
        TimerEngine second = run.engine();
        clock.advanceSeconds(5);
        run.tick();
        run.restart();
        assertThat(run.engine()).as("a running run restarts in place").isSameAs(second);
        assertThat(shown.phaseProperty().get()).isEqualTo(Phase.LEAD_IN);
    }

    @Test
    void aSteadyFrameAllocatesNothing() {
        TimerEngine engine = start(TimerPlan.of(new formcoach.timer.Routine("long", "Long", formcoach.timer.RoutineKind.WARMUP,
                null, java.util.List.of(new formcoach.timer.RoutineStep("cat-cow", "Cat-cow", 3600, 1, null, null))), 3, 5), false);
        frame(engine, 4);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        // warm up so the JIT has compiled the path (escape analysis removes the boxing it might see)
        for (int i = 0; i < 20_000; i++) {
            clock.advanceNanos(1_000);
            engine.tick();
            interactor.frame(engine, clock.nanoTime());
        }
        long before = mx.getThreadAllocatedBytes(tid);
        int frames = 50_000;
        for (int i = 0; i < frames; i++) {
            clock.advanceNanos(1_000);
            engine.tick();
            interactor.frame(engine, clock.nanoTime());
        }
        long bytes = mx.getThreadAllocatedBytes(tid) - before;
        // 50 000 frames cross no second boundary (50 ms of clock): any per-frame garbage would show as MBs
        assertThat(bytes / (double) frames).as("bytes per frame").isLessThan(1.0);
    }
}

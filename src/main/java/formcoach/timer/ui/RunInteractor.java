package formcoach.timer.ui;

import formcoach.timer.CueEvent;
import formcoach.timer.Durations;
import formcoach.timer.MonotonicClock;
import formcoach.timer.Phase;
import formcoach.timer.RoutineStep;
import formcoach.timer.RunSummary;
import formcoach.timer.SessionLog;
import formcoach.timer.SessionRecord;
import formcoach.timer.Snapshot;
import formcoach.timer.TimerEngine;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerListener;
import formcoach.timer.TimerPlan;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The timer screen's logic: owns the run's {@link TimerEngine}, carries out the person's commands
 * (pause, skip, back, restart, stop and its "are you sure?") and turns the engine's state into what
 * the screen shows. What needs the window or a thread (sound, the session record, the frames and the
 * cue clock that drive the engine) is the {@link Driver}'s, which {@link RunController} provides.
 *
 * <p><b>Per frame</b> ({@link #frame}): reads the time left and the two progress values from the
 * engine (primitives, no allocation) and sets the two progress properties. Only when the shown
 * second, the pause state or the phase changes does it take a {@link Snapshot} and set labels; the
 * clock faces come from {@link ClockStrings}, made once per value. So a steady frame allocates
 * nothing here, and a second boundary allocates one snapshot.
 */
final class RunInteractor implements TimerListener {
    private static final long SECOND = 1_000_000_000L;

    /** What happens around a run outside this class. Called on the FX thread. */
    interface Driver {
        /** Drives nothing: for tests that tick the engine themselves. */
        Driver NONE = new Driver() {
        };

        /** A new engine, before it starts: add the listeners for sound and the record. */
        default void attach(TimerEngine engine, TimerPlan plan, boolean tempoSet) {
        }

        /** The engine has started: drive it. */
        default void started(TimerEngine engine) {
        }

        /** The run is over (done or stopped): stop driving it. */
        default void ended() {
        }
    }

    private final RunModel model;
    private final TimerExercises exercises;
    private final MonotonicClock clock;
    private final Driver driver;
    private final ClockStrings digits = new ClockStrings("");
    private final ClockStrings left = new ClockStrings(" left");
    /** a tempo phase lasts a few seconds: a bare count reads better than 0:02 */
    private final ClockStrings count = new ClockStrings("");
    private TimerEngine engine;
    private TimerPlan plan;
    private boolean tempo;
    private String momentumCue;
    /**
     * Set by cue events, which may arrive on the cue clock's thread; taken (and cleared in one
     * step) by the frame on the FX thread before it reads the engine, so a change is never lost.
     */
    private final AtomicBoolean phaseDirty = new AtomicBoolean(true);
    private final AtomicBoolean flashPending = new AtomicBoolean();
    private final AtomicInteger countdownsPending = new AtomicInteger();
    private final AtomicInteger halfwaysPending = new AtomicInteger();
    private long shownSecond = -1;
    private long shownTotal = -1;
    private boolean shownPaused;

    RunInteractor(RunModel model, TimerExercises exercises, MonotonicClock clock, Driver driver) {
        this.model = model;
        this.exercises = exercises;
        this.clock = clock;
        this.driver = driver;
    }

    // ------------------------------------------------------------------ commands

    /** Starts {@code p} at once with its lead-in; a run still going is stopped first. */
    void start(TimerPlan p, boolean tempoSet, String momentum) {
        if (engine != null && engine.isRunning()) {
            engine.stop();
        }
        driver.ended();
        momentumCue = momentum;
        engine = new TimerEngine(clock, p);
        engine.addListener(this);
        driver.attach(engine, p, tempoSet);
        begin(p, tempoSet, momentum);
        engine.start();
        refresh();
        driver.started(engine);
    }

    /** One frame: catch the engine up to now and refresh what changed. */
    void tick() {
        if (engine == null) {
            return;
        }
        engine.tick();
        refresh();
    }

    /** A run is on screen and not finished. */
    boolean active() {
        return engine != null && engine.isRunning();
    }

    TimerEngine engine() {
        return engine;
    }

    void togglePause() {
        model.dismissStop();
        engine.togglePause();
        refresh();
    }

    void skip() {
        model.dismissStop();
        engine.skip();
        refresh();
    }

    /** The step before (or this step again); only while the run goes on. */
    void back() {
        model.dismissStop();
        engine.back();
        refresh();
    }

    /** From the start of the lead-in again; a finished run starts afresh (with a record of its own). */
    void restart() {
        if (engine == null) {
            return;
        }
        if (!engine.isRunning()) {
            start(plan, tempo, momentumCue);
            return;
        }
        model.dismissStop();
        engine.restart();
        begin(plan, tempo, momentumCue);
        refresh();
    }

    /** Esc while running: "Stop the routine?" */
    void askStop() {
        model.askStop();
    }

    void keepGoing() {
        model.dismissStop();
    }

    void stop() {
        model.dismissStop();
        engine.stop();
        refresh();
    }

    /** Shows what changed; once the run is over, fills the summary and lets the driver rest. */
    private void refresh() {
        frame(engine, clock.nanoTime());
        Phase p = engine.phase();
        if ((p == Phase.DONE || p == Phase.STOPPED) && !model.finishedProperty().get()) {
            finished(engine.summary());
            driver.ended();
        }
    }

    // ------------------------------------------------------------------ what the screen shows

    /** A new run of {@code plan}; {@code momentumCue} is shown in a tempo set. */
    void begin(TimerPlan plan, boolean tempoSet, String momentumCue) {
        this.plan = plan;
        this.tempo = tempoSet;
        model.beginRun(plan.name(), tempoSet, momentumCue);
        phaseDirty.set(true);
        shownSecond = -1;
        shownTotal = -1;
    }

    @Override
    public void onCue(CueEvent e) {
        switch (e.type()) {
            case LEAD_IN_START, STEP_START, SIDE_START, SWITCH_SIDES, TEMPO_PHASE, ROUTINE_END, ROUTINE_STOPPED, ROUTINE_START -> {
                phaseDirty.set(true);
                flashPending.set(true);
            }
            case COUNTDOWN -> countdownsPending.incrementAndGet();
            case HALFWAY -> halfwaysPending.incrementAndGet();
            default -> {
                // a step's end changes nothing on screen beyond the digits
            }
        }
    }

    /**
     * Called every frame after {@code engine.tick()}. Returns true when labels were updated.
     */
    boolean frame(TimerEngine engine, long now) {
        model.showProgress(engine.stepProgress(now), engine.routineProgress(now));
        long second = ceilDiv(engine.remainingNanos(now), SECOND);
        long total = ceilDiv(engine.totalRemainingNanos(now), SECOND);
        boolean paused = engine.isPaused();
        boolean dirty = phaseDirty.getAndSet(false);
        int countdown = countdownsPending.getAndSet(0);
        if (countdown > 0) {
            model.countDown();
        }
        int halfway = halfwaysPending.getAndSet(0);
        if (halfway > 0) {
            model.markHalfway();
        }
        if (!dirty && second == shownSecond && total == shownTotal && paused == shownPaused) {
            return false;
        }
        apply(engine.snapshot(now), dirty);
        return true;
    }

    /** Sets every label from a snapshot. */
    private void apply(Snapshot s, boolean phaseChanged) {
        shownSecond = s.remainingSecondsShown();
        shownTotal = ceilDiv(s.totalRemainingNanos(), SECOND);
        shownPaused = s.paused();
        String face;
        if (tempo && s.phase() == Phase.WORK) {
            face = count.ofPlain(shownSecond);
        } else {
            face = s.running() ? digits.of(shownSecond) : digits.of(0);
        }
        model.showTime(face, s.phase() == Phase.DONE || s.phase() == Phase.STOPPED ? "" : left.of(shownTotal),
                s.paused(), infoHeading(s));
        if (!phaseChanged) {
            return;
        }
        RoutineStep cur = s.current();
        model.showStep(s.phase(), tempo ? "" : "Step " + (s.stepIndex() + 1) + " of " + s.stepCount(),
                cur.name(), cueOf(cur), detail(cur), sideText(s), phaseWord(s));
        if (tempo) {
            model.showRep(s.rep() > 0 ? "Rep " + s.rep() + " of " + cur.reps() : cur.reps() + " reps at " + tempoOf(cur));
            model.showNext("", "");
        } else if (s.next() != null) {
            model.showNext(s.next().name() + timeOf(s.next()), cueOf(s.next()));
        } else {
            model.showNext(s.phase() == Phase.DONE || s.phase() == Phase.STOPPED ? "" : "This is the last step", "");
        }
        model.showNextExercise(tempo || s.next() == null ? "" : s.next().exerciseId());
        if (flashPending.getAndSet(false)) {
            model.flashPhase();
        }
    }

    /** The run ended (done) or was stopped: fill the summary. */
    void finished(RunSummary sum) {
        long active = Math.round(sum.activeNanos() / 1e9);
        String title;
        if (sum.completed() && sum.stepsCompleted() == sum.totalSteps()) {
            title = tempo ? "Set done. Well done!" : "Routine done. Well done!";
        } else if (sum.completed()) {
            title = tempo ? "Set over" : "Routine over";
        } else {
            title = tempo ? "Set stopped" : "Routine stopped";
        }
        StringBuilder sb = new StringBuilder(plan.name()).append(": ");
        if (tempo) {
            sb.append(sum.completed() ? "every rep" : "stopped early").append(", ").append(Durations.words(active)).append('.');
        } else {
            sb.append(sum.stepsCompleted()).append(" of ").append(sum.totalSteps()).append(" steps, ")
                    .append(Durations.words(active)).append(" without pauses.");
        }
        String record;
        if (tempo) {
            record = "Tempo sets are not added to your history; only warm-ups and cool-downs are.";
        } else if (SessionLog.shouldRecord(sum)) {
            record = "Saving to your history…";
        } else {
            record = "Not added to your history: less than half of the routine was done.";
        }
        model.finish(title, sb.toString(), record);
    }

    /** The session record was written (called on the FX thread). */
    void recorded(SessionRecord r) {
        model.showRecord("Added to your history: " + r.routineName() + ", " + r.stepsCompleted() + " of "
                + r.totalSteps() + " steps, " + Durations.words(r.durationSeconds())
                + (r.completed() ? ", completed." : ", stopped after more than half."));
    }

    void recordFailed(String message) {
        model.showRecord(message);
    }

    private String phaseWord(Snapshot s) {
        return switch (s.phase()) {
            case READY -> "Ready";
            case LEAD_IN -> "Get ready";
            case WORK -> tempo && s.label() != null ? s.label().toUpperCase(Locale.ROOT) : "Go";
            case SWITCH_SIDES -> "Switch sides";
            case DONE -> "Done";
            case STOPPED -> "Stopped";
        };
    }

    /** Above the step name: what the person is doing with it right now. */
    private static String infoHeading(Snapshot s) {
        if (s.paused()) {
            return "Paused";
        }
        return switch (s.phase()) {
            case READY, LEAD_IN -> "Get ready for";
            case WORK -> "Now";
            case SWITCH_SIDES -> "Switch sides";
            case DONE -> "Finished";
            case STOPPED -> "Stopped";
        };
    }

    private static String sideText(Snapshot s) {
        if (s.sides() != 2) {
            return "";
        }
        return switch (s.phase()) {
            case LEAD_IN, READY -> "Starts on the left side";
            case SWITCH_SIDES -> "Switch to the right side";
            case WORK -> s.side() == 1 ? "Left side · 1 of 2" : "Right side · 2 of 2";
            default -> "";
        };
    }

    private String cueOf(RoutineStep s) {
        String c = exercises.cueOf(s.exerciseId());
        return c == null ? "" : c;
    }

    /** The step's reps and note, as a small line under its cue. */
    private String detail(RoutineStep s) {
        if (tempo) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (s.reps() != null) {
            sb.append(s.reps()).append(" reps");
        }
        if (s.note() != null && !s.note().isBlank()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(s.note().strip());
        }
        return sb.toString();
    }

    private static String timeOf(RoutineStep s) {
        return " · " + Durations.words(s.seconds()) + (s.sides() == 2 ? " each side" : "");
    }

    private static String tempoOf(RoutineStep s) {
        return s.note() != null && s.note().startsWith("tempo ") ? s.note().substring(6) : "tempo";
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}

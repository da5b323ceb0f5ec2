package formcoach.timer.ui;

import formcoach.timer.CueEvent;
import formcoach.timer.Durations;
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

/**
 * Turns the engine's state into what the timer screen shows.
 *
 * <p><b>Per frame</b> ({@link #frame}): reads the time left and the two progress values from the
 * engine (primitives, no allocation) and sets the two progress properties. Only when the shown
 * second, the pause state or the phase changes does it take a {@link Snapshot} and set labels; the
 * clock faces come from {@link ClockStrings}, made once per value. So a steady frame allocates
 * nothing here, and a second boundary allocates one snapshot.
 */
final class RunInteractor implements TimerListener {
    private static final long SECOND = 1_000_000_000L;

    private final RunModel model;
    private final TimerExercises exercises;
    private final ClockStrings digits = new ClockStrings("");
    private final ClockStrings left = new ClockStrings(" left");
    /** a tempo phase lasts a few seconds: a bare count reads better than 0:02 */
    private final ClockStrings count = new ClockStrings("");
    private TimerPlan plan;
    private boolean tempo;
    /**
     * Set by cue events, which may arrive on the cue clock's thread; taken (and cleared in one
     * step) by the frame on the FX thread before it reads the engine, so a change is never lost.
     */
    private final AtomicBoolean phaseDirty = new AtomicBoolean(true);
    private final AtomicBoolean flashPending = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger countdownsPending = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger halfwaysPending = new java.util.concurrent.atomic.AtomicInteger();
    private long shownSecond = -1;
    private long shownTotal = -1;
    private boolean shownPaused;

    RunInteractor(RunModel model, TimerExercises exercises) {
        this.model = model;
        this.exercises = exercises;
    }

    /** A new run of {@code plan}; {@code momentumCue} is shown in a tempo set. */
    void begin(TimerPlan plan, boolean tempoSet, String momentumCue) {
        this.plan = plan;
        this.tempo = tempoSet;
        model.routineName.set(plan.name());
        model.tempoMode.set(tempoSet);
        model.momentumCue.set(momentumCue == null ? "" : momentumCue);
        model.finished.set(false);
        model.confirmingStop.set(false);
        model.summaryTitle.set("");
        model.summaryText.set("");
        model.recordText.set("");
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
        model.stepProgress.set(engine.stepProgress(now));
        model.routineProgress.set(engine.routineProgress(now));
        long second = ceilDiv(engine.remainingNanos(now), SECOND);
        long total = ceilDiv(engine.totalRemainingNanos(now), SECOND);
        boolean paused = engine.isPaused();
        boolean dirty = phaseDirty.getAndSet(false);
        int countdown = countdownsPending.getAndSet(0);
        if (countdown > 0) {
            model.countdowns.set(model.countdowns.get() + 1);
        }
        int halfway = halfwaysPending.getAndSet(0);
        if (halfway > 0) {
            model.halfways.set(model.halfways.get() + 1);
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
        if (tempo && s.phase() == Phase.WORK) {
            model.digits.set(count.ofPlain(shownSecond));
        } else {
            model.digits.set(s.running() ? digits.of(shownSecond) : digits.of(0));
        }
        model.totalLeft.set(s.phase() == Phase.DONE || s.phase() == Phase.STOPPED ? "" : left.of(shownTotal));
        model.paused.set(s.paused());
        model.infoHeading.set(infoHeading(s));
        if (!phaseChanged) {
            return;
        }
        model.phase.set(s.phase());
        RoutineStep cur = s.current();
        model.stepCounter.set(tempo ? "" : "Step " + (s.stepIndex() + 1) + " of " + s.stepCount());
        model.stepName.set(cur.name());
        model.stepCue.set(cueOf(cur));
        model.stepDetail.set(detail(cur));
        model.sideText.set(sideText(s));
        model.phaseWord.set(phaseWord(s));
        if (tempo) {
            model.repText.set(s.rep() > 0 ? "Rep " + s.rep() + " of " + cur.reps() : cur.reps() + " reps at " + tempoOf(cur));
            model.nextName.set("");
            model.nextCue.set("");
        } else if (s.next() != null) {
            model.nextName.set(s.next().name() + timeOf(s.next()));
            model.nextCue.set(cueOf(s.next()));
        } else {
            model.nextName.set(s.phase() == Phase.DONE || s.phase() == Phase.STOPPED ? "" : "This is the last step");
            model.nextCue.set("");
        }
        model.nextExerciseId.set(tempo || s.next() == null || s.next().exerciseId() == null ? "" : s.next().exerciseId());
        if (flashPending.getAndSet(false)) {
            model.phaseChanges.set(model.phaseChanges.get() + 1);
        }
    }

    /** The run ended (done) or was stopped: fill the summary. */
    void finished(RunSummary sum) {
        model.confirmingStop.set(false);
        model.finished.set(true);
        long active = Math.round(sum.activeNanos() / 1e9);
        if (sum.completed() && sum.stepsCompleted() == sum.totalSteps()) {
            model.summaryTitle.set(tempo ? "Set done. Well done!" : "Routine done. Well done!");
        } else if (sum.completed()) {
            model.summaryTitle.set(tempo ? "Set over" : "Routine over");
        } else {
            model.summaryTitle.set(tempo ? "Set stopped" : "Routine stopped");
        }
        StringBuilder sb = new StringBuilder(plan.name()).append(": ");
        if (tempo) {
            sb.append(sum.completed() ? "every rep" : "stopped early").append(", ").append(Durations.words(active)).append('.');
        } else {
            sb.append(sum.stepsCompleted()).append(" of ").append(sum.totalSteps()).append(" steps, ")
                    .append(Durations.words(active)).append(" without pauses.");
        }
        model.summaryText.set(sb.toString());
        if (tempo) {
            model.recordText.set("Tempo sets are not added to your history; only warm-ups and cool-downs are.");
        } else if (SessionLog.shouldRecord(sum)) {
            model.recordText.set("Saving to your history…");
        } else {
            model.recordText.set("Not added to your history: less than half of the routine was done.");
        }
    }

    /** The session record was written (called on the FX thread). */
    void recorded(SessionRecord r) {
        model.recordText.set("Added to your history: " + r.routineName() + ", " + r.stepsCompleted() + " of "
                + r.totalSteps() + " steps, " + Durations.words(r.durationSeconds())
                + (r.completed() ? ", completed." : ", stopped after more than half."));
    }

    void recordFailed(String message) {
        model.recordText.set(message);
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

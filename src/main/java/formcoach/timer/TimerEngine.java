package formcoach.timer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Runs a {@link TimerPlan} against a monotonic clock.
 *
 * <p><b>Time.</b> The current phase has an end time on the clock; the time left is always
 * {@code end - now}. When a phase ends, the next one starts at that end time, not at the tick that
 * noticed it, so neither tick frequency nor a stalled caller can make the schedule drift. Pausing
 * stores nothing but the pause instant; resuming moves the end time by exactly the paused span.
 *
 * <p><b>Ticks.</b> {@link #tick()} may be called at any rate. It processes every phase end and cue
 * that fell due since the last call, in order, each exactly once, with its ideal due time in
 * {@link CueEvent#dueNanos()}. A tick with nothing due allocates nothing.
 *
 * <p><b>Commands</b> take effect at the clock's current time, after catching up on anything due
 * (so even a command that changes nothing, such as start() while running, acts as a tick):
 * <ul>
 *   <li>{@link #start()}: READY to the first lead-in (no-op otherwise);</li>
 *   <li>{@link #pause()}, {@link #resume()}, {@link #togglePause()};</li>
 *   <li>{@link #skip()}: to the next step's lead-in; past the last step the routine ends (ROUTINE_END);</li>
 *   <li>{@link #back()}: more than 2 s into the current step's work (lead-in not counted, pauses
 *       not counted) restarts the step from its lead-in; otherwise (in its lead-in, or in its
 *       first 2 s) goes to the previous step's lead-in, or restarts step 1 if there is none. This
 *       is a music player's back button: a quick double press walks back through the steps;</li>
 *   <li>{@link #restart()}: from any state, a new run from the first lead-in (a running run is
 *       first stopped: ROUTINE_STOPPED);</li>
 *   <li>{@link #stop()}: ends the run (ROUTINE_STOPPED; phase STOPPED).</li>
 * </ul>
 * A skip, back or restart while paused stays paused, at the start of the new phase (a restart
 * emits ROUTINE_START and LEAD_IN_START; the lead-in's countdown waits for resume).
 * A step left early gets its STEP_END with {@code interrupted = true}, so every STEP_START is
 * matched by exactly one STEP_END.
 *
 * <p>Thread-safe: every method holds the engine's lock. Listeners run on whichever thread caught
 * the engine up (the UI thread's frame, or a {@link CueClock}'s thread while the UI thread is
 * busy), under that lock and one event at a time, in order.
 */
public final class TimerEngine {
    /** back() restarts the current step when more than this much of it has run. */
    public static final long BACK_RESTART_THRESHOLD_NANOS = 2_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    /** halfway is only announced when the phase is long enough for it not to run into the countdown */
    private static final long MIN_HALFWAY_PHASE_NANOS = 6 * SECOND;
    private static final int NO_SLOT = 4;

    private enum Status { READY, RUNNING, DONE, STOPPED }

    private final MonotonicClock clock;
    private final TimerPlan plan;
    private TimerListener[] listeners = new TimerListener[0];

    private Status status = Status.READY;
    private boolean paused;
    private long pausedAt;
    private int seg;
    private long segEnd;
    /** 0 halfway, 1..3 countdown 3, 2, 1; NO_SLOT when none is left in this segment */
    private int nextSlot = NO_SLOT;
    private boolean stepOpen;
    private boolean dispatching;

    private long startedAt;
    private long endedAt;
    private long pausedTotal;
    private long workedNanos;
    private final BitSet completedSteps = new BitSet();

    public TimerEngine(MonotonicClock clock, TimerPlan plan) {
        this.clock = Objects.requireNonNull(clock);
        this.plan = Objects.requireNonNull(plan);
    }

    /** A routine with the given lead-in (3-10 s) and the default 5 s switch-sides pause. */
    public TimerEngine(MonotonicClock clock, Routine routine, int leadInSeconds) {
        this(clock, TimerPlan.of(routine, leadInSeconds, TimerPlan.DEFAULT_SWITCH_SECONDS));
    }

    public TimerPlan plan() {
        return plan;
    }

    public synchronized void addListener(TimerListener l) {
        TimerListener[] a = Arrays.copyOf(listeners, listeners.length + 1);
        a[a.length - 1] = Objects.requireNonNull(l);
        listeners = a;
    }

    public synchronized void removeListener(TimerListener l) {
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] == l) {
                TimerListener[] a = new TimerListener[listeners.length - 1];
                System.arraycopy(listeners, 0, a, 0, i);
                System.arraycopy(listeners, i + 1, a, i, listeners.length - i - 1);
                listeners = a;
                return;
            }
        }
    }

    // ---------------------------------------------------------------- commands

    /** Catches up to now: emits every cue and phase change that fell due. Returns how many events were emitted. */
    public synchronized int tick() {
        checkNotDispatching();
        return advance(clock.nanoTime());
    }

    public synchronized void start() {
        checkNotDispatching();
        long now = clock.nanoTime();
        if (status == Status.READY) {
            begin(now, false);
        } else {
            advance(now);
        }
    }

    public synchronized void pause() {
        checkNotDispatching();
        long now = clock.nanoTime();
        advance(now);
        if (status == Status.RUNNING && !paused) {
            paused = true;
            pausedAt = now;
        }
    }

    public synchronized void resume() {
        checkNotDispatching();
        long now = clock.nanoTime();
        if (status == Status.RUNNING && paused) {
            long d = now - pausedAt;
            segEnd += d;
            pausedTotal += d;
            paused = false;
        }
        advance(now);
    }

    /** Pauses a running timer, resumes a paused one, starts one that is READY. */
    public synchronized void togglePause() {
        if (status == Status.READY) {
            start();
        } else if (paused) {
            resume();
        } else {
            pause();
        }
    }

    public synchronized void skip() {
        checkNotDispatching();
        long now = clock.nanoTime();
        advance(now);
        if (status != Status.RUNNING) {
            return;
        }
        rebasePause(now);
        int step = plan.segment(seg).stepIndex();
        leaveCurrent(now);
        if (step + 1 < plan.stepCount()) {
            enterSegment(plan.firstSegmentOf(step + 1), now);
            advance(now);
        } else {
            finish(now);
        }
    }

    public synchronized void back() {
        checkNotDispatching();
        long now = clock.nanoTime();
        advance(now);
        if (status != Status.RUNNING) {
            return;
        }
        rebasePause(now);
        Segment s = plan.segment(seg);
        int step = s.stepIndex();
        boolean restartThisStep = s.phase() != Phase.LEAD_IN && elapsedInStep(now) > BACK_RESTART_THRESHOLD_NANOS;
        int target = restartThisStep ? step : Math.max(step - 1, 0);
        leaveCurrent(now);
        enterSegment(plan.firstSegmentOf(target), now);
        advance(now);
    }

    public synchronized void restart() {
        checkNotDispatching();
        long now = clock.nanoTime();
        if (status == Status.RUNNING) {
            advance(now);
        }
        // Like skip and back, a restart while paused keeps the pause: the person paused for a reason,
        // and the new run should not start counting down behind their back.
        boolean stayPaused = status == Status.RUNNING && paused;
        if (status == Status.RUNNING) {
            rebasePause(now);
            leaveCurrent(now);
            status = Status.STOPPED;
            endedAt = now;
            paused = false;
            emit(CueType.ROUTINE_STOPPED, now, plan.segment(seg).stepIndex(), plan.segment(seg).side(), 0, null, false);
        }
        begin(now, stayPaused);
    }

    public synchronized void stop() {
        checkNotDispatching();
        long now = clock.nanoTime();
        advance(now);
        if (status != Status.RUNNING) {
            return;
        }
        rebasePause(now);
        leaveCurrent(now);
        status = Status.STOPPED;
        endedAt = now;
        paused = false;
        emit(CueType.ROUTINE_STOPPED, now, plan.segment(seg).stepIndex(), plan.segment(seg).side(), 0, null, false);
    }

    // ---------------------------------------------------------------- state for the screen

    public synchronized Phase phase() {
        return switch (status) {
            case READY -> Phase.READY;
            case DONE -> Phase.DONE;
            case STOPPED -> Phase.STOPPED;
            case RUNNING -> plan.segment(seg).phase();
        };
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** True between start and the end or stop of a run. */
    public synchronized boolean isRunning() {
        return status == Status.RUNNING;
    }

    /** The current step (0-based), always within range. */
    public synchronized int stepIndex() {
        return status == Status.READY ? 0 : status == Status.DONE ? plan.stepCount() - 1 : plan.segment(seg).stepIndex();
    }

    /** {@code end - now} of the current phase, not clamped (for checks); 0 unless running. */
    long rawRemainingNanos(long now) {
        if (status != Status.RUNNING) {
            return 0;
        }
        return segEnd - (paused ? pausedAt : now);
    }

    /**
     * Time left in the current phase at {@code now}, as {@link #snapshot(long)} shows it, without
     * allocating: the timer screen reads this every frame and only takes a snapshot when the shown
     * second or the phase changes.
     */
    public synchronized long remainingNanos(long now) {
        return switch (status) {
            case READY -> plan.segment(0).nanos();
            case RUNNING -> clampedRemaining(now);
            default -> 0;
        };
    }

    /** Time left in the whole plan at {@code now}, as the snapshot shows it; no allocation. */
    public synchronized long totalRemainingNanos(long now) {
        return switch (status) {
            case READY -> plan.totalNanos();
            case DONE -> 0;
            default -> clampedRemaining(now) + plan.nanosFrom(seg + 1);
        };
    }

    /** 0-1 through the current step's work and switch (0 in its lead-in), as the snapshot shows it; no allocation. */
    public synchronized double stepProgress(long now) {
        return switch (status) {
            case READY -> 0.0;
            case DONE -> 1.0;
            default -> {
                Segment s = plan.segment(seg);
                yield s.phase() == Phase.LEAD_IN ? 0.0
                        : (double) (plan.offsetInStep(seg) + s.nanos() - clampedRemaining(now)) / plan.stepActiveNanos(s.stepIndex());
            }
        };
    }

    /** 0-1 through the whole plan's running time, as the snapshot shows it; no allocation. */
    public synchronized double routineProgress(long now) {
        return switch (status) {
            case READY -> 0.0;
            case DONE -> 1.0;
            default -> 1.0 - (double) totalRemainingNanos(now) / plan.totalNanos();
        };
    }

    private long clampedRemaining(long now) {
        Segment s = plan.segment(seg);
        long t = status == Status.STOPPED ? endedAt : paused ? pausedAt : now;
        return Math.max(0, Math.min(s.nanos(), segEnd - t));
    }

    /** What the screen shows at the clock's current time. Call {@link #tick()} first so phase changes are applied. */
    public synchronized Snapshot snapshot() {
        return snapshot(clock.nanoTime());
    }

    /**
     * What the screen shows at {@code now}. Read-only: it does not advance the run; a phase whose
     * end has passed without a tick shows 0 remaining until the next tick. Allocates one Snapshot.
     */
    public synchronized Snapshot snapshot(long now) {
        int n = plan.stepCount();
        switch (status) {
            case READY: {
                Segment first = plan.segment(0);
                return new Snapshot(Phase.READY, 0, n, 1, plan.steps().get(0).sides(), null, 0,
                        first.nanos(), 0, 0.0, 0.0, plan.totalNanos(), false,
                        plan.steps().get(0), n > 1 ? plan.steps().get(1) : null);
            }
            case DONE: {
                Segment last = plan.segment(plan.segmentCount() - 1);
                return new Snapshot(Phase.DONE, n - 1, n, last.side(), plan.steps().get(n - 1).sides(), null, 0,
                        0, 0, 1.0, 1.0, 0, false, plan.steps().get(n - 1), null);
            }
            default:
                break;
        }
        Segment s = plan.segment(seg);
        long t = status == Status.STOPPED ? endedAt : paused ? pausedAt : now;
        long rem = Math.max(0, Math.min(s.nanos(), segEnd - t));
        long total = rem + plan.nanosFrom(seg + 1);
        double stepProgress = s.phase() == Phase.LEAD_IN ? 0.0
                : (double) (plan.offsetInStep(seg) + s.nanos() - rem) / plan.stepActiveNanos(s.stepIndex());
        double routineProgress = 1.0 - (double) total / plan.totalNanos();
        int i = s.stepIndex();
        return new Snapshot(status == Status.STOPPED ? Phase.STOPPED : s.phase(), i, n, s.side(),
                plan.steps().get(i).sides(), s.label(), s.rep(), status == Status.STOPPED ? 0 : rem,
                status == Status.STOPPED ? 0 : s.nanos(), stepProgress, routineProgress, total, paused,
                plan.steps().get(i), i + 1 < n ? plan.steps().get(i + 1) : null);
    }

    /** How far the run got, as of the clock's current time (or its end). */
    public synchronized RunSummary summary() {
        long now = clock.nanoTime();
        long worked = workedNanos;
        if (status == Status.RUNNING && plan.segment(seg).phase() == Phase.WORK) {
            worked += plan.segment(seg).nanos() - Math.max(0, Math.min(plan.segment(seg).nanos(), segEnd - (paused ? pausedAt : now)));
        }
        long active = 0;
        if (status == Status.RUNNING) {
            active = (paused ? pausedAt : now) - startedAt - pausedTotal;
        } else if (status != Status.READY) {
            active = endedAt - startedAt - pausedTotal;
        }
        return new RunSummary(plan.id(), plan.name(), plan.kind(), completedSteps.cardinality(), plan.stepCount(),
                worked, plan.workNanos(), active, status == Status.DONE);
    }

    // ---------------------------------------------------------------- the schedule

    /** A new run from the first lead-in at {@code now}; when {@code pausedFromStart}, paused at its very start. */
    private void begin(long now, boolean pausedFromStart) {
        status = Status.RUNNING;
        paused = pausedFromStart;
        pausedAt = now;
        stepOpen = false;
        startedAt = now;
        endedAt = 0;
        pausedTotal = 0;
        workedNanos = 0;
        completedSteps.clear();
        emit(CueType.ROUTINE_START, now, 0, 1, 0, null, false);
        enterSegment(0, now);
        advance(now);
    }

    private int advance(long now) {
        if (status != Status.RUNNING || paused) {
            return 0;
        }
        int emitted = 0;
        while (true) {
            while (nextSlot < NO_SLOT) {
                long due = slotDue(nextSlot);
                if (due > now) {
                    break;
                }
                Segment s = plan.segment(seg);
                if (nextSlot == 0) {
                    emitted += emit(CueType.HALFWAY, due, s.stepIndex(), s.side(), 0, s.label(), false);
                } else {
                    emitted += emit(CueType.COUNTDOWN, due, s.stepIndex(), s.side(), 4 - nextSlot, s.label(), false);
                }
                nextSlot = nextEnabledSlot(nextSlot + 1);
            }
            if (segEnd > now) {
                return emitted;
            }
            emitted += endSegment(segEnd);
            if (status != Status.RUNNING) {
                return emitted;
            }
        }
    }

    /** The current segment ran to its end at {@code due}: move on to the next one, starting exactly then. */
    private int endSegment(long due) {
        int emitted = 0;
        Segment s = plan.segment(seg);
        if (s.phase() == Phase.WORK) {
            workedNanos += s.nanos();
        }
        boolean lastOfStep = seg + 1 == plan.segmentCount() || plan.segment(seg + 1).stepIndex() != s.stepIndex();
        if (lastOfStep && stepOpen) {
            stepOpen = false;
            completedSteps.set(s.stepIndex());
            emitted += emit(CueType.STEP_END, due, s.stepIndex(), s.side(), 0, null, false);
        }
        if (seg + 1 == plan.segmentCount()) {
            emitted += finish(due);
        } else {
            emitted += enterSegment(seg + 1, due);
        }
        return emitted;
    }

    private int enterSegment(int i, long start) {
        int emitted = 0;
        Segment previous = plan.segment(seg);
        seg = i;
        Segment s = plan.segment(i);
        segEnd = start + s.nanos();
        nextSlot = nextEnabledSlot(0);
        switch (s.phase()) {
            case LEAD_IN -> emitted += emit(CueType.LEAD_IN_START, start, s.stepIndex(), s.side(), 0, null, false);
            case SWITCH_SIDES -> emitted += emit(CueType.SWITCH_SIDES, start, s.stepIndex(), s.side(), 0, null, false);
            case WORK -> {
                if (!stepOpen) {
                    stepOpen = true;
                    emitted += emit(CueType.STEP_START, start, s.stepIndex(), s.side(), 0, null, false);
                } else if (previous.phase() == Phase.SWITCH_SIDES && previous.stepIndex() == s.stepIndex()) {
                    emitted += emit(CueType.SIDE_START, start, s.stepIndex(), s.side(), 0, null, false);
                }
                if (s.label() != null) {
                    emitted += emit(CueType.TEMPO_PHASE, start, s.stepIndex(), s.side(), s.rep(), s.label(), false);
                }
            }
            default -> throw new IllegalStateException(s.phase().name());
        }
        return emitted;
    }

    private int finish(long due) {
        status = Status.DONE;
        paused = false;
        endedAt = due;
        return emit(CueType.ROUTINE_END, due, plan.stepCount() - 1, plan.segment(seg).side(), 0, null, false);
    }

    /** Leaves the current segment early at {@code now} (skip, back, restart, stop). */
    private void leaveCurrent(long now) {
        Segment s = plan.segment(seg);
        if (s.phase() == Phase.WORK) {
            workedNanos += s.nanos() - Math.max(0, Math.min(s.nanos(), segEnd - now));
        }
        if (stepOpen) {
            stepOpen = false;
            emit(CueType.STEP_END, now, s.stepIndex(), s.side(), 0, null, true);
        }
    }

    /** Makes a paused run look as if it had been paused at {@code now}, so a jump starts its phase at now. */
    private void rebasePause(long now) {
        if (paused) {
            long d = now - pausedAt;
            segEnd += d;
            pausedTotal += d;
            pausedAt = now;
        }
    }

    private long elapsedInStep(long now) {
        Segment s = plan.segment(seg);
        long rem = Math.max(0, Math.min(s.nanos(), segEnd - (paused ? pausedAt : now)));
        return plan.offsetInStep(seg) + s.nanos() - rem;
    }

    private int nextEnabledSlot(int from) {
        Segment s = plan.segment(seg);
        for (int k = from; k < NO_SLOT; k++) {
            if (k == 0) {
                if (s.halfway() && s.nanos() > MIN_HALFWAY_PHASE_NANOS) {
                    return 0;
                }
            } else if (s.countdown() && (4 - k) * SECOND <= s.nanos()) {
                return k;
            }
        }
        return NO_SLOT;
    }

    private long slotDue(int slot) {
        Segment s = plan.segment(seg);
        if (slot == 0) {
            return segEnd - s.nanos() + s.nanos() / 2;
        }
        return segEnd - (4 - slot) * SECOND;
    }

    private int emit(CueType type, long due, int step, int side, int number, String label, boolean interrupted) {
        TimerListener[] ls = listeners;
        if (ls.length == 0) {
            return 1;
        }
        CueEvent e = new CueEvent(type, due, step, side, number, label, interrupted);
        dispatching = true;
        try {
            for (TimerListener l : ls) {
                try {
                    l.onCue(e);
                } catch (RuntimeException ex) {
                    // one broken listener (a sound glitch, a UI bug) must not leave the schedule half-updated
                    Thread t = Thread.currentThread();
                    t.getUncaughtExceptionHandler().uncaughtException(t, ex);
                }
            }
        } finally {
            dispatching = false;
        }
        return 1;
    }

    private void checkNotDispatching() {
        if (dispatching) {
            throw new IllegalStateException("a timer listener may not call the timer's commands");
        }
    }
}

package formcoach.timer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A routine laid out as the engine runs it: every segment in order with its length. Built once;
 * the engine only reads it, so nothing is computed or allocated per frame.
 */
public final class TimerPlan {
    public static final int DEFAULT_LEAD_IN_SECONDS = 3;
    public static final int MIN_LEAD_IN_SECONDS = 3;
    public static final int MAX_LEAD_IN_SECONDS = 10;
    public static final int DEFAULT_SWITCH_SECONDS = 5;
    private static final long SECOND = 1_000_000_000L;

    private final String id;
    private final String name;
    private final RoutineKind kind;
    private final List<RoutineStep> steps;
    private final Segment[] segments;
    private final int[] firstSegmentOfStep;
    /** sum of the lengths of all segments from index i to the end; suffix[length] = 0 */
    private final long[] suffix;
    /** time of the step's non-lead-in segments before segment i (0 for lead-ins) */
    private final long[] offsetInStep;
    /** length of each step without its lead-in */
    private final long[] stepActiveNanos;
    private final long workNanos;

    public TimerPlan(String id, String name, RoutineKind kind, List<RoutineStep> steps, List<Segment> segments) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.steps = List.copyOf(steps);
        this.segments = segments.toArray(new Segment[0]);
        if (this.steps.isEmpty() || this.segments.length == 0) {
            throw new IllegalArgumentException("a plan needs at least one step and one segment");
        }
        firstSegmentOfStep = new int[this.steps.size()];
        java.util.Arrays.fill(firstSegmentOfStep, -1);
        offsetInStep = new long[this.segments.length];
        stepActiveNanos = new long[this.steps.size()];
        long work = 0;
        int lastStep = 0;
        for (int i = 0; i < this.segments.length; i++) {
            Segment s = this.segments[i];
            if (s.stepIndex() < lastStep || s.stepIndex() >= this.steps.size() || (i == 0 && s.stepIndex() != 0)
                    || (s.stepIndex() > lastStep + 1)) {
                throw new IllegalArgumentException("segments must cover steps 0.." + (this.steps.size() - 1) + " in order");
            }
            lastStep = s.stepIndex();
            if (firstSegmentOfStep[s.stepIndex()] < 0) {
                firstSegmentOfStep[s.stepIndex()] = i;
            }
            if (s.phase() != Phase.LEAD_IN) {
                offsetInStep[i] = stepActiveNanos[s.stepIndex()];
                stepActiveNanos[s.stepIndex()] += s.nanos();
            }
            if (s.phase() == Phase.WORK) {
                work += s.nanos();
            }
        }
        if (lastStep != this.steps.size() - 1) {
            throw new IllegalArgumentException("every step needs at least one segment");
        }
        for (int st = 0; st < stepActiveNanos.length; st++) {
            if (stepActiveNanos[st] == 0) {
                throw new IllegalArgumentException("step " + (st + 1) + " has no work");
            }
        }
        suffix = new long[this.segments.length + 1];
        for (int i = this.segments.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + this.segments[i].nanos();
        }
        workNanos = work;
    }

    /**
     * The usual plan for a routine: before every step a lead-in; each side of a step is a work
     * phase; between two sides a switch pause. Countdowns run in all three; halfway in work phases.
     * The routine is not validated here (use {@link RoutineValidator}), but every step must have
     * seconds &gt; 0 and sides 1 or 2.
     */
    public static TimerPlan of(Routine r, int leadInSeconds, int switchSeconds) {
        if (leadInSeconds < MIN_LEAD_IN_SECONDS || leadInSeconds > MAX_LEAD_IN_SECONDS) {
            throw new IllegalArgumentException("lead-in must be " + MIN_LEAD_IN_SECONDS + "-" + MAX_LEAD_IN_SECONDS
                    + " seconds, got " + leadInSeconds);
        }
        if (switchSeconds < 1 || switchSeconds > 60) {
            throw new IllegalArgumentException("switch pause must be 1-60 seconds, got " + switchSeconds);
        }
        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < r.steps().size(); i++) {
            RoutineStep s = r.steps().get(i);
            if (s == null || s.seconds() <= 0 || (s.sides() != 1 && s.sides() != 2)) {
                throw new IllegalArgumentException(RoutineValidator.stepLabel(i, s == null ? null : s.name())
                        + " cannot be timed; validate the routine first");
            }
            segs.add(new Segment(Phase.LEAD_IN, i, 1, leadInSeconds * SECOND, null, 0, true, false));
            for (int side = 1; side <= s.sides(); side++) {
                if (side > 1) {
                    segs.add(new Segment(Phase.SWITCH_SIDES, i, side, switchSeconds * SECOND, null, 0, true, false));
                }
                segs.add(new Segment(Phase.WORK, i, side, s.seconds() * SECOND, null, 0, true, true));
            }
        }
        return new TimerPlan(r.id() == null ? "routine" : r.id(), r.name() == null ? "" : r.name(),
                r.kind() == null ? RoutineKind.CUSTOM : r.kind(), r.steps(), segs);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RoutineKind kind() {
        return kind;
    }

    public List<RoutineStep> steps() {
        return steps;
    }

    public int stepCount() {
        return steps.size();
    }

    public int segmentCount() {
        return segments.length;
    }

    public Segment segment(int i) {
        return segments[i];
    }

    public List<Segment> segments() {
        return List.of(segments);
    }

    /** Index of the first segment (its lead-in, if any) of a step. */
    public int firstSegmentOf(int step) {
        return firstSegmentOfStep[step];
    }

    /** Running time of the whole plan, lead-ins and switch pauses included. */
    public long totalNanos() {
        return suffix[0];
    }

    /** Running time from the start of segment {@code i} to the end. */
    public long nanosFrom(int i) {
        return suffix[i];
    }

    /** Time of work phases only. */
    public long workNanos() {
        return workNanos;
    }

    long offsetInStep(int segment) {
        return offsetInStep[segment];
    }

    /** A step's length without its lead-in (work and switch pauses). */
    public long stepActiveNanos(int step) {
        return stepActiveNanos[step];
    }
}

package formcoach.timer;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of one lift at a fixed tempo, against momentum: each rep is a pull, a squeeze and a lower
 * phase, timed by the same {@link TimerEngine} as the routines. The run is one step whose work
 * phases carry their name ({@link Segment#label()}: "pull", "squeeze", "lower") and rep number,
 * so each phase start emits {@link CueType#TEMPO_PHASE} and the snapshot shows both. A squeeze of
 * 0 s is left out. There is one lead-in before the set, no countdowns inside it.
 */
public record TempoRoutine(String exerciseId, String name, Tempo tempo, int reps) {
    public static final int MAX_REPS = 50;
    public static final String PULL = "pull";
    public static final String SQUEEZE = "squeeze";
    public static final String LOWER = "lower";
    private static final long SECOND = 1_000_000_000L;

    public TempoRoutine {
        if (reps < 1 || reps > MAX_REPS) {
            throw new IllegalArgumentException("reps must be 1-" + MAX_REPS + ", got " + reps);
        }
        if (exerciseId == null || exerciseId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tempo set needs an exercise id and a name");
        }
    }

    /** @param tempo "2-1-2": seconds to pull, squeeze and lower */
    public static TempoRoutine of(String exerciseId, String name, String tempo, int reps) throws RoutineException {
        Tempo t = Tempo.parse(tempo);
        if (reps < 1 || reps > MAX_REPS) {
            throw new RoutineException("reps must be 1-" + MAX_REPS + ", got " + reps);
        }
        return new TempoRoutine(exerciseId, name, t, reps);
    }

    /** The plan the engine runs: a lead-in of {@code leadInSeconds} (3-10), then every phase of every rep. */
    public TimerPlan plan(int leadInSeconds) {
        if (leadInSeconds < TimerPlan.MIN_LEAD_IN_SECONDS || leadInSeconds > TimerPlan.MAX_LEAD_IN_SECONDS) {
            throw new IllegalArgumentException("lead-in must be 3-10 seconds, got " + leadInSeconds);
        }
        List<Segment> segs = new ArrayList<>();
        segs.add(new Segment(Phase.LEAD_IN, 0, 1, leadInSeconds * SECOND, null, 0, true, false));
        for (int rep = 1; rep <= reps; rep++) {
            segs.add(new Segment(Phase.WORK, 0, 1, tempo.pull() * SECOND, PULL, rep, false, false));
            if (tempo.squeeze() > 0) {
                segs.add(new Segment(Phase.WORK, 0, 1, tempo.squeeze() * SECOND, SQUEEZE, rep, false, false));
            }
            segs.add(new Segment(Phase.WORK, 0, 1, tempo.lower() * SECOND, LOWER, rep, false, false));
        }
        RoutineStep step = new RoutineStep(exerciseId, name, tempo.secondsPerRep() * reps, 1, reps, "tempo " + tempo);
        return new TimerPlan("tempo-" + exerciseId, name + " at " + tempo, RoutineKind.CUSTOM, List.of(step), segs);
    }
}

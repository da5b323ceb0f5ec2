package formcoach.log;

import formcoach.library.Exercise;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session offered to the log but not saved: what "before you lift" planned or what a finished timer
 * routine did, opened in the Log section's entry for the person to complete and confirm. Nothing of
 * it is stored until {@link #toSession} is saved.
 *
 * <ul>
 *   <li>From a plan: each lift with no sets yet, ready to type ({@code 3x8x60}).</li>
 *   <li>From a timer routine: each step as <em>warm-up</em> sets (timed, with the step's reps when it
 *       has a target). A warm-up or mobility routine prepares the muscles; it is not training load,
 *       so its steps must never count as working sets in the weekly sets, the load jump or recovery
 *       (docs/decisions/0015-log-links.md).</li>
 * </ul>
 *
 * @param origin "plan" or "timer"
 * @param note   kept with the session (for a timer run: its steps and duration)
 */
public record SessionDraft(LocalDateTime start, String title, String origin, String note, List<Line> lines) {
    public static final String PLAN = "plan";
    public static final String TIMER = "timer";

    /** One exercise of the draft: prefilled sets (from the timer) or none yet (from a plan). */
    public record Line(String exerciseId, String name, List<LoggedSet> sets) {
        public Line {
            Objects.requireNonNull(name, "name");
            sets = sets == null ? List.of() : List.copyOf(sets);
        }
    }

    /** One step of a finished timer routine, as the draft needs it. */
    public record Step(String exerciseId, String name, int secondsPerSide, int sides, Integer reps) {
    }

    public SessionDraft {
        Objects.requireNonNull(start, "start");
        title = title == null ? "" : title.strip();
        origin = origin == null ? PLAN : origin;
        note = note == null ? "" : note;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Today's "before you lift" lifts, each with empty sets to type. */
    public static SessionDraft fromPlan(LocalDateTime start, List<Exercise> lifts) {
        List<Line> lines = lifts.stream().map(e -> new Line(e.id(), e.name(), List.of())).toList();
        String title = formcoach.library.TodayPlan.sessionTitle(lifts.stream().map(Exercise::name).toList());
        return new SessionDraft(start, title, PLAN, "", lines);
    }

    /**
     * A finished (or more than half done) timer routine: its steps done, in order, each as one
     * warm-up set per side, timed; the note says how far it got and how long it took.
     *
     * @param stepsDone how many steps ran to their end (the first ones of the routine are taken)
     */
    public static SessionDraft fromTimer(LocalDateTime start, String routineName, List<Step> steps, int stepsDone,
                                         long durationSeconds, boolean completed) {
        List<Line> lines = new ArrayList<>();
        int n = Math.max(0, Math.min(stepsDone, steps.size()));
        for (Step s : steps.subList(0, n)) {
            List<LoggedSet> sets = new ArrayList<>();
            for (int side = 0; side < Math.max(1, s.sides()); side++) {
                sets.add(new LoggedSet(s.reps() == null ? 0 : s.reps(), 0, WeightUnit.KG, LoadKind.BODYWEIGHT, SetType.WARMUP,
                        null, null, null, s.secondsPerSide()));
            }
            lines.add(new Line(s.exerciseId(), s.name(), sets));
        }
        String note = "Timer: " + routineName + ", " + n + " of " + steps.size() + " steps, " + minutes(durationSeconds)
                + (completed ? "" : " (stopped after more than half)");
        return new SessionDraft(start, routineName, TIMER, note, lines);
    }

    static String minutes(long seconds) {
        long m = seconds / 60;
        long s = seconds % 60;
        return m == 0 ? s + " s" : s == 0 ? m + " min" : m + " min " + s + " s";
    }

    /**
     * The session to save: each line with the sets given for it ({@code entered.get(i)}, or its own
     * prefilled sets when that is null); lines left with no sets are left out.
     *
     * @throws IllegalArgumentException when no line has a set
     */
    public Session toSession(List<List<LoggedSet>> entered) {
        List<LoggedExercise> ex = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<LoggedSet> sets = entered != null && i < entered.size() && entered.get(i) != null ? entered.get(i) : l.sets();
            if (!sets.isEmpty()) {
                ex.add(new LoggedExercise(l.exerciseId(), l.name(), sets, ""));
            }
        }
        if (ex.isEmpty()) {
            throw new IllegalArgumentException("nothing to save: type the sets of at least one lift (e.g. 3x8x60)");
        }
        return new Session(null, start, title, "manual", null, note, ex);
    }
}

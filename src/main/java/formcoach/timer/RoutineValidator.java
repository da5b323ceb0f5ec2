package formcoach.timer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules every routine follows (built-in, stored, edited or imported). Messages name the step
 * (1-based, with its name) and the field, e.g. {@code step 3 (Arm circles): a step lasts from 5 seconds to 60 minutes, not -5 seconds}.
 */
public final class RoutineValidator {
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 3600;
    /** Limit on {@link Routine#workSeconds()}: two hours. */
    public static final long MAX_TOTAL_SECONDS = 2 * 3600;
    public static final int MAX_NAME_LENGTH = 80;
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Predicate<String> knownExercise;

    /** @param knownExercise true for every exercise id in the library */
    public RoutineValidator(Predicate<String> knownExercise) {
        this.knownExercise = Objects.requireNonNull(knownExercise);
    }

    public static RoutineValidator of(Set<String> knownExerciseIds) {
        Set<String> copy = Set.copyOf(knownExerciseIds);
        return new RoutineValidator(copy::contains);
    }

    /** Every problem, in file order; empty when the routine is fine. */
    public List<RoutineProblem> validate(Routine r) {
        List<RoutineProblem> out = new ArrayList<>();
        if (r.id() == null || r.id().isBlank()) {
            out.add(new RoutineProblem(-1, "id", "id is required"));
        } else if (!ID.matcher(r.id()).matches()) {
            out.add(new RoutineProblem(-1, "id", "id '" + r.id() + "' must be lower-case letters, digits and single dashes"));
        }
        if (r.name() == null || r.name().isBlank()) {
            out.add(new RoutineProblem(-1, "name", "name is required"));
        } else if (r.name().length() > MAX_NAME_LENGTH) {
            out.add(new RoutineProblem(-1, "name", "name is too long (" + r.name().length() + " characters, at most " + MAX_NAME_LENGTH + ")"));
        }
        if (r.kind() == null) {
            out.add(new RoutineProblem(-1, "kind", "kind is required (warmup, cooldown or custom)"));
        }
        if (r.steps().isEmpty()) {
            out.add(new RoutineProblem(-1, "steps", "steps: a routine needs at least one step"));
        }
        for (int i = 0; i < r.steps().size(); i++) {
            validateStep(i, r.steps().get(i), out);
        }
        long total = r.workSeconds();
        if (total > MAX_TOTAL_SECONDS) {
            out.add(new RoutineProblem(-1, "steps", "total time is " + Durations.words(total)
                    + "; a routine may last at most " + Durations.words(MAX_TOTAL_SECONDS)));
        }
        return out;
    }

    /** The problems of one step on its own (the editor checks a step as it is typed). */
    public List<RoutineProblem> validateStep(int index, RoutineStep s) {
        List<RoutineProblem> out = new ArrayList<>();
        validateStep(index, s, out);
        return out;
    }

    private void validateStep(int i, RoutineStep s, List<RoutineProblem> out) {
        if (s == null) {
            out.add(new RoutineProblem(i, "step", stepLabel(i, null) + ": the step is empty"));
            return;
        }
        String where = stepLabel(i, s.name());
        if (s.name() == null || s.name().isBlank()) {
            out.add(new RoutineProblem(i, "name", where + ": name is required"));
        } else if (s.name().length() > MAX_NAME_LENGTH) {
            out.add(new RoutineProblem(i, "name", where + ": name is too long (at most " + MAX_NAME_LENGTH + " characters)"));
        }
        if (s.exerciseId() == null || s.exerciseId().isBlank()) {
            out.add(new RoutineProblem(i, "exerciseId", where + ": exerciseId is required"));
        } else if (!knownExercise.test(s.exerciseId())) {
            out.add(new RoutineProblem(i, "exerciseId", where + ": exerciseId '" + s.exerciseId() + "' is not an exercise in the library"));
        }
        if (s.seconds() < MIN_SECONDS || s.seconds() > MAX_SECONDS) {
            out.add(new RoutineProblem(i, "seconds", where + ": a step lasts from " + MIN_SECONDS + " seconds to "
                    + MAX_SECONDS / 60 + " minutes, not " + s.seconds() + (Math.abs(s.seconds()) == 1 ? " second" : " seconds")));
        }
        if (s.sides() != 1 && s.sides() != 2) {
            out.add(new RoutineProblem(i, "sides", where + ": sides must be 1 or 2, got " + s.sides()));
        }
        if (s.reps() != null && s.reps() < 1) {
            out.add(new RoutineProblem(i, "reps", where + ": reps must be at least 1 when given, got " + s.reps()));
        }
    }

    /** "step 3 (Arm circles)" for 0-based index 2; without the name when it has none. */
    public static String stepLabel(int index, String name) {
        String base = "step " + (index + 1);
        return name == null || name.isBlank() ? base : base + " (" + name.strip() + ")";
    }
}

package formcoach.timer;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A timed routine, in the same shape as the files in {@code assets/routines/} and the import/export
 * format. Values are not checked here (a routine read from a file may be wrong); {@link RoutineValidator}
 * says what is wrong with one.
 *
 * @param id          lower-case letters, digits and dashes; unique among built-in and stored routines
 * @param name        what a person sees
 * @param kind        warmup, cooldown or custom
 * @param description optional, null when absent
 * @param steps       in order; never null after construction (a missing list becomes empty)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Routine(String id, String name, RoutineKind kind, String description, List<RoutineStep> steps)
        implements formcoach.store.StoredRecord {
    public Routine {
        // unmodifiableList rather than List.copyOf: a file may hold a null step, which the validator reports
        steps = steps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(steps));
    }

    /**
     * A stored routine needs an id, a name, a kind and no empty step, each step with a name: the
     * lists and the timer show them. A routine that fails only the validator's content rules (an
     * exercise that left the library, a step too long) is still usable and kept.
     */
    @Override
    public String storeProblem() {
        if (id == null || id.isBlank()) {
            return "the routine has no id";
        }
        if (name == null) {
            return "'" + id + "' has no name";
        }
        if (kind == null) {
            return "'" + id + "' has no kind (warmup, cooldown or custom)";
        }
        for (int i = 0; i < steps.size(); i++) {
            RoutineStep s = steps.get(i);
            if (s == null) {
                return "'" + id + "': step " + (i + 1) + " is empty";
            }
            if (s.name() == null) {
                return "'" + id + "': step " + (i + 1) + " has no name";
            }
        }
        return null;
    }

    /** Seconds of work: the sum of {@code seconds × sides} over the steps (lead-ins and switch pauses not included). */
    public long workSeconds() {
        long total = 0;
        for (RoutineStep s : steps) {
            if (s != null) {
                total += s.workSeconds();
            }
        }
        return total;
    }

    public Routine withId(String newId) {
        return new Routine(newId, name, kind, description, steps);
    }

    public Routine withName(String newName) {
        return new Routine(id, newName, kind, description, steps);
    }

    public Routine withSteps(List<RoutineStep> newSteps) {
        return new Routine(id, name, kind, description, newSteps);
    }

    /** A copy with step {@code index} (0-based) replaced. */
    public Routine withStepReplaced(int index, RoutineStep step) {
        List<RoutineStep> l = new ArrayList<>(steps);
        l.set(index, Objects.requireNonNull(step));
        return withSteps(l);
    }

    /** A copy without step {@code index} (0-based). */
    public Routine withStepRemoved(int index) {
        List<RoutineStep> l = new ArrayList<>(steps);
        l.remove(index);
        return withSteps(l);
    }

    /** A copy with the step at {@code from} moved to position {@code to} (both 0-based); the others keep their order. */
    public Routine withStepMoved(int from, int to) {
        Objects.checkIndex(from, steps.size());
        Objects.checkIndex(to, steps.size());
        List<RoutineStep> l = new ArrayList<>(steps);
        RoutineStep s = l.remove(from);
        l.add(to, s);
        return withSteps(l);
    }
}

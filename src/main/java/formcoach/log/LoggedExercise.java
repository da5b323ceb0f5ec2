package formcoach.log;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One exercise in a session with its sets in the order done.
 *
 * @param exerciseId the library exercise (built-in, custom or imported), or null for a name the
 *                   person kept as their own or has not reviewed yet
 * @param name       the name as shown (the library's name, or the name in the imported file)
 */
@JsonPropertyOrder({"exerciseId", "name", "sets", "note"})
public record LoggedExercise(@JsonInclude(JsonInclude.Include.NON_NULL) String exerciseId, String name,
                             List<LoggedSet> sets, @JsonInclude(JsonInclude.Include.NON_EMPTY) String note) {
    public LoggedExercise {
        exerciseId = exerciseId == null || exerciseId.isBlank() ? null : exerciseId;
        name = name == null ? "" : name.strip();
        if (name.isEmpty() && exerciseId == null) {
            throw new IllegalArgumentException("an exercise needs a name or a library id");
        }
        sets = sets == null ? List.of() : List.copyOf(sets);
        note = note == null ? "" : note;
    }

    public LoggedExercise withSets(List<LoggedSet> s) {
        return new LoggedExercise(exerciseId, name, s, note);
    }

    public LoggedExercise withExercise(String id, String displayName) {
        return new LoggedExercise(id, displayName, sets, note);
    }
}

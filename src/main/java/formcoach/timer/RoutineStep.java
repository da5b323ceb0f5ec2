package formcoach.timer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One step of a routine.
 *
 * @param exerciseId a library exercise id, so the timer can show its cue and muscles
 * @param name       what the screen shows and the voice says
 * @param seconds    how long the step lasts <em>per side</em>
 * @param sides      1, or 2 for a move done on each side in turn, with a switch-sides pause between
 * @param reps       optional target for a counted move (shown, not counted by the timer); null when absent
 * @param note       optional short hint; null when absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutineStep(String exerciseId,
                          String name,
                          // required so that a missing number is reported instead of silently becoming 0
                          @JsonProperty(required = true) int seconds,
                          @JsonProperty(required = true) int sides,
                          Integer reps,
                          String note) {

    /** Seconds of work in this step: {@code seconds × sides} (pauses not included). */
    public long workSeconds() {
        return (long) seconds * sides;
    }

    public RoutineStep withSeconds(int s) {
        return new RoutineStep(exerciseId, name, s, sides, reps, note);
    }
}

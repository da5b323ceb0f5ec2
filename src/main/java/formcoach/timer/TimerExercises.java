package formcoach.timer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the timer needs from the exercise library: a name, a one-line cue and a tempo for each
 * exercise id. Kept this small on purpose so the app can hand the timer an adapter over the library
 * core; {@link AssetTimerExercises} reads the exercise assets directly until then.
 */
public interface TimerExercises {

    /**
     * One exercise as the timer shows it.
     *
     * @param id          library id
     * @param name        display name
     * @param category    "row", "pulldown", "pullup", "deadlift", "warmup", "stretch"...
     * @param cue         the one-line cue ("Hinge, brace, elbows to hips"), may be empty
     * @param tempo       as written in the library ("2-1-2", or words for holds), may be empty
     * @param howTo       one sentence on how to do it, may be empty
     * @param momentumCue the cue against swinging the weight, for lifts that have one
     */
    record ExerciseRef(String id, String name, String category, String cue, String tempo, String howTo,
                       Optional<String> momentumCue) {
        public ExerciseRef {
            Objects.requireNonNull(id);
            name = name == null ? id : name;
            category = category == null ? "" : category;
            cue = cue == null ? "" : cue;
            tempo = tempo == null ? "" : tempo;
            howTo = howTo == null ? "" : howTo;
            momentumCue = momentumCue == null ? Optional.empty() : momentumCue;
        }
    }

    Optional<ExerciseRef> find(String id);

    /** Every exercise, in library order. */
    List<ExerciseRef> all();

    /**
     * The exercises of these categories whose name matches {@code query}, best first; an empty
     * query lists them all in library order. The library answers with its own typo-tolerant search;
     * this plain version matches every word of the query at the start of a word of the name.
     */
    default List<ExerciseRef> search(String query, java.util.Set<String> categories) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        String[] words = q.isEmpty() ? new String[0] : q.split("[^\\p{L}\\p{N}]+");
        return all().stream().filter(e -> categories.contains(e.category())).filter(e -> {
            String name = " " + e.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
            for (String w : words) {
                if (!w.isEmpty() && !name.contains(" " + w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** True when {@code id} is an exercise of the library (what the routine validator asks). */
    default boolean knows(String id) {
        return id != null && find(id).isPresent();
    }

    /** The one-line cue for an exercise id, or null when there is none (what the cue player asks). */
    default String cueOf(String id) {
        return id == null ? null : find(id).map(ExerciseRef::cue).filter(c -> !c.isBlank()).orElse(null);
    }
}

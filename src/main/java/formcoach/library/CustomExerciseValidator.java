package formcoach.library;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Inline validation for the custom-exercise form: field → message, empty when the draft can be saved.
 * Name, category, level, equipment and a primary muscle are required; cues, steps and fault entries
 * are optional, but what is filled in follows the content rules (cue ≤ 8 words, a fault needs its fix
 * and cue, a regression must name another existing exercise, lifts and correctives use a 2-1-2 tempo).
 */
public final class CustomExerciseValidator {
    private CustomExerciseValidator() {
    }

    /**
     * @param exists  whether an exercise id exists (for regressions)
     * @param ownerOf for an id already used elsewhere in the library (built-in or imported), a name for
     *                its owner such as "the built-in exercise Face pull"; null when the id is free or
     *                belongs to this custom exercise
     */
    public static Map<String, String> validate(Exercise draft, Predicate<String> exists, Function<String, String> ownerOf) {
        Map<String, String> out = new LinkedHashMap<>();
        if (draft.name().isBlank()) {
            out.put("name", "Give the exercise a name.");
        }
        for (ExerciseValidator.FieldProblem fp : ExerciseValidator.validate(draft, ExerciseValidator.Mode.PERSONAL, exists)) {
            if (fp.field().equals("id") && draft.id().isEmpty()) {
                continue; // a blank id is made from the name on save
            }
            if (fp.field().equals("name") && out.containsKey("name")) {
                continue;
            }
            out.putIfAbsent(fp.field(), sentence(fp.field(), fp.message()));
        }
        if (draft.equipment().isEmpty()) {
            out.putIfAbsent("equipment", sentence("equipment", ""));
        }
        if (draft.muscles().primary().isEmpty()) {
            out.putIfAbsent("muscles.primary", "Pick at least one primary muscle.");
        }
        if (!draft.id().isEmpty() && !out.containsKey("id")) {
            String owner = ownerOf.apply(draft.id());
            if (owner != null) {
                out.put("id", "The id '" + draft.id() + "' is already used by " + owner + ".");
            }
        }
        return out;
    }

    private static String sentence(String field, String message) {
        String m = switch (field) {
            case "category" -> "Pick a category.";
            case "level" -> "Pick a level.";
            case "equipment" -> "Pick at least one piece of equipment (body only when none is needed).";
            default -> message;
        };
        String s = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}

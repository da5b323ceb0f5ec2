package formcoach.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How free-exercise-db's vocabulary maps onto ours (documented in docs/library-import.md).
 * Their 17 muscle names are coarser than our list, so a few fan out to two of ours.
 */
public final class FreeExerciseDbMapping {
    public static final String ID_PREFIX = "fedb-";

    /** Their muscle name → our muscles. */
    public static final Map<String, List<Muscle>> MUSCLES = Map.ofEntries(
            Map.entry("abdominals", List.of(Muscle.ABDOMINALS)),
            Map.entry("abductors", List.of(Muscle.ABDUCTORS)),
            Map.entry("adductors", List.of(Muscle.ADDUCTORS)),
            Map.entry("biceps", List.of(Muscle.BICEPS)),
            Map.entry("calves", List.of(Muscle.CALVES)),
            Map.entry("chest", List.of(Muscle.PECTORALIS_MAJOR)),
            Map.entry("forearms", List.of(Muscle.FOREARMS)),
            Map.entry("glutes", List.of(Muscle.GLUTES)),
            Map.entry("hamstrings", List.of(Muscle.HAMSTRINGS)),
            Map.entry("lats", List.of(Muscle.LATISSIMUS_DORSI)),
            Map.entry("lower back", List.of(Muscle.LUMBAR_ERECTOR_SPINAE)),
            Map.entry("middle back", List.of(Muscle.RHOMBOIDS, Muscle.MIDDLE_TRAPEZIUS)),
            Map.entry("neck", List.of(Muscle.NECK)),
            Map.entry("quadriceps", List.of(Muscle.QUADRICEPS)),
            Map.entry("shoulders", List.of(Muscle.LATERAL_DELTOID, Muscle.ANTERIOR_DELTOID)),
            Map.entry("traps", List.of(Muscle.UPPER_TRAPEZIUS)),
            Map.entry("triceps", List.of(Muscle.TRICEPS)));

    /** Their equipment → ours; values with no counterpart (medicine ball, exercise ball, other) map to none. */
    public static final Map<String, List<Equipment>> EQUIPMENT = Map.ofEntries(
            Map.entry("barbell", List.of(Equipment.BARBELL)),
            Map.entry("e-z curl bar", List.of(Equipment.BARBELL)),
            Map.entry("dumbbell", List.of(Equipment.DUMBBELL)),
            Map.entry("kettlebells", List.of(Equipment.KETTLEBELL)),
            Map.entry("cable", List.of(Equipment.CABLE)),
            Map.entry("machine", List.of(Equipment.MACHINE)),
            Map.entry("bands", List.of(Equipment.BAND)),
            Map.entry("foam roll", List.of(Equipment.FOAM_ROLLER)),
            Map.entry("body only", List.of(Equipment.BODY_ONLY)),
            Map.entry("medicine ball", List.of()),
            Map.entry("exercise ball", List.of()),
            Map.entry("other", List.of()));

    public static final Map<String, Level> LEVELS = Map.of(
            "beginner", Level.BEGINNER,
            "intermediate", Level.INTERMEDIATE,
            "expert", Level.ADVANCED);

    private static final Pattern DEADLIFT = Pattern.compile("\\bdead ?lifts?\\b");
    private static final Pattern PULLDOWN = Pattern.compile("\\bpull ?-?downs?\\b");
    private static final Pattern PULLUP = Pattern.compile("\\b(pull|chin) ?-?ups?\\b");
    private static final Pattern ROW = Pattern.compile("\\brows?\\b");

    private FreeExerciseDbMapping() {
    }

    /** {@code 3_4_Sit-Up} → {@code fedb-3-4-sit-up} (accents folded); empty when the id has no letters or digits. */
    public static Optional<String> ourId(String theirId) {
        String kebab = TextNorm.normalize(theirId).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return kebab.isEmpty() ? Optional.empty() : Optional.of(ID_PREFIX + kebab);
    }

    /**
     * Their category, force and name → ours. Stretching → stretch, cardio → warm-up; strength-type
     * records whose name says deadlift, pull-down, pull-up/chin-up, or (pulling) row land in that lift
     * category so the filters and "where did you feel it?" work for them; everything else → other.
     */
    public static Category category(String theirCategory, String force, String name) {
        String c = theirCategory == null ? "" : theirCategory.toLowerCase(Locale.ROOT);
        if (c.equals("stretching")) {
            return Category.STRETCH;
        }
        if (c.equals("cardio")) {
            return Category.WARMUP;
        }
        if (!List.of("strength", "powerlifting", "olympic weightlifting", "strongman").contains(c)) {
            return Category.OTHER;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (DEADLIFT.matcher(n).find()) {
            return Category.DEADLIFT;
        }
        if (PULLDOWN.matcher(n).find()) {
            return Category.PULLDOWN;
        }
        if (PULLUP.matcher(n).find()) {
            return Category.PULLUP;
        }
        if ("pull".equals(force) && ROW.matcher(n).find() && !n.contains("upright")) {
            return Category.ROW;
        }
        return Category.OTHER;
    }

    /**
     * Their instructions as our steps: up to and including the one that names "starting position"
     * is setup, the rest execution; without such a step everything is execution.
     */
    public static List<List<String>> steps(List<String> instructions) {
        int split = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).toLowerCase(Locale.ROOT).contains("starting position")) {
                split = i;
                break;
            }
        }
        List<String> setup = new ArrayList<>(instructions.subList(0, split + 1));
        List<String> execution = new ArrayList<>(instructions.subList(split + 1, instructions.size()));
        return List.of(setup, execution);
    }
}

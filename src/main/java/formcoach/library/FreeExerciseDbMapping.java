package formcoach.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /**
     * {@code 3_4_Sit-Up} → {@code fedb-3-4-sit-up}; empty when the id has no letters or digits.
     *
     * <p>Different ids must stay different exercises, or a second import silently replaces the
     * first ("Foo_Row", then "Foo Row"). Every free-exercise-db id is words of Latin letters and
     * digits joined by {@code _} or {@code -}; for those the plain lower-kebab form is kept, so ids
     * already stored do not change, and ids that differ only in letter case, accents or {@code _}
     * versus {@code -} count as the same exercise. Any other id (spaces, other punctuation, other
     * scripts, separators at the ends) loses more than that in the kebab form, so it gets a suffix
     * of 10 hex digits from a hash of the whole id. A plain id whose last word looks like such a
     * suffix gets one too, so a plain id can never take a suffixed one's place.
     */
    public static Optional<String> ourId(String theirId) {
        String kebab = TextNorm.normalize(theirId).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (kebab.isEmpty()) {
            return Optional.empty();
        }
        if (PLAIN_ID.matcher(withoutAccents(theirId)).matches() && !HASH_SUFFIX.matcher(kebab).find()) {
            return Optional.of(ID_PREFIX + kebab);
        }
        return Optional.of(ID_PREFIX + kebab + "-" + hash(theirId));
    }

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9]+([_-]+[A-Za-z0-9]+)*");
    private static final Pattern HASH_SUFFIX = Pattern.compile("(^|-)[0-9a-f]{10}$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static String withoutAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static String hash(String theirId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(theirId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

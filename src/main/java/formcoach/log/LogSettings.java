package formcoach.log;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The log's own settings ({@code log-settings.json}).
 *
 * @param unit        the unit sets are typed in when no unit is written, and the unit of Strong exports
 *                    that do not say
 * @param names       the review's answers: an exported exercise name (trimmed, lower case) to a library
 *                    id, or "" for a name the person keeps as their own
 * @param readyGroups a muscle group id to the time the person said it is ready (the recovery override)
 * @param ownMuscles  for a name kept as the person's own (same key as {@code names}), the muscle groups
 *                    they said it works, so its sets count in the weekly sets per group
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogSettings(WeightUnit unit, Map<String, String> names, Map<String, LocalDateTime> readyGroups,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, OwnMuscles> ownMuscles) {
    public static final String STORE_NAME = "log-settings";
    /** 2: {@code ownMuscles} (a version that ignored it would drop it on its next save, so it is not given the file). */
    public static final int SCHEMA_VERSION = 2;

    /**
     * The muscle groups a lift kept as the person's own works: a working set counts 1 for each
     * primary group and 0.5 for each secondary one, as a library exercise's would.
     *
     * @param name the name as it appears in the log
     */
    public record OwnMuscles(String name, List<MuscleGroup> primary, List<MuscleGroup> secondary) {
        public OwnMuscles {
            name = name == null ? "" : name.strip();
            primary = primary == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(primary));
            java.util.Set<MuscleGroup> second = new java.util.LinkedHashSet<>(secondary == null ? List.of() : secondary);
            second.removeAll(primary);
            secondary = List.copyOf(second);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmpty() {
            return primary.isEmpty() && secondary.isEmpty();
        }

        /** "Lats; secondary: Biceps", or "no muscle groups". */
        public String describe() {
            if (isEmpty()) {
                return "no muscle groups";
            }
            String p = String.join(", ", primary.stream().map(MuscleGroup::displayName).toList());
            String s = String.join(", ", secondary.stream().map(MuscleGroup::displayName).toList());
            return p.isEmpty() ? "secondary: " + s : s.isEmpty() ? p : p + "; secondary: " + s;
        }
    }

    public LogSettings {
        unit = unit == null ? WeightUnit.KG : unit;
        names = names == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(names));
        readyGroups = readyGroups == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(readyGroups));
        ownMuscles = ownMuscles == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ownMuscles));
    }

    public LogSettings(WeightUnit unit, Map<String, String> names, Map<String, LocalDateTime> readyGroups) {
        this(unit, names, readyGroups, Map.of());
    }

    public static LogSettings defaults() {
        return new LogSettings(WeightUnit.KG, Map.of(), Map.of(), Map.of());
    }

    public static Loaded<LogSettings> load(JsonStore store) throws StoreException {
        return store.read(STORE_NAME, SCHEMA_VERSION, LogSettings.class, LogSettings::defaults);
    }

    /** Changes the stored settings under the store's update lock, so a choice made elsewhere is kept. */
    public static LogSettings update(JsonStore store, java.util.function.UnaryOperator<LogSettings> change) throws StoreException {
        return store.update(STORE_NAME, SCHEMA_VERSION, formcoach.store.Json.mapper().constructType(LogSettings.class),
                LogSettings::defaults, change::apply);
    }

    public LogSettings withUnit(WeightUnit u) {
        return new LogSettings(u, names, readyGroups, ownMuscles);
    }

    /** The review's answer for a name; mapping it to a library exercise forgets any muscles it had as the person's own. */
    public LogSettings withName(String name, String exerciseIdOrEmpty) {
        Map<String, String> n = new TreeMap<>(names);
        String key = NameMapper.key(name);
        n.put(key, exerciseIdOrEmpty == null ? "" : exerciseIdOrEmpty);
        Map<String, OwnMuscles> own = new TreeMap<>(ownMuscles);
        if (exerciseIdOrEmpty != null && !exerciseIdOrEmpty.isEmpty()) {
            own.remove(key);
        }
        return new LogSettings(unit, n, readyGroups, own);
    }

    /** Keeps {@code name} as the person's own lift, working the given groups. */
    public LogSettings withOwn(String name, List<MuscleGroup> primary, List<MuscleGroup> secondary) {
        LogSettings kept = withName(name, "");
        Map<String, OwnMuscles> own = new TreeMap<>(kept.ownMuscles);
        OwnMuscles m = new OwnMuscles(name, primary, secondary);
        if (m.isEmpty()) {
            own.remove(NameMapper.key(name));
        } else {
            own.put(NameMapper.key(name), m);
        }
        return new LogSettings(unit, kept.names, readyGroups, own);
    }

    public LogSettings withReady(MuscleGroup g, LocalDateTime when) {
        Map<String, LocalDateTime> r = new TreeMap<>(readyGroups);
        if (when == null) {
            r.remove(g.id());
        } else {
            r.put(g.id(), when);
        }
        return new LogSettings(unit, names, r, ownMuscles);
    }

    /**
     * For {@link Insights#ownId} of a lift kept as the person's own with muscle groups, an exercise
     * of their own working those groups; empty for any other id. Each group stands for all of its
     * muscles, so it weighs 1 a set as a primary group and 0.5 as a secondary one.
     */
    public java.util.Optional<formcoach.library.Exercise> ownExercise(String id) {
        if (id == null || !id.startsWith(Insights.OWN_PREFIX)) {
            return java.util.Optional.empty();
        }
        OwnMuscles m = ownMuscles.get(id.substring(Insights.OWN_PREFIX.length()));
        if (m == null || m.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<formcoach.library.Muscle> primary = new java.util.ArrayList<>();
        m.primary().forEach(g -> primary.addAll(g.muscles()));
        List<formcoach.library.Muscle> secondary = new java.util.ArrayList<>();
        m.secondary().forEach(g -> secondary.addAll(g.muscles()));
        return java.util.Optional.of(new formcoach.library.Exercise(id, m.name(), List.of(), null, List.of(), null,
                new formcoach.library.Muscles(primary, secondary), "", "", List.of(), List.of(), "", "", List.of(), List.of(),
                formcoach.library.Source.CUSTOM, List.of()));
    }

    public Map<MuscleGroup, LocalDateTime> overrides() {
        Map<MuscleGroup, LocalDateTime> out = new java.util.EnumMap<>(MuscleGroup.class);
        readyGroups.forEach((k, v) -> MuscleGroup.fromId(k).ifPresent(g -> out.put(g, v)));
        return out;
    }
}

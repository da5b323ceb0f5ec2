package formcoach.log;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.time.LocalDateTime;
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogSettings(WeightUnit unit, Map<String, String> names, Map<String, LocalDateTime> readyGroups) {
    public static final String STORE_NAME = "log-settings";
    public static final int SCHEMA_VERSION = 1;

    public LogSettings {
        unit = unit == null ? WeightUnit.KG : unit;
        names = names == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(names));
        readyGroups = readyGroups == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(readyGroups));
    }

    public static LogSettings defaults() {
        return new LogSettings(WeightUnit.KG, Map.of(), Map.of());
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
        return new LogSettings(u, names, readyGroups);
    }

    public LogSettings withName(String name, String exerciseIdOrEmpty) {
        Map<String, String> n = new TreeMap<>(names);
        n.put(NameMapper.key(name), exerciseIdOrEmpty == null ? "" : exerciseIdOrEmpty);
        return new LogSettings(unit, n, readyGroups);
    }

    public LogSettings withReady(MuscleGroup g, LocalDateTime when) {
        Map<String, LocalDateTime> r = new TreeMap<>(readyGroups);
        if (when == null) {
            r.remove(g.id());
        } else {
            r.put(g.id(), when);
        }
        return new LogSettings(unit, names, r);
    }

    public Map<MuscleGroup, LocalDateTime> overrides() {
        Map<MuscleGroup, LocalDateTime> out = new java.util.EnumMap<>(MuscleGroup.class);
        readyGroups.forEach((k, v) -> MuscleGroup.fromId(k).ifPresent(g -> out.put(g, v)));
        return out;
    }
}

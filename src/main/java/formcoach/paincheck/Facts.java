package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The answers one pain check is decided on: exactly the keys of facts-schema.md, version 2 (8
 * required, the optional booleans false when absent). Build one from JSON with {@link FactsParser},
 * from answers with {@link QuestionnaireSession#toFacts()}, or from a map with {@link #of(Map)}.
 * Immutable; {@link #with} makes a changed copy.
 *
 * <p>Stored and printed as the schema's JSON object with every key; a stored object that lacks
 * optional keys (written under version 1, which had 13 fewer) reads them as false.
 */
public final class Facts {
    private final double onsetHours;
    private final PainCharacter character;
    private final PainLocation location;
    private final int severity;
    private final int daysSinceOnset;
    /** The yes/no keys (required and optional) that are true. */
    private final Set<FactKey> yes;

    private Facts(double onsetHours, PainCharacter character, PainLocation location, int severity, int daysSinceOnset,
                  Set<FactKey> yes) {
        Objects.requireNonNull(character, "character");
        Objects.requireNonNull(location, "location");
        if (!(onsetHours >= 0) || Double.isInfinite(onsetHours)) {
            throw new IllegalArgumentException("onsetHours must be a finite number 0 or more, got " + onsetHours);
        }
        if (severity < 0 || severity > 10) {
            throw new IllegalArgumentException("severity must be an integer 0-10, got " + severity);
        }
        if (daysSinceOnset < 0) {
            throw new IllegalArgumentException("daysSinceOnset must be an integer 0 or more, got " + daysSinceOnset);
        }
        // -0.0 would print as "-0.0" and is the same moment as 0
        this.onsetHours = onsetHours == 0 ? 0.0 : onsetHours;
        this.character = character;
        this.location = location;
        this.severity = severity;
        this.daysSinceOnset = daysSinceOnset;
        EnumSet<FactKey> copy = EnumSet.noneOf(FactKey.class);
        copy.addAll(yes);
        this.yes = Collections.unmodifiableSet(copy);
    }

    public double onsetHours() {
        return onsetHours;
    }

    public PainCharacter character() {
        return character;
    }

    public PainLocation location() {
        return location;
    }

    public int severity() {
        return severity;
    }

    public int daysSinceOnset() {
        return daysSinceOnset;
    }

    public boolean improving() {
        return yes.contains(FactKey.IMPROVING);
    }

    public boolean worseWithMovement() {
        return yes.contains(FactKey.WORSE_WITH_MOVEMENT);
    }

    public boolean painAtRest() {
        return yes.contains(FactKey.PAIN_AT_REST);
    }

    /** The value of one key: Double, PainCharacter, PainLocation, Integer or Boolean. */
    public Object get(FactKey key) {
        return switch (key.type()) {
            case HOURS -> onsetHours;
            case CHARACTER -> character;
            case LOCATION -> location;
            case SEVERITY -> severity;
            case DAYS -> daysSinceOnset;
            case BOOLEAN -> yes.contains(key);
        };
    }

    /** A boolean fact; throws for the non-boolean keys. */
    public boolean is(FactKey key) {
        if (key.type() != FactKey.Type.BOOLEAN) {
            throw new IllegalArgumentException(key.id() + " is not a true/false fact");
        }
        return yes.contains(key);
    }

    /** The yes/no keys that are true, in schema order. */
    public Set<FactKey> trueKeys() {
        return yes;
    }

    /** Every key with its value, in schema order. */
    public Map<FactKey, Object> toMap() {
        Map<FactKey, Object> m = new EnumMap<>(FactKey.class);
        for (FactKey k : FactKey.values()) {
            m.put(k, get(k));
        }
        return m;
    }

    /** The schema's JSON object: every key by its id, in schema order, character and location as ids. */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FactKey k : FactKey.values()) {
            Object v = get(k);
            m.put(k.id(), v instanceof PainCharacter c ? c.id() : v instanceof PainLocation l ? l.id() : v);
        }
        return m;
    }

    /** Reads the stored JSON object; absent optional keys are false, an unknown key or a wrong value is refused. */
    @JsonCreator
    static Facts fromJson(Map<String, Object> json) {
        Map<FactKey, Object> m = new EnumMap<>(FactKey.class);
        json.forEach((id, v) -> {
            FactKey k = FactKey.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown fact '" + id + "'"));
            if (v == null) {
                throw new IllegalArgumentException("fact '" + id + "' is null");
            }
            m.put(k, v);
        });
        return of(m);
    }

    /** A copy with one key changed (the value must have the key's Java type, numbers as any Number). */
    public Facts with(FactKey key, Object value) {
        Objects.requireNonNull(value, key.id());
        Map<FactKey, Object> m = toMap();
        m.put(key, value);
        return of(m);
    }

    /**
     * Builds facts from typed values: the required keys must be present, absent optional booleans are
     * false. Numbers may be any {@link Number}; character and location may be given as their ids.
     */
    public static Facts of(Map<FactKey, ?> input) {
        Map<FactKey, Object> values = new EnumMap<>(FactKey.class);
        input.forEach((k, v) -> values.put(k, normalise(k, v)));
        Set<FactKey> yes = EnumSet.noneOf(FactKey.class);
        for (FactKey k : FactKey.booleans()) {
            Object v = k.required() ? require(values, k) : values.get(k);
            if (v != null && !(v instanceof Boolean)) {
                throw new IllegalArgumentException("'" + k.id() + "' must be true or false, got " + v);
            }
            if (Boolean.TRUE.equals(v)) {
                yes.add(k);
            }
        }
        return new Facts(
                number(require(values, FactKey.ONSET_HOURS), FactKey.ONSET_HOURS).doubleValue(),
                (PainCharacter) require(values, FactKey.CHARACTER),
                (PainLocation) require(values, FactKey.LOCATION),
                wholeNumber(require(values, FactKey.SEVERITY), FactKey.SEVERITY),
                wholeNumber(require(values, FactKey.DAYS_SINCE_ONSET), FactKey.DAYS_SINCE_ONSET),
                yes);
    }

    private static Number number(Object v, FactKey key) {
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("'" + key.id() + "' must be a number, got " + v);
        }
        return n;
    }

    private static int wholeNumber(Object v, FactKey key) {
        Number n = number(v, key);
        if (n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + key.id() + "' must be " + key.type().expected() + ", got " + v);
        }
        return n.intValue();
    }

    private static Object normalise(FactKey key, Object v) {
        if (v instanceof String s && key == FactKey.CHARACTER) {
            return PainCharacter.fromId(s).orElseThrow(() -> new IllegalArgumentException("unknown character " + s));
        }
        if (v instanceof String s && key == FactKey.LOCATION) {
            return PainLocation.fromId(s).orElseThrow(() -> new IllegalArgumentException("unknown location " + s));
        }
        if (key == FactKey.CHARACTER && !(v instanceof PainCharacter) || key == FactKey.LOCATION && !(v instanceof PainLocation)) {
            throw new IllegalArgumentException("'" + key.id() + "' must be " + key.type().expected() + ", got " + v);
        }
        return v;
    }

    private static Object require(Map<FactKey, Object> values, FactKey key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing required key '" + key.id() + "'");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f && Double.compare(f.onsetHours, onsetHours) == 0 && f.character == character
                && f.location == location && f.severity == severity && f.daysSinceOnset == daysSinceOnset && f.yes.equals(yes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(onsetHours, character, location, severity, daysSinceOnset, yes);
    }

    @Override
    public String toString() {
        return "Facts" + toJson();
    }
}

package formcoach.log;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The unit a load was entered in. Stored as typed; converted only for comparisons and pictures. */
public enum WeightUnit {
    KG("kg", 1.0),
    LB("lb", 0.45359237);

    private final String id;
    private final double kg;

    WeightUnit(String id, double kg) {
        this.id = id;
        this.kg = kg;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public double toKg(double amount) {
        return amount * kg;
    }

    /** {@code kg}, {@code kgs}, {@code lb}, {@code lbs}, {@code lb.} in any case; empty for anything else. */
    public static java.util.Optional<WeightUnit> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return switch (t) {
            case "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms" -> java.util.Optional.of(KG);
            case "lb", "lbs", "pound", "pounds" -> java.util.Optional.of(LB);
            default -> java.util.Optional.empty();
        };
    }

    @JsonCreator
    public static WeightUnit fromId(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + id + "' (known: kg, lb)"));
    }
}

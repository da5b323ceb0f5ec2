package formcoach.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A closed set whose JSON form is a kebab-case id ({@code latissimus-dorsi}). Lookups fail with a
 * message that names the bad value and every accepted one, so a typo in a content file is easy to fix.
 */
public interface JsonId {
    String id();

    /** The person-facing name, e.g. "Latissimus dorsi". */
    String displayName();

    static <E extends Enum<E> & JsonId> E parse(Class<E> type, String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "' (known: " + known(type) + ")");
    }

    static <E extends Enum<E> & JsonId> String known(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonId::id).collect(Collectors.joining(", "));
    }

    /** {@code LATERAL_DELTOID} → {@code lateral-deltoid}. */
    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

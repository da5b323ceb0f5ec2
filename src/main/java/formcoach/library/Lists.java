package formcoach.library;

import java.util.List;

/** Null-safe immutable copies for record components: a missing list reads as empty. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(list);
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}

package formcoach.library;

/**
 * One search result.
 *
 * @param matched  the name or alias that matched (shown as "also called …" when it is an alias)
 * @param distance for FUZZY the edits needed; for PREFIX, WORD_PREFIX and SUBSTRING the words of the
 *                 name the query left untouched (a tighter fit ranks first); 0 for EXACT and ALL
 */
public record SearchHit(Exercise exercise, Kind kind, String matched, int distance) {
    /** How well the query matched, best first. */
    public enum Kind {
        EXACT,
        PREFIX,
        WORD_PREFIX,
        SUBSTRING,
        FUZZY,
        /** empty query: everything that passes the filters */
        ALL
    }
}

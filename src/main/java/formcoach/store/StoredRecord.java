package formcoach.store;

/**
 * A record kept in a stored file that can say, after Jackson has read it, whether it is usable.
 * Jackson fills a missing field with null; the store asks every record read from a file and sets
 * aside the ones with a problem instead of handing them to code that would fail on the null.
 */
public interface StoredRecord {
    /**
     * What makes this record unusable, in words for the person ("it has no category"), or null when
     * it can be used. Only structural problems belong here (a required field missing); content that
     * a screen can show and a person can fix stays usable.
     */
    String storeProblem();
}

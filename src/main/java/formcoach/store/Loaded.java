package formcoach.store;

import java.util.Optional;

/**
 * The result of reading one stored file: the value (or the default when there was none or it was
 * unreadable) and, when something went wrong, what the person should be told.
 */
public record Loaded<T>(T value, Source source, Optional<StoreNotice> notice) {
    public enum Source {
        /** read from the file */
        FILE,
        /** no file yet: the default value */
        ABSENT,
        /** the file was unreadable; the previous version (.bak) was used */
        BACKUP,
        /** some records of the file could not be used: set aside with a copy of the original, the rest read */
        REPAIRED,
        /** the file was unreadable and moved aside; the default value */
        QUARANTINED,
        /** the file was written by a newer version; left untouched, default value, writes refused */
        NEWER_VERSION
    }
}

package formcoach.store;

import java.nio.file.Path;

/**
 * Something the person should be told about the data folder: a file that was moved aside, a file
 * written by a newer version that is left alone. {@code message} is plain language.
 */
public record StoreNotice(Path file, String message) {
}

package formcoach.store;

/**
 * A problem with the data folder that a person can act on (read-only folder, disk full, a file
 * that cannot be read). The message is written for the person, not for a developer.
 */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

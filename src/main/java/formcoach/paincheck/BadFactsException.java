package formcoach.paincheck;

/**
 * Facts input that cannot be used. The message is one line naming the key and what was expected,
 * e.g. {@code 'severity' must be an integer 0-10, got 7.5}; the command line prints it and exits 2.
 */
public class BadFactsException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadFactsException(String message) {
        super(message);
    }
}

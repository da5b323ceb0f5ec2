package formcoach.cli;

/**
 * Input a person gave that cannot be used: the command line prints the message as one line on
 * standard error and exits with code 2. The message names what was wrong.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

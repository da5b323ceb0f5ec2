package formcoach.timer;

/**
 * A routine that cannot be used or an operation that is refused (a bad import file, an edit that
 * breaks a rule, changing a built-in). The message is for a person and names the step and field.
 */
public class RoutineException extends Exception {
    private static final long serialVersionUID = 1L;

    public RoutineException(String message) {
        super(message);
    }

    public RoutineException(String message, Throwable cause) {
        super(message, cause);
    }
}

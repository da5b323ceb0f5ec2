package formcoach.library;

import java.util.List;

/**
 * Something a person asked the library to do that cannot be done (a malformed import file, an id
 * that is taken, a custom exercise that does not validate). The message is for the person and says
 * what was kept.
 */
public class LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public LibraryException(String message) {
        this(message, List.of());
    }

    public LibraryException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, when there was more than the one the message names. */
    public List<Problem> problems() {
        return problems;
    }
}

package formcoach.log;

/** A set typed in a form the log cannot read; the message says what was wrong and shows the forms it reads. */
public final class SetSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public SetSyntaxException(String message) {
        super(message);
    }
}

package formcoach.video.pose;

/** The pose models could not be loaded or run; the message is one plain sentence. */
public final class PoseException extends Exception {
    private static final long serialVersionUID = 1L;

    public PoseException(String message) {
        super(message);
    }

    public PoseException(String message, Throwable cause) {
        super(message, cause);
    }
}

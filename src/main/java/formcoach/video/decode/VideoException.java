package formcoach.video.decode;

/** A clip could not be opened or read; the message is one plain sentence for the person. */
public final class VideoException extends Exception {
    private static final long serialVersionUID = 1L;

    public VideoException(String message) {
        super(message);
    }

    public VideoException(String message, Throwable cause) {
        super(message, cause);
    }
}

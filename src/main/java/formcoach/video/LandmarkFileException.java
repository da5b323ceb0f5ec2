package formcoach.video;

/** A landmark file that cannot be read: the message is one line saying where and what. */
public final class LandmarkFileException extends Exception {
    public LandmarkFileException(String message) {
        super(message);
    }

    public LandmarkFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

package formcoach.video;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the camera stood: the landmark file's {@code view} ({@code side}, {@code front} or {@code back}). */
public enum CameraView {
    SIDE, FRONT, BACK;

    /** The JSON and command-line form: {@code side}, {@code front}, {@code back}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CameraView> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
    }
}

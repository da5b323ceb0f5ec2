package formcoach.video.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which webcams the system offers. On Linux these are the {@code /dev/video*} devices (v4l2). */
public final class Webcams {
    private Webcams() {
    }

    /** The webcam devices found, or an empty list; {@code devDir} is {@code /dev} except in tests. */
    public static List<Path> find(Path devDir, String osName) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(devDir)) {
            return files.filter(p -> p.getFileName().toString().matches("video\\d+")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static List<Path> find() {
        return find(Path.of("/dev"), System.getProperty("os.name", ""));
    }
}

package formcoach.video;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether this build carries the native libraries video analysis needs on this computer: FFmpeg
 * (decoding) and TensorFlow Lite (the pose models), through JavaCPP. A jar is made per platform
 * ({@code mvn -Pplatforms package}); run elsewhere, or built without them, the app says so in one
 * sentence instead of failing inside the native loader. The rest of the app does not need them.
 */
public final class NativeSupport {
    /** The JNI libraries looked for, as {@code package/platform/name} (name before the OS's prefix and suffix). */
    private static final List<String> NEEDED = List.of(
            "org/bytedeco/javacpp/%s/jnijavacpp",
            "org/bytedeco/ffmpeg/%s/jniavutil",
            "org/bytedeco/ffmpeg/%s/jniavcodec",
            "org/bytedeco/ffmpeg/%s/jniavformat",
            "org/bytedeco/ffmpeg/%s/jniswscale",
            "org/bytedeco/tensorflowlite/%s/jnitensorflowlite");
    private static volatile Optional<String> checked;

    private NativeSupport() {
    }

    /** Empty when video analysis can run here; otherwise the sentence to show the person. Checked once. */
    public static Optional<String> missing() {
        Optional<String> c = checked;
        if (c == null) {
            String platform;
            try {
                platform = org.bytedeco.javacpp.Loader.getPlatform();
            } catch (LinkageError e) {
                platform = System.getProperty("os.name", "?") + "-" + System.getProperty("os.arch", "?");
                c = Optional.of(notAvailable(platform));
                checked = c;
                return c;
            }
            ClassLoader loader = NativeSupport.class.getClassLoader();
            c = missing(platform, System::mapLibraryName, loader::getResource);
            checked = c;
        }
        return c;
    }

    /**
     * @param libraryFile a library's file name on this OS ({@link System#mapLibraryName})
     * @param resource    finds a resource of the class path, or null
     */
    static Optional<String> missing(String platform, Function<String, String> libraryFile, Function<String, URL> resource) {
        for (String pattern : NEEDED) {
            String path = String.format(java.util.Locale.ROOT, pattern, platform);
            int slash = path.lastIndexOf('/');
            String file = path.substring(0, slash + 1) + libraryFile.apply(path.substring(slash + 1));
            if (resource.apply(file) == null) {
                return Optional.of(notAvailable(platform));
            }
        }
        return Optional.empty();
    }

    /** The sentence for a platform this build has no video libraries for. */
    public static String notAvailable(String platform) {
        return "Video analysis is not available on this platform (" + platform + "): this build of Form Coach has no "
                + "FFmpeg and TensorFlow Lite libraries for it. The rest of Form Coach works as usual.";
    }

    /** The same sentence for a native library that was there but would not load (a broken or foreign library). */
    public static String couldNotLoad(LinkageError e) {
        return "Video analysis is not available on this computer: its video libraries could not be loaded ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ").";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

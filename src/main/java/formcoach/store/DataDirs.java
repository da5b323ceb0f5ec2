package formcoach.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Form Coach keeps its data: an explicit {@code --data-dir} first, then the
 * {@code FORMCOACH_DATA_DIR} environment variable, then the operating system's usual place.
 */
public final class DataDirs {
    public static final String ENV_VAR = "FORMCOACH_DATA_DIR";

    private DataDirs() {
    }

    /** Resolves with the real environment and system properties. */
    public static Path resolve(Optional<Path> override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path resolve(Optional<Path> override, Map<String, String> env, String osName, String userHome) {
        if (override.isPresent()) {
            return override.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Form Coach");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Form Coach");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("formcoach");
    }
}

package formcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Start-up help for {@code java -jar}: while the toolkit starts (mostly one core's work), another
 * core reads and defines the classes the FX thread will need to build the first frame (JavaFX's
 * controls, skins and CSS, ikonli, the shell), listed in {@code first-frame.classes}. They are only
 * loaded, never initialised, so nothing runs before its time; the FX thread then finds them defined.
 * The list is recorded by {@code src/packaging/record-first-frame-classes.sh}; a name that no longer
 * exists is skipped, and a class the list misses loads as usual, so a stale list costs only speed.
 * (The packaged launcher has the class-data-sharing archive instead, which makes this unneeded.)
 */
final class Preload {
    static final String LIST = "/formcoach/app/first-frame.classes";

    private Preload() {
    }

    /** Loads the listed classes; returns how many were found. Never throws. */
    static int firstFrameClasses() {
        ClassLoader loader = Preload.class.getClassLoader();
        int found = 0;
        try (InputStream in = Preload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                name = name.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    found++;
                } catch (ClassNotFoundException | LinkageError stale) {
                    // gone or changed since the list was recorded: it loads when needed, as without the list
                }
            }
        } catch (IOException | RuntimeException e) {
            // only speed is at stake
        }
        return found;
    }
}

package formcoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Where an export or a report may be written. Writers put the new file in place with a rename, and
 * a rename replaces whatever has the name: an empty folder, a device node, a FIFO, a symbolic link.
 * So before writing, the target must be absent or a regular file; {@code --force} only ever
 * replaces a regular file.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Why {@code target} must not be replaced even with {@code --force} ("is a folder", "is a
     * FIFO", "is a symbolic link"), or empty when it is absent or a regular file.
     */
    public static Optional<String> notReplaceable(Path target) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Optional.empty(); // absent (or unreadable: the write itself will say why)
        }
        if (attrs.isRegularFile()) {
            return Optional.empty();
        }
        if (attrs.isSymbolicLink()) {
            return Optional.of("is a symbolic link; it is not replaced (give the path of a regular file)");
        }
        return Optional.of("is not a regular file (it is " + InputFiles.kind(target, attrs) + "); it is not replaced");
    }

    /** True when something (even a broken link) has this name. */
    public static boolean exists(Path target) {
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    }
}

package formcoach.library;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes exercises in our own format, {@code {"format":"formcoach-exercises","version":1,"exercises":[...]}},
 * each exercise in the asset schema plus its source. The file appears whole or not at all.
 */
public final class LibraryExporter {
    private LibraryExporter() {
    }

    public static void write(Path file, List<Exercise> exercises) throws LibraryException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new LibraryException("the folder " + folder + " does not exist; nothing was exported");
        }
        if (Files.isDirectory(target)) {
            throw new LibraryException(target + " is a folder; give a file name to export to");
        }
        java.util.Optional<String> wrongKind = formcoach.store.OutputFiles.notReplaceable(target);
        if (wrongKind.isPresent()) {
            throw new LibraryException(file + " " + wrongKind.get() + "; nothing was exported");
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", LibraryImporter.FORMAT_OURS);
        root.put("version", LibraryImporter.OUR_VERSION);
        ArrayNode list = root.putArray("exercises");
        for (Exercise e : exercises) {
            list.add(Json.mapper().valueToTree(e));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Json.mapper().writeValue(out, root);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new LibraryException("could not write " + target + " (" + e.getMessage() + "); nothing was exported");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temp file is harmless; the export itself already failed and said so
                }
            }
        }
    }
}

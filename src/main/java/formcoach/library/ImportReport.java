package formcoach.library;

import java.util.List;

/**
 * What an import did.
 *
 * @param format        "free-exercise-db" or "formcoach-exercises"
 * @param added         new exercises stored
 * @param updated       exercises with the same id whose content changed
 * @param unchanged     exercises with the same id and the same content
 * @param skipped       records not stored (their id belongs to a built-in exercise, or to your own
 *                      exercises when importing someone else's); each one is named in {@code notes}
 * @param imagesDropped picture paths left out because they pointed outside the file's folder
 */
public record ImportReport(String file, String format, int records, int added, int updated, int unchanged, int skipped,
                           int imagesDropped, List<String> notes) {
    public ImportReport {
        notes = List.copyOf(notes);
    }
}

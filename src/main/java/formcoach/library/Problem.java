package formcoach.library;

/**
 * One thing wrong with a content or import file, naming the file, the record and the field:
 * {@code assets/exercises/rows.json: [2] (pendlay-row) faults: missing MOMENTUM}.
 *
 * @param index the record's position in its file, or -1 for the file as a whole
 * @param exerciseId the record's id when it has one, else ""
 * @param field the field path inside the record ({@code faults[1].cue}), or "" for the whole record
 */
public record Problem(String file, int index, String exerciseId, String field, String message) {
    public static Problem ofFile(String file, String message) {
        return new Problem(file, -1, "", "", message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(": ");
        if (index >= 0) {
            sb.append('[').append(index).append("] ");
            if (!exerciseId.isEmpty()) {
                sb.append('(').append(exerciseId).append(") ");
            }
        }
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}

package formcoach.log;

import java.util.List;

/**
 * A Strong or Hevy export read into sessions, before names are mapped to the library.
 *
 * @param format       "strong" or "hevy" with the header variant, e.g. "strong (semicolon, unit per row)"
 * @param sessions     oldest first; exercises carry the name from the file and no library id yet
 * @param leftOutRows  rows that hold no set: rest timers, note rows, blank rows, exact repeats
 */
public record ExportFile(String source, String format, List<Session> sessions, int leftOutRows) {
    public ExportFile {
        sessions = List.copyOf(sessions);
    }

    public int sets() {
        return sessions.stream().mapToInt(Session::setCount).sum();
    }
}

package formcoach.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The log written out: our own JSON ({@code {"format": "formcoach-training-log", "schemaVersion": 1,
 * "sessions": [...]}}, which {@code log import} reads back) or CSV with one row per set (the set's
 * own note in the last column, {@code set_note}).
 */
public final class LogExport {
    public static final String FORMAT = "formcoach-training-log";
    /** 2: a set's array has its note as the tenth element (schema 1 exports read as sets without notes). */
    public static final int SCHEMA_VERSION = 2;
    public static final List<String> CSV_COLUMNS = List.of("date", "time", "week", "workout", "exercise", "exercise_id",
            "set", "set_type", "reps", "load", "unit", "load_kind", "rir", "rpe", "fault", "seconds", "exercise_note", "workout_note",
            "set_note");

    private LogExport() {
    }

    /** CSV when the file name ends in .csv, JSON otherwise. Written to a temporary file first, then moved into place. */
    public static int write(Path file, List<Session> sessions, Function<LoggedExercise, String> displayName) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".csv") ? csv(sessions, displayName) : json(sessions);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return sessions.size();
    }

    public static String json(List<Session> sessions) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode arr = root.putArray("sessions");
        for (Session s : sessions) {
            arr.add(Json.mapper().valueToTree(s));
        }
        return Json.mapper().writeValueAsString(root) + "\n";
    }

    public static String csv(List<Session> sessions, Function<LoggedExercise, String> displayName) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", CSV_COLUMNS)).append('\n');
        for (Session s : sessions) {
            for (LoggedExercise e : s.exercises()) {
                int n = 0;
                for (LoggedSet set : e.sets()) {
                    n++;
                    List<String> f = new ArrayList<>();
                    f.add(s.date().toString());
                    f.add(s.start().toLocalTime().toString());
                    f.add(s.isoWeek());
                    f.add(s.title());
                    f.add(displayName.apply(e));
                    f.add(e.exerciseId() == null ? "" : e.exerciseId());
                    f.add(Integer.toString(n));
                    f.add(set.type().id());
                    f.add(Integer.toString(set.reps()));
                    f.add(LoggedSet.number(set.load()));
                    f.add(set.unit().id());
                    f.add(set.loadKind().id());
                    f.add(set.rir() == null ? "" : set.rir().toString());
                    f.add(set.rpe() == null ? "" : LoggedSet.number(set.rpe()));
                    f.add(set.fault() == null ? "" : set.fault().id());
                    f.add(set.seconds() == null ? "" : set.seconds().toString());
                    f.add(n == 1 ? e.note() : "");
                    f.add(s.note());
                    f.add(set.note());
                    sb.append(String.join(",", f.stream().map(LogExport::quote).toList())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** Reads our own JSON export back. */
    static ExportFile readJson(String text) throws LogImportException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new LogImportException("the file is not valid JSON: " + Json.plainMessage((com.fasterxml.jackson.core.JsonProcessingException) e)
                    + ". Nothing was imported.");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new LogImportException("this JSON file is not a Form Coach training-log export (\"format\": \"" + FORMAT
                    + "\" is missing). Nothing was imported.");
        }
        if (root.path("schemaVersion").asInt(0) > SCHEMA_VERSION) {
            throw new LogImportException("this export was written by a newer Form Coach (schema "
                    + root.path("schemaVersion").asInt() + "). Nothing was imported.");
        }
        List<Session> out = new ArrayList<>();
        JsonNode arr = root.path("sessions");
        for (int i = 0; i < arr.size(); i++) {
            try {
                Session s = Json.mapper().treeToValue(arr.get(i), Session.class);
                out.add(s.withId(null));
            } catch (IOException | IllegalArgumentException e) {
                String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? Json.plainMessage(jpe) : e.getMessage();
                throw new LogImportException("session " + (i + 1) + " of the export cannot be read: " + msg + ". Nothing was imported.");
            }
        }
        out.sort(java.util.Comparator.comparing(Session::start));
        return new ExportFile("formcoach", "Form Coach training-log JSON", out, 0);
    }
}

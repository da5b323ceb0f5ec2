package formcoach.log;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hevy's one 14-column layout, with its unit suffixes ({@code weight_kg}/{@code weight_lbs},
 * {@code distance_km}/{@code distance_miles}, read separately), set types, localised month names
 * ({@code 5 Mai 2026, 07:34}) and newest-first order. Rows without a start time or an exercise
 * title are left out.
 */
final class HevyReader {
    private static final List<String> COLUMNS = List.of("title", "start_time", "end_time", "description", "exercise_title",
            "superset_id", "exercise_notes", "set_index", "set_type", "weight", "reps", "distance", "duration_seconds", "rpe");
    /** {@code 7 Apr 2026, 10:14} (any language's month). */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.?\\s+([^\\s\\d,]+)\\.?\\s+(\\d{4}),?\\s+(\\d{1,2}):(\\d{2})");
    /** {@code Jul 5, 2026, 10:21 AM}, which one importer says Hevy also writes. */
    private static final Pattern MONTH_FIRST = Pattern.compile("([^\\s\\d,]+)\\.?\\s+(\\d{1,2}),\\s+(\\d{4}),?\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?");
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        // English, Portuguese, Spanish, French, German, Italian, Dutch: the abbreviations and full names
        month(1, "jan", "january", "janeiro", "ene", "enero", "janv", "janvier", "januar", "jän", "gen", "gennaio", "januari");
        month(2, "feb", "february", "fev", "fevereiro", "febrero", "fevr", "févr", "fevrier", "février", "februar", "febbraio", "februari");
        month(3, "mar", "march", "marco", "março", "marzo", "mars", "mär", "märz", "maerz", "mrt", "maart");
        month(4, "apr", "april", "abr", "abril", "avr", "avril", "aprile");
        month(5, "may", "mai", "maio", "mayo", "mag", "maggio", "mei");
        month(6, "jun", "june", "junho", "junio", "juin", "juni", "giu", "giugno");
        month(7, "jul", "july", "julho", "julio", "juil", "juillet", "juli", "lug", "luglio");
        month(8, "aug", "august", "ago", "agosto", "aout", "août", "augustus");
        month(9, "sep", "sept", "september", "set", "setembro", "septiembre", "septembre", "settembre");
        month(10, "oct", "october", "out", "outubro", "octubre", "octobre", "okt", "oktober", "ott", "ottobre");
        month(11, "nov", "november", "novembro", "noviembre", "novembre");
        month(12, "dec", "december", "dez", "dezembro", "dic", "diciembre", "déc", "decembre", "décembre", "dezember", "dicembre");
    }

    private static void month(int m, String... names) {
        for (String n : names) {
            MONTHS.put(fold(n), m);
        }
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    private HevyReader() {
    }

    static boolean isHevy(List<String> header) {
        List<String> h = header.stream().map(ExportReader::norm).toList();
        return h.contains("exercise_title") && h.contains("start_time") && h.contains("set_type");
    }

    static ExportFile read(List<String> header, List<Csv.Record> rows) throws LogImportException {
        Map<String, Integer> at = new HashMap<>();
        WeightUnit unit = null;
        for (int i = 0; i < header.size(); i++) {
            String h = ExportReader.norm(header.get(i));
            String col = h;
            if (h.startsWith("weight_")) {
                col = "weight";
                unit = WeightUnit.parse(h.substring("weight_".length()))
                        .orElseThrow(() -> new LogImportException("Hevy export: the weight column '" + h + "' names no unit "
                                + "this log knows (weight_kg or weight_lbs). Nothing was imported."));
            } else if (h.startsWith("distance_")) {
                col = "distance";
            }
            at.putIfAbsent(col, i);
        }
        List<String> missing = new ArrayList<>();
        for (String c : List.of("title", "start_time", "exercise_title", "set_index", "set_type", "weight", "reps")) {
            if (!at.containsKey(c)) {
                missing.add(c.equals("weight") ? "weight_kg or weight_lbs" : c);
            }
        }
        if (!missing.isEmpty()) {
            throw new LogImportException("this Hevy export has no column " + String.join(", ", missing) + ". Nothing was imported.");
        }
        Map<String, StrongReader.SessionBuilder> workouts = new LinkedHashMap<>();
        Map<String, Integer> lastIndex = new HashMap<>();
        int leftOut = 0;
        for (int r = 0; r < rows.size(); r++) {
            Csv.Record rec = rows.get(r);
            int row = r + 1;
            int line = rec.line();
            if (rec.blank()) {
                leftOut++;
                continue;
            }
            if (rec.fields().size() != header.size()) {
                throw LogImportException.at(row, line, "-", "it has " + rec.fields().size() + " fields where the header has " + header.size());
            }
            List<String> f = rec.fields();
            String startText = f.get(at.get("start_time")).strip();
            String exercise = f.get(at.get("exercise_title")).strip();
            if (startText.isEmpty() || exercise.isEmpty()) {
                // Hevy exports can hold rows with no workout or exercise (other importers crashed on them)
                leftOut++;
                continue;
            }
            LocalDateTime start = date(startText, row, line, header.get(at.get("start_time")));
            String typeText = f.get(at.get("set_type")).strip().toLowerCase(Locale.ROOT);
            SetType type = switch (typeText) {
                case "normal", "" -> SetType.NORMAL;
                case "warmup", "warm_up", "warm-up" -> SetType.WARMUP;
                case "failure" -> SetType.FAILURE;
                case "dropset", "drop_set", "drop" -> SetType.DROP;
                default -> throw LogImportException.at(row, line, header.get(at.get("set_type")),
                        "'" + typeText + "' is not a set type (normal, warmup, failure, dropset)");
            };
            String indexText = f.get(at.get("set_index")).strip();
            int index;
            if (!indexText.matches("\\d{1,4}")) {
                throw LogImportException.at(row, line, header.get(at.get("set_index")), "'" + indexText + "' is not a set number");
            }
            index = Integer.parseInt(indexText);
            double weight = ExportReader.number(f.get(at.get("weight")), row, line, header.get(at.get("weight")), false);
            int reps = ExportReader.reps(f.get(at.get("reps")), row, line, header.get(at.get("reps")));
            Double rpe = at.containsKey("rpe") ? ExportReader.rpe(f.get(at.get("rpe")), row, line, header.get(at.get("rpe"))) : null;
            double secs = at.containsKey("duration_seconds")
                    ? ExportReader.number(f.get(at.get("duration_seconds")), row, line, header.get(at.get("duration_seconds")), false) : 0;
            String title = f.get(at.get("title")).strip();
            String key = "hevy:" + start + "|" + title;
            StrongReader.SessionBuilder sb = workouts.computeIfAbsent(key, k -> new StrongReader.SessionBuilder(start, title, "hevy", k));
            if (at.containsKey("description") && sb.note.isEmpty()) {
                sb.note = f.get(at.get("description")).strip();
            }
            String note = at.containsKey("exercise_notes") ? f.get(at.get("exercise_notes")).strip() : "";
            Integer last = lastIndex.get(key);
            boolean newBlock = sb.lastExercise == null || !sb.lastExercise.equals(exercise) || (last != null && index <= last);
            lastIndex.put(key, index);
            LoggedSet set;
            try {
                set = new LoggedSet(reps, ExportReader.load(weight), unit, ExportReader.loadKind(exercise), type, null, rpe, null,
                        ExportReader.seconds(secs));
            } catch (IllegalArgumentException e) {
                throw LogImportException.at(row, line, header.get(at.get("weight")), e.getMessage());
            }
            sb.add(exercise, set, note, newBlock);
        }
        List<Session> sessions = new ArrayList<>();
        for (StrongReader.SessionBuilder b : workouts.values()) {
            sessions.add(b.build());
        }
        sessions.sort(java.util.Comparator.comparing(Session::start));
        String format = "Hevy (" + (unit == WeightUnit.LB ? "weight_lbs" : "weight_kg") + ")";
        return new ExportFile("hevy", format, sessions, leftOut);
    }

    static LocalDateTime date(String text, int row, int line, String column) throws LogImportException {
        Matcher m = DAY_FIRST.matcher(text);
        try {
            if (m.matches()) {
                Integer month = MONTHS.get(fold(m.group(2)));
                if (month == null) {
                    throw LogImportException.at(row, line, column, "'" + m.group(2) + "' in '" + text + "' is not a month name this importer knows");
                }
                return LocalDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            }
            m = MONTH_FIRST.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(fold(m.group(1)));
                if (month == null) {
                    throw LogImportException.at(row, line, column, "'" + m.group(1) + "' in '" + text + "' is not a month name this importer knows");
                }
                int hour = Integer.parseInt(m.group(4));
                if (m.group(6) != null) {
                    if (hour < 1 || hour > 12) {
                        throw new DateTimeException("hour");
                    }
                    boolean pm = m.group(6).equalsIgnoreCase("pm");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                return LocalDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), hour, Integer.parseInt(m.group(5)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw LogImportException.at(row, line, column, "'" + text + "' is not a real date and time");
        }
        throw LogImportException.at(row, line, column, "'" + text + "' is not a date like 7 Apr 2026, 10:14");
    }
}

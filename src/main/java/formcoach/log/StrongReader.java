package formcoach.log;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strong's CSV exports in every variant seen in real files: the comma forms (S0, S1, S2, A, A10 and
 * the French and Chinese headers), the semicolon form with a unit per row (B, B+) and the
 * every-field-quoted semicolon form with {@code Workout #} (C). Columns are found by their header
 * name, never by position. {@code Rest Timer} and {@code Note} rows hold no set; a note row's text is
 * the exercise's note.
 */
final class StrongReader {
    enum Col { WORKOUT_NO, DATE, WORKOUT_NAME, DURATION, EXERCISE, SET_ORDER, WEIGHT, WEIGHT_UNIT, REPS, RPE, DISTANCE,
        DISTANCE_UNIT, SECONDS, NOTES, WORKOUT_NOTES, WORKOUT_DURATION }

    private static final Map<String, Col> NAMES = new LinkedHashMap<>();
    private static final Pattern WEIGHT_WITH_UNIT = Pattern.compile("(?:weight|poids|重量)\\s*\\((kg|kgs|lb|lbs)\\)");
    private static final Pattern DISTANCE_WITH_UNIT = Pattern.compile("(?:distance|距离)\\s*\\(([^)]*)\\)");
    private static final Pattern DURATION_WITH_UNIT = Pattern.compile("duration\\s*\\(([^)]*)\\)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT);
    private static final DateTimeFormatter DATE_T = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]", Locale.ROOT);

    static {
        put(Col.WORKOUT_NO, "workout #", "workout#", "n° d'entraînement");
        put(Col.DATE, "date", "日期", "datum", "fecha", "data");
        put(Col.WORKOUT_NAME, "workout name", "nom de l'entraînement", "锻炼名称", "trainingsname", "nombre del entrenamiento");
        put(Col.DURATION, "duration", "durée", "时长", "dauer", "duración");
        put(Col.EXERCISE, "exercise name", "nom de l'exercice", "运动名称", "übungsname", "nombre del ejercicio");
        put(Col.SET_ORDER, "set order", "ordre de la série", "设置顺序", "satzreihenfolge", "orden de la serie");
        put(Col.WEIGHT, "weight", "poids", "重量", "gewicht", "peso");
        put(Col.WEIGHT_UNIT, "weight unit");
        put(Col.REPS, "reps", "réps", "次", "wdh.", "wiederholungen", "repeticiones");
        put(Col.RPE, "rpe");
        put(Col.DISTANCE, "distance", "距离", "distanz", "distancia");
        put(Col.DISTANCE_UNIT, "distance unit");
        put(Col.SECONDS, "seconds", "secondes", "秒", "sekunden", "segundos");
        put(Col.NOTES, "notes", "备注", "notizen", "notas");
        put(Col.WORKOUT_NOTES, "workout notes", "notes d'entraînement", "锻炼备注", "trainingsnotizen", "notas del entrenamiento");
        put(Col.WORKOUT_DURATION, "workout duration");
    }

    private static void put(Col c, String... names) {
        for (String n : names) {
            NAMES.put(n, c);
        }
    }

    private StrongReader() {
    }

    static ExportFile read(List<String> header, List<Csv.Record> rows, char sep, WeightUnit defaultUnit) throws LogImportException {
        EnumMap<Col, Integer> at = new EnumMap<>(Col.class);
        WeightUnit headerUnit = null;
        for (int i = 0; i < header.size(); i++) {
            String h = ExportReader.norm(header.get(i));
            Col c = NAMES.get(h);
            Matcher m;
            if (c == null && ("kg".equals(h) || "kgs".equals(h) || "lb".equals(h) || "lbs".equals(h))) {
                // S0: the unit is the header of the weight column
                c = Col.WEIGHT;
                headerUnit = WeightUnit.parse(h).orElseThrow();
            } else if (c == null && (m = WEIGHT_WITH_UNIT.matcher(h)).matches()) {
                c = Col.WEIGHT;
                headerUnit = WeightUnit.parse(m.group(1)).orElseThrow();
            } else if (c == null && ("km".equals(h) || "mi".equals(h) || "miles".equals(h) || DISTANCE_WITH_UNIT.matcher(h).matches())) {
                c = Col.DISTANCE;
            } else if (c == null && DURATION_WITH_UNIT.matcher(h).matches()) {
                c = Col.DURATION;
            }
            if (c != null && !at.containsKey(c)) {
                at.put(c, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Col need : List.of(Col.DATE, Col.EXERCISE, Col.SET_ORDER, Col.WEIGHT, Col.REPS)) {
            if (!at.containsKey(need)) {
                missing.add(need.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        if (!missing.isEmpty()) {
            throw new LogImportException("this is not a Strong or Hevy export: the first line has no column for "
                    + String.join(", ", missing) + " (it reads '" + Cli1.shorten(String.join(String.valueOf(sep), header)) + "'). Nothing was imported.");
        }
        String variant = at.containsKey(Col.WORKOUT_NO) ? "Workout # form" : at.containsKey(Col.WEIGHT_UNIT) ? "unit per row" : "comma form";
        String format = "Strong (" + variant + ", '" + sep + "'-separated)";

        // S0 files number sets from 0; the others from 1
        boolean zeroBased = false;
        for (Csv.Record rec : rows) {
            if (rec.fields().size() == header.size() && "0".equals(rec.fields().get(at.get(Col.SET_ORDER)).strip())) {
                zeroBased = true;
                break;
            }
        }
        String firstNumber = zeroBased ? "0" : "1";
        Map<String, SessionBuilder> workouts = new LinkedHashMap<>();
        int leftOut = 0;
        String previousLine = null;
        String pendingNote = null;
        String pendingNoteExercise = null;
        for (int r = 0; r < rows.size(); r++) {
            Csv.Record rec = rows.get(r);
            int row = r + 1;
            int line = rec.line();
            if (rec.blank()) {
                leftOut++;
                continue;
            }
            if (rec.fields().size() != header.size()) {
                throw LogImportException.at(row, line, "-", "it has " + rec.fields().size() + " fields where the header has "
                        + header.size());
            }
            Row f = new Row(rec.fields(), at, header, row, line);
            String order = f.get(Col.SET_ORDER).strip();
            String exercise = f.get(Col.EXERCISE).strip();
            if ("rest timer".equalsIgnoreCase(order)) {
                leftOut++;
                continue;
            }
            if ("note".equalsIgnoreCase(order)) {
                pendingNote = f.get(Col.NOTES).strip();
                pendingNoteExercise = exercise;
                leftOut++;
                continue;
            }
            String joined = String.join("\u0001", rec.fields());
            boolean numbered = order.matches("\\d+");
            if (numbered && joined.equals(previousLine)) {
                // an exact repeat of the row before (raw exports carry these): one set, not two
                leftOut++;
                continue;
            }
            previousLine = joined;
            String dateText = f.get(Col.DATE).strip();
            if (dateText.isEmpty() || exercise.isEmpty()) {
                throw LogImportException.at(row, line, header.get(at.get(dateText.isEmpty() ? Col.DATE : Col.EXERCISE)),
                        "it is empty");
            }
            LocalDateTime start = parseDate(dateText, f, Col.DATE);
            SetType type = switch (order.toUpperCase(Locale.ROOT)) {
                case "W" -> SetType.WARMUP;
                case "D" -> SetType.DROP;
                case "F" -> SetType.FAILURE;
                default -> {
                    if (!numbered) {
                        throw f.error(Col.SET_ORDER, "'" + order + "' is not a set order (1, 2, …, W, D, F, Rest Timer or Note)");
                    }
                    yield SetType.NORMAL;
                }
            };
            boolean commaDecimals = sep == ';';
            double weight = ExportReader.number(f.get(Col.WEIGHT), row, line, f.name(Col.WEIGHT), commaDecimals);
            WeightUnit unit = headerUnit != null ? headerUnit : defaultUnit;
            if (at.containsKey(Col.WEIGHT_UNIT) && !f.get(Col.WEIGHT_UNIT).isBlank()) {
                unit = WeightUnit.parse(f.get(Col.WEIGHT_UNIT))
                        .orElseThrow(() -> f.error(Col.WEIGHT_UNIT, "'" + f.get(Col.WEIGHT_UNIT) + "' is not kg or lbs"));
            }
            int reps = ExportReader.reps(f.get(Col.REPS), row, line, f.name(Col.REPS));
            Double rpe = at.containsKey(Col.RPE) ? ExportReader.rpe(f.get(Col.RPE), row, line, f.name(Col.RPE)) : null;
            double secs = at.containsKey(Col.SECONDS) ? ExportReader.number(f.get(Col.SECONDS), row, line, f.name(Col.SECONDS), commaDecimals) : 0;
            String title = f.get(Col.WORKOUT_NAME).strip();
            String key = "strong:" + start + "|" + title;
            SessionBuilder sb = workouts.get(key);
            if (sb == null) {
                sb = new SessionBuilder(start, title, "strong", key);
                workouts.put(key, sb);
            }
            String workoutNote = f.get(Col.WORKOUT_NOTES).strip();
            if (!workoutNote.isEmpty() && sb.note.isEmpty()) {
                sb.note = workoutNote;
            }
            boolean newBlock = sb.lastExercise == null || !sb.lastExercise.equals(exercise)
                    || (numbered && firstNumber.equals(order) && sb.lastOrderNumber >= Integer.parseInt(firstNumber));
            String note = f.get(Col.NOTES).strip();
            if (pendingNote != null && pendingNoteExercise.equals(exercise)) {
                note = note.isEmpty() ? pendingNote : note;
                pendingNote = null;
            }
            LoggedSet set;
            try {
                set = new LoggedSet(reps, ExportReader.load(weight), unit, ExportReader.loadKind(exercise), type, null, rpe, null,
                        ExportReader.seconds(secs));
            } catch (IllegalArgumentException e) {
                throw f.error(Col.WEIGHT, e.getMessage());
            }
            sb.add(exercise, set, note, newBlock);
            if (numbered) {
                sb.lastOrderNumber = Integer.parseInt(order);
            } else if (newBlock) {
                sb.lastOrderNumber = -1;
            }
        }
        List<Session> sessions = new ArrayList<>();
        for (SessionBuilder b : workouts.values()) {
            sessions.add(b.build());
        }
        sessions.sort(java.util.Comparator.comparing(Session::start));
        return new ExportFile("strong", format, sessions, leftOut);
    }

    private static LocalDateTime parseDate(String text, Row f, Col col) throws LogImportException {
        try {
            return LocalDateTime.parse(text, DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, DATE_T);
            } catch (DateTimeParseException e2) {
                throw f.error(col, "'" + text + "' is not a date and time like 2021-07-07 18:35:21");
            }
        }
    }

    /** One row's fields by column. */
    private record Row(List<String> fields, EnumMap<Col, Integer> at, List<String> header, int row, int line) {
        String get(Col c) {
            Integer i = at.get(c);
            return i == null ? "" : fields.get(i);
        }

        String name(Col c) {
            Integer i = at.get(c);
            return i == null ? c.name() : header.get(i).strip();
        }

        LogImportException error(Col c, String what) {
            return LogImportException.at(row, line, name(c), what);
        }
    }

    /** Builds one session from its rows, in row order (the digits of Set Order are not trusted). */
    static final class SessionBuilder {
        final LocalDateTime start;
        final String title;
        final String source;
        final String key;
        String note = "";
        String lastExercise;
        int lastOrderNumber = -1;
        final List<String> names = new ArrayList<>();
        final List<List<LoggedSet>> sets = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        SessionBuilder(LocalDateTime start, String title, String source, String key) {
            this.start = start;
            this.title = title;
            this.source = source;
            this.key = key;
        }

        /**
         * Strong writes the exercise's note on the first row of its block only. A note on a later row
         * (not seen in real exports, but a re-saved file can have one) is that set's own note, so it
         * is neither lost nor mistaken for the exercise's; one too long for a set's note goes to the
         * exercise's note after what is there.
         */
        void add(String exercise, LoggedSet set, String note, boolean newBlock) {
            String n = note == null ? "" : note;
            if (newBlock || names.isEmpty()) {
                names.add(exercise);
                sets.add(new ArrayList<>());
                notes.add(n);
                lastExercise = exercise;
            } else if (!n.isEmpty() && !n.equals(notes.get(notes.size() - 1))) {
                if (LoggedSet.oneLine(n).length() <= LoggedSet.NOTE_LIMIT) {
                    set = set.withNote(n);
                } else {
                    String before = notes.get(notes.size() - 1);
                    notes.set(notes.size() - 1, before.isEmpty() ? n : before + "\n" + n);
                }
            }
            sets.get(sets.size() - 1).add(set);
        }

        Session build() {
            List<LoggedExercise> ex = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                ex.add(new LoggedExercise(null, names.get(i), sets.get(i), notes.get(i)));
            }
            return new Session(null, start, title, source, key, note, ex);
        }
    }

    /** Small text helpers shared by the readers. */
    static final class Cli1 {
        private Cli1() {
        }

        static String shorten(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "…";
        }
    }

    static Optional<Integer> none() {
        return Optional.empty();
    }
}

package formcoach.log;

import formcoach.library.Fault;
import formcoach.store.JsonStore;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a month file of the training log ({@code {"schemaVersion": N, "data": [sessions]}}) without
 * Jackson: the log is read when the Log section or "before you lift" first opens, often in a JVM
 * where the general mapper is not set up yet, and setting it up costs more than reading a whole year
 * (docs/decisions/0014-training-log-cold-load.md).
 *
 * <p>It accepts only files that are exactly well-formed JSON in the shape this version writes, with
 * every record usable. Anything else (a syntax error, an unknown field, a number where text belongs,
 * a value the records refuse, a newer schema, a byte-order mark) makes it give up and return null;
 * the store's general reader then reads the same bytes and reports the problem as always, record by
 * record. So it never decides what is wrong with a file, only that nothing is.
 */
final class MonthFileReader implements JsonStore.QuickReader<List<Session>> {
    static final MonthFileReader INSTANCE = new MonthFileReader();

    /** Thrown to give up; carries no stack trace (it is not an error, only "let the general reader look"). */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp ONE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private MonthFileReader() {
    }

    @Override
    public List<Session> readIfClean(byte[] bytes, int schemaVersion) {
        try {
            return new Parser(bytes).file(schemaVersion);
        } catch (GiveUp | IllegalArgumentException | NullPointerException | java.time.DateTimeException
                 | IndexOutOfBoundsException e) {
            // not in the shape we write, or a record its constructor refuses: the general reader looks
            return null;
        }
    }

    /** One pass over the bytes; positions are byte offsets. */
    private static final class Parser {
        private final byte[] b;
        private int i;

        Parser(byte[] bytes) {
            this.b = bytes;
        }

        List<Session> file(int schemaVersion) {
            expect('{');
            Integer version = null;
            List<Session> data = null;
            if (!tryByte('}')) {
                do {
                    String key = string();
                    expect(':');
                    switch (key) {
                        case "schemaVersion" -> {
                            if (version != null) {
                                throw GiveUp.ONE;
                            }
                            version = integer();
                        }
                        case "data" -> {
                            if (data != null) {
                                throw GiveUp.ONE;
                            }
                            data = sessions();
                        }
                        default -> throw GiveUp.ONE;
                    }
                } while (tryByte(','));
                expect('}');
            }
            skipSpace();
            if (i != b.length || version == null || data == null || version < 1 || version > schemaVersion) {
                throw GiveUp.ONE;
            }
            return data;
        }

        private List<Session> sessions() {
            expect('[');
            List<Session> out = new ArrayList<>();
            if (tryByte(']')) {
                return out;
            }
            do {
                out.add(session());
            } while (tryByte(','));
            expect(']');
            return out;
        }

        private Session session() {
            expect('{');
            String id = null;
            LocalDateTime start = null;
            String title = null;
            String source = null;
            String importKey = null;
            String note = null;
            List<LoggedExercise> exercises = null;
            int seen = 0;
            if (!tryByte('}')) {
                do {
                    String key = string();
                    expect(':');
                    int bit;
                    switch (key) {
                        case "id" -> {
                            bit = 1;
                            id = stringOrNull();
                        }
                        case "start" -> {
                            bit = 2;
                            start = dateTime(stringOrNull());
                        }
                        case "title" -> {
                            bit = 4;
                            title = stringOrNull();
                        }
                        case "source" -> {
                            bit = 8;
                            source = stringOrNull();
                        }
                        case "importKey" -> {
                            bit = 16;
                            importKey = stringOrNull();
                        }
                        case "note" -> {
                            bit = 32;
                            note = stringOrNull();
                        }
                        case "exercises" -> {
                            bit = 64;
                            exercises = exercises();
                        }
                        default -> throw GiveUp.ONE;
                    }
                    if ((seen & bit) != 0) {
                        throw GiveUp.ONE;
                    }
                    seen |= bit;
                } while (tryByte(','));
                expect('}');
            }
            return new Session(id, start, title, source, importKey, note, exercises);
        }

        private List<LoggedExercise> exercises() {
            if (tryNull()) {
                return null;
            }
            expect('[');
            List<LoggedExercise> out = new ArrayList<>();
            if (tryByte(']')) {
                return out;
            }
            do {
                out.add(exercise());
            } while (tryByte(','));
            expect(']');
            return out;
        }

        private LoggedExercise exercise() {
            expect('{');
            String exerciseId = null;
            String name = null;
            List<LoggedSet> sets = null;
            String note = null;
            int seen = 0;
            if (!tryByte('}')) {
                do {
                    String key = string();
                    expect(':');
                    int bit;
                    switch (key) {
                        case "exerciseId" -> {
                            bit = 1;
                            exerciseId = stringOrNull();
                        }
                        case "name" -> {
                            bit = 2;
                            name = stringOrNull();
                        }
                        case "sets" -> {
                            bit = 4;
                            sets = sets();
                        }
                        case "note" -> {
                            bit = 8;
                            note = stringOrNull();
                        }
                        default -> throw GiveUp.ONE;
                    }
                    if ((seen & bit) != 0) {
                        throw GiveUp.ONE;
                    }
                    seen |= bit;
                } while (tryByte(','));
                expect('}');
            }
            return new LoggedExercise(exerciseId, name, sets, note);
        }

        private List<LoggedSet> sets() {
            if (tryNull()) {
                return null;
            }
            expect('[');
            List<LoggedSet> out = new ArrayList<>();
            if (tryByte(']')) {
                return out;
            }
            do {
                out.add(set());
            } while (tryByte(','));
            expect(']');
            return out;
        }

        /** {@code [reps, load, unit, loadKind, type, rir, rpe, fault, seconds]} and, from schema 2, {@code note}. */
        private LoggedSet set() {
            expect('[');
            int reps = integer();
            expect(',');
            double load = number();
            expect(',');
            WeightUnit unit = unit(stringOrNull());
            expect(',');
            LoadKind kind = loadKind(stringOrNull());
            expect(',');
            SetType type = setType(stringOrNull());
            expect(',');
            Integer rir = tryNull() ? null : integer();
            expect(',');
            Double rpe = tryNull() ? null : number();
            expect(',');
            Fault fault = fault(stringOrNull());
            expect(',');
            Integer seconds = tryNull() ? null : integer();
            String note = null;
            if (tryByte(',')) {
                note = stringOrNull();
            }
            expect(']');
            return new LoggedSet(reps, load, unit, kind, type, rir, rpe, fault, seconds, note);
        }

        // --------------------------------------------------------------- values

        private static WeightUnit unit(String s) {
            if (s == null) {
                return null;
            }
            return switch (s) {
                case "kg" -> WeightUnit.KG;
                case "lb" -> WeightUnit.LB;
                default -> throw GiveUp.ONE;
            };
        }

        private static LoadKind loadKind(String s) {
            if (s == null) {
                return null;
            }
            return switch (s) {
                case "external" -> LoadKind.EXTERNAL;
                case "bodyweight" -> LoadKind.BODYWEIGHT;
                case "assisted" -> LoadKind.ASSISTED;
                default -> throw GiveUp.ONE;
            };
        }

        private static SetType setType(String s) {
            if (s == null) {
                return null;
            }
            return switch (s) {
                case "normal" -> SetType.NORMAL;
                case "warmup" -> SetType.WARMUP;
                case "drop" -> SetType.DROP;
                case "failure" -> SetType.FAILURE;
                default -> throw GiveUp.ONE;
            };
        }

        private static Fault fault(String s) {
            if (s == null) {
                return null;
            }
            for (Fault f : Fault.values()) {
                if (f.id().equals(s)) {
                    return f;
                }
            }
            throw GiveUp.ONE;
        }

        /** {@code 2025-03-01T18:00:00} as this version writes it; any other form is left to the general reader. */
        private static LocalDateTime dateTime(String s) {
            if (s == null) {
                return null;
            }
            if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                    || s.charAt(16) != ':') {
                throw GiveUp.ONE;
            }
            return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                    digits(s, 14, 16), digits(s, 17, 19));
        }

        private static int digits(String s, int from, int to) {
            int v = 0;
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    throw GiveUp.ONE;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        // --------------------------------------------------------------- tokens

        private void skipSpace() {
            while (i < b.length) {
                byte c = b[i];
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    i++;
                } else {
                    return;
                }
            }
        }

        private void expect(char c) {
            skipSpace();
            if (i >= b.length || b[i] != c) {
                throw GiveUp.ONE;
            }
            i++;
        }

        private boolean tryByte(char c) {
            skipSpace();
            if (i < b.length && b[i] == c) {
                i++;
                return true;
            }
            return false;
        }

        private boolean tryNull() {
            skipSpace();
            if (i + 4 <= b.length && b[i] == 'n' && b[i + 1] == 'u' && b[i + 2] == 'l' && b[i + 3] == 'l') {
                i += 4;
                return true;
            }
            return false;
        }

        private String stringOrNull() {
            return tryNull() ? null : string();
        }

        /** A JSON string; plain runs are decoded as strict UTF-8 (a malformed byte gives up). */
        private String string() {
            expect('"');
            int from = i;
            boolean ascii = true;
            while (i < b.length) {
                byte c = b[i];
                if (c == '"') {
                    String s = ascii ? new String(b, from, i - from, StandardCharsets.ISO_8859_1) : utf8(from, i);
                    i++;
                    return s;
                }
                if (c == '\\') {
                    return escaped(from);
                }
                if (c >= 0 && c < 0x20) {
                    throw GiveUp.ONE;
                }
                if (c < 0) {
                    ascii = false;
                }
                i++;
            }
            throw GiveUp.ONE;
        }

        /** The rest of a string that has escapes, from {@code from} (just after the opening quote). */
        private String escaped(int from) {
            StringBuilder sb = new StringBuilder();
            int run = from;
            while (i < b.length) {
                byte c = b[i];
                if (c == '"') {
                    sb.append(utf8(run, i));
                    i++;
                    return sb.toString();
                }
                if (c >= 0 && c < 0x20) {
                    throw GiveUp.ONE;
                }
                if (c != '\\') {
                    i++;
                    continue;
                }
                sb.append(utf8(run, i));
                if (i + 1 >= b.length) {
                    throw GiveUp.ONE;
                }
                byte e = b[i + 1];
                i += 2;
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 4 > b.length) {
                            throw GiveUp.ONE;
                        }
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = Character.digit(b[i + k], 16);
                            if (d < 0) {
                                throw GiveUp.ONE;
                            }
                            v = v * 16 + d;
                        }
                        i += 4;
                        sb.append((char) v);
                    }
                    default -> throw GiveUp.ONE;
                }
                run = i;
            }
            throw GiveUp.ONE;
        }

        private String utf8(int from, int to) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                throw GiveUp.ONE;
            }
        }

        /** A JSON integer that fits an int (no fraction, no exponent: the general reader decides those). */
        private int integer() {
            skipSpace();
            int from = i;
            boolean negative = i < b.length && b[i] == '-';
            if (negative) {
                i++;
            }
            int start = i;
            long v = 0;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                v = v * 10 + (b[i] - '0');
                if (v > Integer.MAX_VALUE + 1L) {
                    throw GiveUp.ONE;
                }
                i++;
            }
            int n = i - start;
            if (n == 0 || (n > 1 && b[start] == '0') || (i < b.length && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) {
                i = from;
                throw GiveUp.ONE;
            }
            v = negative ? -v : v;
            if (v > Integer.MAX_VALUE) {
                throw GiveUp.ONE;
            }
            return (int) v;
        }

        /** A JSON number as a double, by the same rule Java's parser uses. */
        private double number() {
            skipSpace();
            int from = i;
            if (i < b.length && b[i] == '-') {
                i++;
            }
            int intStart = i;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            int intDigits = i - intStart;
            if (intDigits == 0 || (intDigits > 1 && b[intStart] == '0')) {
                throw GiveUp.ONE;
            }
            boolean plain = true;
            if (i < b.length && b[i] == '.') {
                plain = false;
                i++;
                int f = i;
                while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
                if (i == f) {
                    throw GiveUp.ONE;
                }
            }
            if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
                plain = false;
                i++;
                if (i < b.length && (b[i] == '+' || b[i] == '-')) {
                    i++;
                }
                int e = i;
                while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
                if (i == e) {
                    throw GiveUp.ONE;
                }
            }
            if (plain && intDigits < 10) {
                int v = 0;
                for (int k = intStart; k < i; k++) {
                    v = v * 10 + (b[k] - '0');
                }
                return b[from] == '-' ? -v : v;
            }
            return Double.parseDouble(new String(b, from, i - from, StandardCharsets.ISO_8859_1));
        }
    }
}

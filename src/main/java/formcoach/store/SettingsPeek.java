package formcoach.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quick look at {@code settings.json} for the window's first frame, without Jackson (whose first
 * use loads ~470 classes): the theme, the window's place and whether the welcome was seen are all
 * the first frame needs. It reads only a file exactly as {@link Settings#save} writes it (schema
 * {@link Settings#SCHEMA_VERSION}, every field present with its JSON type, no key twice) and answers
 * empty for anything else, so that the caller falls back to the full read through {@link JsonStore}
 * (which also repairs, quarantines and tells). It never changes a file. The full read follows in the
 * background all the same; this only decides what the first frame looks like.
 */
public final class SettingsPeek {
    /** A settings file is a few hundred bytes; anything much larger goes the full way. */
    static final int LIMIT = 64 * 1024;

    private SettingsPeek() {
    }

    /**
     * The settings in the data folder {@code dir}, or empty when the file is not one this reader
     * can be sure of (the full read decides then). A missing file gives the defaults.
     */
    public static Optional<Settings> read(Path dir) {
        Path file = dir.resolve(Settings.STORE_NAME + ".json");
        byte[] bytes;
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(Settings.defaults());
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > LIMIT) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return Optional.of(Settings.defaults());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return parse(bytes);
    }

    /** The settings in a stored file's bytes, or empty when unsure. */
    static Optional<Settings> parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            Object root = new Reader(text).document();
            if (!(root instanceof Map<?, ?> envelope)
                    || !(envelope.get("schemaVersion") instanceof Num version)
                    || !version.isWhole() || version.value() != Settings.SCHEMA_VERSION
                    || !(envelope.get("data") instanceof Map<?, ?> data)) {
                return Optional.empty();
            }
            return Optional.of(settings(data));
        } catch (Unsure e) {
            return Optional.empty();
        }
    }

    private static Settings settings(Map<?, ?> d) {
        Map<?, ?> w = objectOrNull(d, "window");
        Settings.WindowBounds window = w == null ? null : new Settings.WindowBounds(
                number(w, "x"), number(w, "y"), number(w, "width"), number(w, "height"), bool(w, "maximized"));
        double lead = number(d, "leadInSeconds");
        if (lead != Math.rint(lead) || Math.abs(lead) > Integer.MAX_VALUE) {
            throw new Unsure();
        }
        return new Settings(string(d, "theme"), window, number(d, "volume"), bool(d, "muted"), bool(d, "voice"),
                (int) lead, string(d, "region"), bool(d, "welcomeSeen"), string(d, "reportName"), string(d, "reportBirthDate"),
                boolOrFalse(d, "reduceMotion"));
    }

    private static Object present(Map<?, ?> m, String key) {
        if (!m.containsKey(key)) {
            throw new Unsure();
        }
        return m.get(key);
    }

    private static String string(Map<?, ?> m, String key) {
        Object v = present(m, key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new Unsure();
    }

    private static double number(Map<?, ?> m, String key) {
        if (present(m, key) instanceof Num n) {
            return n.value();
        }
        throw new Unsure();
    }

    /** A setting added later: absent (an older file) means off, as in the full read. */
    private static boolean boolOrFalse(Map<?, ?> m, String key) {
        return m.containsKey(key) && bool(m, key);
    }

    private static boolean bool(Map<?, ?> m, String key) {
        if (present(m, key) instanceof Boolean b) {
            return b;
        }
        throw new Unsure();
    }

    private static Map<?, ?> objectOrNull(Map<?, ?> m, String key) {
        Object v = present(m, key);
        if (v == null || v instanceof Map) {
            return (Map<?, ?>) v;
        }
        throw new Unsure();
    }

    /** The file is not one this reader is sure of. */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super(null, null, false, false);
        }
    }

    /** A JSON number: its value, and whether it was written without a fraction or exponent. */
    private record Num(double value, boolean whole) {
        boolean isWhole() {
            return whole;
        }
    }

    /** Strict JSON (RFC 8259) into maps, lists, strings, numbers, booleans and null; a key twice is unsure. */
    private static final class Reader {
        private static final int MAX_DEPTH = 16;
        private final String s;
        private int i;
        private int depth;

        Reader(String s) {
            this.s = s;
        }

        Object document() {
            if (s.startsWith("\uFEFF")) {
                i = 1;
            }
            Object v = value();
            space();
            if (i != s.length()) {
                throw new Unsure();
            }
            return v;
        }

        private void space() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else {
                    return;
                }
            }
        }

        private char peek() {
            space();
            if (i >= s.length()) {
                throw new Unsure();
            }
            return s.charAt(i);
        }

        private Object value() {
            char c = peek();
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw new Unsure();
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw new Unsure();
            }
            i += word.length();
            return v;
        }

        private Map<String, Object> object() {
            if (++depth > MAX_DEPTH) {
                throw new Unsure();
            }
            i++;
            Map<String, Object> m = new HashMap<>();
            if (peek() == '}') {
                i++;
                depth--;
                return m;
            }
            while (true) {
                if (peek() != '"') {
                    throw new Unsure();
                }
                String key = string();
                if (peek() != ':') {
                    throw new Unsure();
                }
                i++;
                if (m.containsKey(key)) {
                    throw new Unsure();
                }
                m.put(key, value());
                char c = peek();
                i++;
                if (c == '}') {
                    depth--;
                    return m;
                }
                if (c != ',') {
                    throw new Unsure();
                }
            }
        }

        private List<Object> array() {
            if (++depth > MAX_DEPTH) {
                throw new Unsure();
            }
            i++;
            List<Object> l = new ArrayList<>();
            if (peek() == ']') {
                i++;
                depth--;
                return l;
            }
            while (true) {
                l.add(value());
                char c = peek();
                i++;
                if (c == ']') {
                    depth--;
                    return l;
                }
                if (c != ',') {
                    throw new Unsure();
                }
            }
        }

        private String string() {
            i++; // the opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw new Unsure();
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new Unsure();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    throw new Unsure();
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new Unsure();
                        }
                        int code = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = Character.digit(s.charAt(i++), 16);
                            if (d < 0) {
                                throw new Unsure();
                            }
                            code = code * 16 + d;
                        }
                        sb.append((char) code);
                    }
                    default -> throw new Unsure();
                }
            }
        }

        private Num number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
            }
            int intStart = i;
            digits();
            if (i - intStart > 1 && s.charAt(intStart) == '0') {
                throw new Unsure(); // a leading zero is not JSON
            }
            boolean whole = true;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                digits();
                whole = false;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                digits();
                whole = false;
            }
            double v = Double.parseDouble(s.substring(start, i));
            if (Double.isInfinite(v)) {
                throw new Unsure();
            }
            return new Num(v, whole);
        }

        private void digits() {
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                throw new Unsure();
            }
        }
    }
}

package formcoach.paincheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reader for the facts JSON of facts-schema.md. It reports the first problem only, as one
 * line naming the key. Problems are checked in this order: the input as a whole (empty, not valid
 * JSON, not an object), then each key in the order it appears (unknown, repeated, wrong type, out of
 * range), then the missing required keys in schema order.
 *
 * <p>Choices (see docs/decisions/0002-pain-rules-as-data.md): {@code null} is a wrong type for every
 * key; {@code severity} and {@code daysSinceOnset} must be JSON integer literals, so {@code 7.0} and
 * {@code 1e1} are wrong types; {@code onsetHours} takes any finite number 0 or more, and a positive one
 * too small for a double becomes the smallest positive double rather than 0; a key given twice
 * is an error; string values are case-sensitive.
 */
public final class FactsParser {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int SHOWN_CHARS = 40;
    private static final int KEY_CHARS = 200;

    private FactsParser() {
    }

    public static Facts parse(String json) throws BadFactsException {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Facts parse(byte[] json) throws BadFactsException {
        List<Entry> entries = readEntries(json);
        Map<FactKey, Object> values = new EnumMap<>(FactKey.class);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            FactKey key = FactKey.fromId(e.name).orElseThrow(() -> new BadFactsException(unknownKey(e.name)));
            if (!seen.add(e.name)) {
                throw new BadFactsException("key '" + e.name + "' is given more than once");
            }
            values.put(key, convert(key, e));
        }
        for (FactKey key : FactKey.values()) {
            if (key.required() && !values.containsKey(key)) {
                throw new BadFactsException("missing required key '" + key.id() + "' (" + key.type().shortExpected() + ")");
            }
        }
        return Facts.of(values);
    }

    private record Entry(String name, JsonToken token, String text) {
    }

    private static List<Entry> readEntries(byte[] json) throws BadFactsException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            // The key whose value is being read, so a failure there can name it; null between keys.
            String inValueOf = null;
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new BadFactsException("input is empty");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw new BadFactsException("input is not a JSON object (it is " + describeToken(first) + ")");
                }
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    inValueOf = name;
                    JsonToken v = p.nextToken();
                    String text;
                    if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        text = null;
                    } else {
                        text = p.getText();
                    }
                    entries.add(new Entry(name, v, text));
                    inValueOf = null;
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new BadFactsException("input is not valid JSON: the object is not closed");
                }
                if (p.nextToken() != null) {
                    throw new BadFactsException("input is not valid JSON: there is more after the closing }");
                }
            } catch (JsonProcessingException e) {
                // Jackson reads a scalar value in the same step as its key, so a failure in that
                // value leaves the parser on the key's FIELD_NAME rather than in our loop body.
                String key = inValueOf != null ? inValueOf
                        : p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
                if (key == null && !entries.isEmpty() && p.currentToken() != null && p.currentToken().isNumeric()
                        && startsWith(e, "Unexpected character")) {
                    // a number with a valid start (0x1: Jackson takes the 0) fails just after its value
                    key = entries.get(entries.size() - 1).name();
                }
                throw new BadFactsException(key != null ? valueProblem(key, e) : "input is not valid JSON: " + jsonProblem(e));
            }
        } catch (JsonProcessingException e) {
            throw new BadFactsException("input is not valid JSON: " + jsonProblem(e));
        } catch (IOException e) {
            throw new BadFactsException("input could not be read: " + e.getMessage());
        }
        return entries;
    }

    private static Object convert(FactKey key, Entry e) throws BadFactsException {
        switch (key.type()) {
            case BOOLEAN -> {
                if (e.token == JsonToken.VALUE_TRUE) {
                    return Boolean.TRUE;
                }
                if (e.token == JsonToken.VALUE_FALSE) {
                    return Boolean.FALSE;
                }
                throw wrong(key, e);
            }
            case SEVERITY -> {
                BigInteger n = integer(key, e);
                if (n.signum() < 0 || n.compareTo(BigInteger.TEN) > 0) {
                    throw wrong(key, e);
                }
                return n.intValue();
            }
            case DAYS -> {
                BigInteger n = integer(key, e);
                if (n.signum() < 0) {
                    throw wrong(key, e);
                }
                if (n.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                    throw new BadFactsException("'" + key.id() + "' must be " + key.type().expected()
                            + " (at most " + Integer.MAX_VALUE + "), got " + shown(e));
                }
                return n.intValue();
            }
            case HOURS -> {
                if (e.token != JsonToken.VALUE_NUMBER_INT && e.token != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw wrong(key, e);
                }
                BigDecimal d;
                try {
                    d = new BigDecimal(e.text);
                } catch (NumberFormatException tooBig) {
                    throw wrong(key, e);
                }
                if (d.signum() < 0) {
                    throw wrong(key, e);
                }
                double hours = d.doubleValue();
                if (Double.isInfinite(hours)) {
                    throw new BadFactsException("'" + key.id() + "' must be a finite number 0 or more, got " + shown(e));
                }
                if (hours == 0.0 && d.signum() > 0) {
                    // 0 means "during the lift"; a later onset too small for a double must stay later.
                    return Double.MIN_VALUE;
                }
                return hours;
            }
            case CHARACTER -> {
                if (e.token != JsonToken.VALUE_STRING) {
                    throw wrong(key, e);
                }
                return PainCharacter.fromId(e.text).orElseThrow(() -> wrong(key, e));
            }
            case LOCATION -> {
                if (e.token != JsonToken.VALUE_STRING) {
                    throw wrong(key, e);
                }
                return PainLocation.fromId(e.text).orElseThrow(() -> wrong(key, e));
            }
            default -> throw new IllegalStateException(key.type().name());
        }
    }

    private static BigInteger integer(FactKey key, Entry e) throws BadFactsException {
        // A float literal such as 7.0 is refused for integer keys: it is a different JSON type, and
        // accepting it would mean guessing what a producer that writes floats meant.
        if (e.token != JsonToken.VALUE_NUMBER_INT) {
            throw wrong(key, e);
        }
        return new BigInteger(e.text);
    }

    private static BadFactsException wrong(FactKey key, Entry e) {
        return new BadFactsException("'" + key.id() + "' must be " + key.type().expected() + ", got " + shown(e));
    }

    private static String shown(Entry e) {
        return switch (e.token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(clip(e.text))) + "\"";
            default -> clip(e.text);
        };
    }

    private static String clip(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "...";
    }

    private static String describeToken(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /**
     * A failure inside one key's value, as one line naming the key. Jackson's own limits (number
     * length, nesting depth, string length) get plain words; other syntax errors keep Jackson's text.
     */
    private static String valueProblem(String name, JsonProcessingException e) {
        StreamReadConstraints limits = FACTORY.streamReadConstraints();
        String what;
        if (e instanceof StreamConstraintsException && startsWith(e, "Number value length")) {
            what = "number is too long (more than " + limits.getMaxNumberLength() + " digits)";
        } else if (e instanceof StreamConstraintsException && startsWith(e, "Document nesting depth")) {
            what = "nested too deeply (more than " + limits.getMaxNestingDepth() + " levels)";
        } else if (e instanceof StreamConstraintsException && startsWith(e, "String value length")) {
            what = "text is too long (more than " + limits.getMaxStringLength() + " characters)";
        } else {
            what = "not valid JSON: " + jsonProblem(e);
        }
        String expected = FactKey.fromId(name).map(k -> "expected " + k.type().expected())
                .orElse("it is not a known key either");
        return "'" + oneLine(name) + "': " + what + "; " + expected;
    }

    private static boolean startsWith(JsonProcessingException e, String prefix) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(prefix);
    }

    /** A key as the person typed it, whole up to a sane length, on one line. */
    private static String oneLine(String name) {
        String shown = name.length() <= KEY_CHARS ? name : name.substring(0, KEY_CHARS) + "...";
        return new String(JsonStringEncoder.getInstance().quoteAsString(shown));
    }

    private static String jsonProblem(JsonProcessingException e) {
        String msg = formcoach.store.Json.plainMessage(e);
        if (msg == null) {
            msg = "unreadable";
        }
        // Jackson's messages carry a second line with a hint about the source; one line is the contract.
        msg = msg.strip().replaceAll("\\s*\\R.*", "");
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            msg += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return msg;
    }

    private static String unknownKey(String name) {
        String suggestion = null;
        int best = 3;
        for (String id : FactKey.ids()) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), id.toLowerCase(java.util.Locale.ROOT));
            if (d < best) {
                best = d;
                suggestion = id;
            }
        }
        return "unknown key '" + oneLine(name) + "'" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

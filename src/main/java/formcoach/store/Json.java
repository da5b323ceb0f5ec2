package formcoach.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one way Form Coach configures Jackson, shared by assets, the store and the command line. */
public final class Json {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /**
     * Jackson's message in plain words for a person: without the "[Source: REDACTED …]" location
     * blocks it adds (we give line numbers ourselves), without the names of parser features or Java
     * classes, and with "the file ends early" for a cut-off file.
     */
    public static String plainMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return e.getClass().getSimpleName();
        }
        msg = msg.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\[Source:[^\\]]*\\]", "")
                .strip();
        return plainWords(e, msg);
    }

    private static final java.util.regex.Pattern NON_STANDARD = java.util.regex.Pattern.compile("Non-standard token '([^']*)'.*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern UNEXPECTED_CHAR = java.util.regex.Pattern.compile(
            "Unexpected character \\('(.)' \\(code \\d+\\)\\):\\s*(.*)", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN = java.util.regex.Pattern.compile("Unrecognized token '([^']*)'.*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern NULL_PRIMITIVE = java.util.regex.Pattern.compile("Cannot map `null` into type `([^`]*)`.*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern WRONG_TYPE = java.util.regex.Pattern.compile(
            "Cannot deserialize value of type `([^`]*)` from (\\w[\\w-]*) (?:value|token)?(.*)", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern UNKNOWN_FIELD = java.util.regex.Pattern.compile("Unrecognized field \"([^\"]*)\".*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern MISSING_CREATOR = java.util.regex.Pattern.compile("Missing required creator property '([^']*)'.*", java.util.regex.Pattern.DOTALL);

    /** Known Jackson phrasings mapped to words; anything else keeps Jackson's text without feature or class names. */
    private static String plainWords(com.fasterxml.jackson.core.JsonProcessingException e, String msg) {
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || msg.startsWith("Unexpected end-of-input")) {
            String detail = msg.contains("closing quote") ? " inside a piece of text"
                    : msg.contains("close marker for Array") ? " before a list is closed with ]"
                    : msg.contains("close marker for Object") ? " before an object is closed with }" : "";
            return "the file ends early" + detail + " (it may have been cut off)";
        }
        java.util.regex.Matcher m = NON_STANDARD.matcher(msg);
        if (m.matches()) {
            return "'" + m.group(1) + "' is not a number JSON allows";
        }
        m = UNEXPECTED_CHAR.matcher(msg);
        if (m.matches()) {
            String c = m.group(1);
            String rest = m.group(2);
            if (rest.contains("comment")) {
                return "comments ('" + c + "') are not allowed in JSON";
            }
            if (rest.contains("double-quote to start field name")) {
                return "unexpected character '" + c + "' where a name in double quotes was expected";
            }
            return "unexpected character '" + c + "' where a value was expected";
        }
        if (msg.contains("CTRL-CHAR")) {
            return msg.contains("unquoted") ? "a control character inside text must be written with a backslash escape"
                    : "unexpected control character (the file may not be JSON text)";
        }
        m = UNRECOGNIZED_TOKEN.matcher(msg);
        if (m.matches()) {
            return "unexpected word '" + m.group(1) + "' (text must be in double quotes; other values are numbers, true, false or null)";
        }
        m = NULL_PRIMITIVE.matcher(msg);
        if (m.matches()) {
            return "a value is missing or null (expected " + typeWords(m.group(1)) + ")";
        }
        m = WRONG_TYPE.matcher(msg);
        if (m.matches()) {
            String found = switch (m.group(2)) {
                case "Object" -> "an object";
                case "Array" -> "a list";
                case "String" -> "text";
                case "Integer", "Floating-point" -> "a number";
                case "Boolean" -> "true or false";
                default -> "something else";
            };
            return "expected " + typeWords(m.group(1)) + ", found " + found;
        }
        m = UNKNOWN_FIELD.matcher(msg);
        if (m.matches()) {
            return "unknown field '" + m.group(1) + "'";
        }
        m = MISSING_CREATOR.matcher(msg);
        if (m.matches()) {
            return "'" + m.group(1) + "' is missing";
        }
        // never a parser feature's or a Java class's name
        return msg.replaceAll("\\s*\\((?:set|or|enable)[^)]*(?:Feature|Config)[^)]*\\)", "")
                .replaceAll("[:;,]?\\s*(?:or )?enable `[^`]*`( to allow)?", "")
                .replaceAll("`(?:[a-z]+\\.)+([A-Z]\\w*)[^`]*`", "$1")
                .replaceAll("\\(class (?:[a-z]+\\.)+([A-Z]\\w*)\\)", "($1)")
                .strip();
    }

    private static String typeWords(String javaType) {
        String t = javaType.replaceAll("<.*", "");
        if (t.endsWith("List") || t.endsWith("Set") || t.endsWith("Collection") || t.endsWith("[]")) {
            return "a list";
        }
        return switch (t) {
            case "int", "long", "short", "java.lang.Integer", "java.lang.Long" -> "a whole number";
            case "double", "float", "java.lang.Double", "java.lang.Float" -> "a number";
            case "boolean", "java.lang.Boolean" -> "true or false";
            case "java.lang.String" -> "text";
            case "java.time.Instant", "java.time.LocalDate" -> "a date as text";
            default -> "an object";
        };
    }

    /** Strict mapper: unknown properties, null primitives and trailing garbage are errors. */
    public static ObjectMapper mapper() {
        return STRICT;
    }
}

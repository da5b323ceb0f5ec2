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
     * Jackson's own message for a person: without the "[Source: REDACTED …]" location blocks it adds
     * (we give line numbers ourselves).
     */
    public static String plainMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return e.getClass().getSimpleName();
        }
        return msg.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\[Source:[^\\]]*\\]", "")
                .strip();
    }

    /** Strict mapper: unknown properties, null primitives and trailing garbage are errors. */
    public static ObjectMapper mapper() {
        return STRICT;
    }
}

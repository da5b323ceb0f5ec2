package formcoach.paincheck;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One rule that fired, as it appears in the output: {@code {rule, level, text, sources}}. */
@JsonPropertyOrder({"rule", "level", "text", "sources"})
public record Reason(String rule, Level level, String text, List<String> sources) {
    public Reason {
        sources = List.copyOf(sources);
    }

    public static Reason of(Rule r) {
        return new Reason(r.id(), r.level(), r.text(), r.sources());
    }
}

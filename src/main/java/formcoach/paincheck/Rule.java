package formcoach.paincheck;

import java.util.List;

/**
 * One rule of the rules file: when {@code when} holds, the answer reaches {@code level}, for the
 * reason {@code text} (plain words), based on the guidance behind {@code sources}.
 */
public record Rule(String id, Level level, Condition when, String text, List<String> sources) {
    public Rule {
        sources = List.copyOf(sources);
    }
}

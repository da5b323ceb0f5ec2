package formcoach.paincheck;

import java.util.List;
import java.util.Map;

/** A validated rules file: its version, the source list, the pattern definitions and the rules. */
public record RuleSet(String rulesVersion, Map<String, String> sources, List<PatternRule> patterns, List<Rule> rules) {
    public RuleSet {
        sources = Map.copyOf(sources);
        patterns = List.copyOf(patterns);
        rules = List.copyOf(rules);
    }
}

package formcoach.paincheck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Json;

/** Builds facts for tests: a plain DOMS case with some keys changed. */
final class TestFacts {
    static final String DOMS_BASE = """
            {"onsetHours": 24, "character": "aching", "location": "diffuse", "severity": 3,
             "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false}""";

    private TestFacts() {
    }

    static RuleSet rules() {
        return RulesLoader.loadAsset().ruleSet().orElseThrow(() ->
                new AssertionError(RulesLoader.loadAsset().problems()));
    }

    /** The DOMS base with {@code overrides} (a JSON object body, e.g. {@code "fever": true}) laid over it. */
    static Facts doms(String overrides) {
        try {
            ObjectNode base = (ObjectNode) Json.mapper().readTree(DOMS_BASE);
            if (!overrides.isBlank()) {
                ObjectNode over = (ObjectNode) Json.mapper().readTree("{" + overrides + "}");
                base.setAll(over);
            }
            return FactsParser.parse(Json.mapper().writeValueAsBytes(base));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

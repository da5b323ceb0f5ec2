package formcoach.paincheck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Json;

/** Builds facts for tests: a plain DOMS case with some keys changed. */
final class TestFacts {
    static final String DOMS_BASE = """
            {"onsetHours": 24, "character": "aching", "location": "diffuse", "severity": 3,
             "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false}""";

    /** The regions the tests word answers for: GB (999, NHS 111, A&E), US (911) and FR (the 112 set). */
    static final Region GB = Advice.loadAsset().value().orElseThrow().region("GB");
    static final Region US = Advice.loadAsset().value().orElseThrow().region("US");
    static final Region FR = Advice.loadAsset().value().orElseThrow().region("FR");

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

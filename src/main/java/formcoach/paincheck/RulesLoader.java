package formcoach.paincheck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a rules file. It never throws for bad content: every problem is returned as
 * one line naming the file, the rule id and the field, so the app can start and say what is wrong.
 * A file with any problem yields no rule set at all: running on part of the rules could under-call
 * a red flag.
 */
public final class RulesLoader {
    public static final String ASSET = "paincheck/rules.json";
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_FIELDS = Set.of("rulesVersion", "description", "sources", "patterns", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "level", "when", "text", "sources");
    private static final Set<String> PATTERN_FIELDS = Set.of("pattern", "when");

    /** The outcome: a rule set when there were no problems, otherwise the problems. */
    public static final class Result {
        private final RuleSet ruleSet;
        private final List<String> problems;

        Result(RuleSet ruleSet, List<String> problems) {
            this.ruleSet = ruleSet;
            this.problems = List.copyOf(problems);
        }

        public Optional<RuleSet> ruleSet() {
            return Optional.ofNullable(ruleSet);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private RulesLoader(String file) {
        this.file = file;
    }

    /** Loads the rules shipped in {@code assets/paincheck/rules.json}. */
    public static Result loadAsset() {
        try {
            Assets.AssetFile f = Assets.read(ASSET);
            return load(f.bytes(), f.path());
        } catch (UncheckedIOException e) {
            return new Result(null, List.of("assets/" + ASSET + ": " + e.getCause().getMessage()));
        }
    }

    public static Result load(byte[] json, String fileName) {
        return new RulesLoader(fileName).run(json);
    }

    private Result run(byte[] json) {
        JsonNode root;
        try {
            root = Json.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(json);
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(file + ": not valid JSON: " + Assets.describe(e)));
        } catch (IOException e) {
            return new Result(null, List.of(file + ": " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return new Result(null, List.of(file + ": the file must hold one JSON object"));
        }
        unknownFields(root, TOP_FIELDS, "");
        String version = text(root, "rulesVersion", "rulesVersion");
        Map<String, String> sources = readSources(root.get("sources"));
        List<PatternRule> patterns = readPatterns(root.get("patterns"));
        List<Rule> rules = readRules(root.get("rules"), sources);
        checkCoverage(rules);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new RuleSet(version, sources, patterns, rules), List.of());
    }

    private Map<String, String> readSources(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            problem("sources: must be an object of source key to address");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problem("sources." + e.getKey() + ": must be the address of the source");
            } else {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    private List<PatternRule> readPatterns(JsonNode node) {
        List<PatternRule> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problem("patterns: must be a list of {\"pattern\", \"when\"}");
            return out;
        }
        Set<formcoach.paincheck.Pattern> seen = EnumSet.noneOf(formcoach.paincheck.Pattern.class);
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            String where = "patterns[" + i + "]";
            if (!p.isObject()) {
                problem(where + ": must be an object");
                continue;
            }
            unknownFields(p, PATTERN_FIELDS, where + ".");
            JsonNode name = p.get("pattern");
            formcoach.paincheck.Pattern pattern = null;
            if (name == null || !name.isTextual()) {
                problem(where + ".pattern: must be STRAIN or DOMS");
            } else if ("STRAIN".equals(name.asText()) || "DOMS".equals(name.asText())) {
                pattern = formcoach.paincheck.Pattern.valueOf(name.asText());
                if (!seen.add(pattern)) {
                    problem(where + ".pattern: " + pattern + " is defined twice");
                }
            } else {
                problem(where + ".pattern: must be STRAIN or DOMS (UNCLEAR is what is left), got " + name);
            }
            Condition when = condition(p.get("when"), where + ".when", false);
            if (pattern != null && when != null) {
                out.add(new PatternRule(pattern, when));
            }
        }
        for (formcoach.paincheck.Pattern must : List.of(formcoach.paincheck.Pattern.STRAIN, formcoach.paincheck.Pattern.DOMS)) {
            if (!seen.contains(must)) {
                problem("patterns: no definition for " + must);
            }
        }
        return out;
    }

    private List<Rule> readRules(JsonNode node, Map<String, String> sources) {
        List<Rule> out = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("rules: must be a non-empty list of rules");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode r = node.get(i);
            JsonNode idNode = r.get("id");
            String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
            String where = id != null ? "rule '" + id + "'" : "rules[" + i + "]";
            if (!r.isObject()) {
                problem(where + ": must be an object");
                continue;
            }
            int before = problems.size();
            unknownFields(r, RULE_FIELDS, where + ": ");
            if (id == null) {
                problem(where + ": id: missing (a kebab-case name such as chest-pain)");
            } else if (!KEBAB.matcher(id).matches()) {
                problem(where + ": id: must be kebab-case (lower-case words joined by '-')");
            } else if (!ids.add(id)) {
                problem(where + ": id: used by more than one rule");
            }
            Level level = null;
            JsonNode levelNode = r.get("level");
            if (levelNode == null || !levelNode.isTextual()) {
                problem(where + ": level: missing (one of " + List.of(Level.values()) + ")");
            } else {
                try {
                    level = Level.valueOf(levelNode.asText());
                } catch (IllegalArgumentException e) {
                    problem(where + ": level: unknown level '" + levelNode.asText() + "' (one of " + List.of(Level.values()) + ")");
                }
            }
            Condition when = condition(r.get("when"), where + ": when", true);
            String text = text(r, "text", where + ": text");
            List<String> src = new ArrayList<>();
            JsonNode srcNode = r.get("sources");
            if (srcNode == null || !srcNode.isArray() || srcNode.isEmpty()) {
                problem(where + ": sources: must list at least one source key");
            } else {
                for (int j = 0; j < srcNode.size(); j++) {
                    JsonNode s = srcNode.get(j);
                    if (!s.isTextual()) {
                        problem(where + ": sources[" + j + "]: must be a source key");
                    } else if (!sources.containsKey(s.asText())) {
                        problem(where + ": sources[" + j + "]: unknown source '" + s.asText() + "' (not in the file's sources)");
                    } else {
                        src.add(s.asText());
                    }
                }
            }
            if (problems.size() == before) {
                out.add(new Rule(id, level, when, text, src));
            }
        }
        return out;
    }

    /** Every pattern must have a rule that fires on the pattern alone, so every check has a reason. */
    private void checkCoverage(List<Rule> rules) {
        for (formcoach.paincheck.Pattern p : formcoach.paincheck.Pattern.values()) {
            boolean covered = rules.stream().anyMatch(r -> r.when().equals(new Condition.PatternIs(p)));
            if (!covered) {
                problem("rules: no rule with \"when\": {\"pattern\": \"" + p + "\"}; every pattern needs one so that every check has a reason");
            }
        }
    }

    private Condition condition(JsonNode node, String where, boolean patternsAllowed) {
        if (node == null) {
            problem(where + ": missing");
            return null;
        }
        if (!node.isObject()) {
            problem(where + ": must be an object such as {\"fact\": \"fever\"}");
            return null;
        }
        List<String> forms = new ArrayList<>();
        for (String f : List.of("fact", "pattern", "all", "any", "not")) {
            if (node.has(f)) {
                forms.add(f);
            }
        }
        if (forms.size() != 1) {
            problem(where + ": must have exactly one of fact, pattern, all, any, not" + (forms.isEmpty() ? "" : " (has " + forms + ")"));
            return null;
        }
        String form = forms.get(0);
        switch (form) {
            case "all", "any" -> {
                unknownFields(node, Set.of(form), where + ".");
                JsonNode list = node.get(form);
                if (!list.isArray() || list.isEmpty()) {
                    problem(where + "." + form + ": must be a non-empty list of conditions");
                    return null;
                }
                List<Condition> parts = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < list.size(); i++) {
                    Condition c = condition(list.get(i), where + "." + form + "[" + i + "]", patternsAllowed);
                    ok &= c != null;
                    parts.add(c);
                }
                return ok ? ("all".equals(form) ? new Condition.All(parts) : new Condition.Any(parts)) : null;
            }
            case "not" -> {
                unknownFields(node, Set.of("not"), where + ".");
                Condition c = condition(node.get("not"), where + ".not", patternsAllowed);
                return c == null ? null : new Condition.Not(c);
            }
            case "pattern" -> {
                unknownFields(node, Set.of("pattern"), where + ".");
                if (!patternsAllowed) {
                    problem(where + ": a pattern definition cannot refer to a pattern");
                    return null;
                }
                JsonNode p = node.get("pattern");
                try {
                    return new Condition.PatternIs(formcoach.paincheck.Pattern.valueOf(p.asText()));
                } catch (IllegalArgumentException e) {
                    problem(where + ".pattern: unknown pattern " + p + " (DOMS, STRAIN or UNCLEAR)");
                    return null;
                }
            }
            default -> {
                return factCondition(node, where);
            }
        }
    }

    private Condition factCondition(JsonNode node, String where) {
        JsonNode f = node.get("fact");
        Optional<FactKey> key = f.isTextual() ? FactKey.fromId(f.asText()) : Optional.empty();
        if (key.isEmpty()) {
            problem(where + ".fact: unknown fact " + f + " (see docs/pain-check-cli.md)");
            return null;
        }
        FactKey k = key.get();
        List<String> ops = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!"fact".equals(name)) {
                ops.add(name);
            }
        }
        if (ops.size() > 1) {
            problem(where + ": one operator per fact condition, got " + ops);
            return null;
        }
        String op = ops.isEmpty() ? null : ops.get(0);
        JsonNode arg = op == null ? null : node.get(op);
        switch (k.type()) {
            case BOOLEAN -> {
                if (op == null) {
                    return new Condition.FactTrue(k);
                }
                if ("equals".equals(op) && arg.isBoolean()) {
                    return new Condition.FactEquals(k, arg.asBoolean());
                }
                problem(where + ": '" + k.id() + "' is true or false; use {\"fact\": \"" + k.id() + "\"} or \"equals\": true/false, not '" + op + "'");
                return null;
            }
            case HOURS, SEVERITY, DAYS -> {
                Condition.Op o = op == null ? null : Condition.Op.BY_JSON.get(op);
                if (o == null) {
                    problem(where + ": '" + k.id() + "' is a number; use one of atLeast, moreThan, atMost, lessThan, equals"
                            + (op == null ? "" : ", not '" + op + "'"));
                    return null;
                }
                if (!arg.isNumber()) {
                    problem(where + "." + op + ": must be a number, got " + arg);
                    return null;
                }
                return new Condition.Compare(k, o, arg.asDouble());
            }
            case CHARACTER, LOCATION -> {
                List<String> allowed = k.type() == FactKey.Type.CHARACTER ? PainCharacter.ids() : PainLocation.ids();
                List<JsonNode> values = new ArrayList<>();
                if ("in".equals(op) && arg.isArray() && !arg.isEmpty()) {
                    arg.forEach(values::add);
                } else if ("equals".equals(op) && arg.isTextual()) {
                    values.add(arg);
                } else {
                    problem(where + ": '" + k.id() + "' is a word; use \"in\": [...] or \"equals\": \"...\""
                            + (op == null ? "" : ", not '" + op + "' " + arg));
                    return null;
                }
                Set<String> ids = new HashSet<>();
                for (JsonNode v : values) {
                    if (!v.isTextual() || !allowed.contains(v.asText())) {
                        problem(where + "." + op + ": " + v + " is not a " + k.id() + " (one of " + String.join(", ", allowed) + ")");
                        return null;
                    }
                    ids.add(v.asText());
                }
                return new Condition.OneOf(k, ids);
            }
            default -> throw new IllegalStateException(k.type().name());
        }
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode t = node.get(field);
        if (t == null || !t.isTextual() || t.asText().isBlank()) {
            problem(where + ": must be non-empty text");
            return null;
        }
        return t.asText();
    }

    private void unknownFields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(where + "unknown field '" + name + "'");
            }
        }
    }

    private void problem(String what) {
        problems.add(file + ": " + what);
    }
}

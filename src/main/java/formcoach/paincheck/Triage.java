package formcoach.paincheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The decision procedure of pain-check-rules.md §7 over a rule set: classify the pattern, evaluate
 * every rule, keep all that fire, and take the highest level. Pure: same facts, same answer.
 */
public final class Triage {
    private final RuleSet rules;

    /** What the rules decided: the level, the pattern and every rule that fired, decisive ones first. */
    public record Decision(Level level, Pattern pattern, List<Rule> fired) {
        public Decision {
            fired = List.copyOf(fired);
        }
    }

    public Triage(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    /** The first pattern definition that holds, or UNCLEAR. */
    public Pattern classify(Facts facts) {
        // Pattern definitions never refer to patterns (the loader refuses it), so any pattern answer will do.
        Condition.Env env = Condition.env(facts::get, p -> Tri.UNKNOWN);
        for (PatternRule p : rules.patterns()) {
            if (p.when().eval(env) == Tri.TRUE) {
                return p.pattern();
            }
        }
        return Pattern.UNCLEAR;
    }

    public Decision decide(Facts facts) {
        Pattern pattern = classify(facts);
        Condition.Env env = Condition.env(facts::get, p -> Tri.of(p == pattern));
        List<Rule> fired = new ArrayList<>();
        for (Rule r : rules.rules()) {
            if (r.when().eval(env) == Tri.TRUE) {
                fired.add(r);
            }
        }
        if (fired.isEmpty()) {
            // The loader guarantees a rule for every pattern, so this means the rule set was built by hand wrongly.
            throw new IllegalStateException("no rule fired for pattern " + pattern + " in rules " + rules.rulesVersion());
        }
        // Stable sort: within a level, rules keep their order in the file.
        fired.sort(Comparator.comparingInt((Rule r) -> r.level().rank()).reversed());
        return new Decision(fired.get(0).level(), pattern, fired);
    }

    /**
     * Pattern over partly answered facts ({@code null} = not answered yet): TRUE for a pattern only
     * when it holds whatever the missing answers are.
     */
    public Tri patternIs(Pattern wanted, java.util.function.Function<FactKey, Object> partial) {
        Condition.Env env = Condition.env(partial, p -> Tri.UNKNOWN);
        Tri earlierNone = Tri.TRUE;
        for (PatternRule p : rules.patterns()) {
            Tri here = p.when().eval(env);
            if (p.pattern() == wanted) {
                return earlierNone.and(here);
            }
            earlierNone = earlierNone.and(here.not());
        }
        return wanted == Pattern.UNCLEAR ? earlierNone : Tri.FALSE;
    }

    /**
     * The rules that certainly fire on partly answered facts, whatever the missing answers are.
     * The questionnaire uses it to stop at the first answer that makes the check an emergency.
     */
    public List<Rule> certainlyFiring(java.util.function.Function<FactKey, Object> partial) {
        Condition.Env env = Condition.env(partial, p -> patternIs(p, partial));
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules.rules()) {
            if (r.when().eval(env) == Tri.TRUE) {
                out.add(r);
            }
        }
        return out;
    }
}

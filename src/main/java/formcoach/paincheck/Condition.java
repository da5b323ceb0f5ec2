package formcoach.paincheck;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A condition over the facts, read from the rules file (docs/decisions/0002-pain-rules-as-data.md):
 * {@code {"fact":"darkUrine"}}, {@code {"fact":"severity","atLeast":7}},
 * {@code {"fact":"character","in":["sharp","stabbing"]}}, {@code {"pattern":"DOMS"}},
 * {@code {"all":[...]}}, {@code {"any":[...]}}, {@code {"not":{...}}}.
 */
public sealed interface Condition {

    /** What a condition can look at. A fact is {@code null} when it is not known yet (questionnaire). */
    interface Env {
        Object fact(FactKey key);

        Tri patternIs(Pattern pattern);
    }

    Tri eval(Env env);

    /** Evaluates over complete facts with a known pattern. */
    default boolean test(Facts facts, Pattern pattern) {
        return eval(new Env() {
            @Override
            public Object fact(FactKey key) {
                return facts.get(key);
            }

            @Override
            public Tri patternIs(Pattern p) {
                return Tri.of(p == pattern);
            }
        }) == Tri.TRUE;
    }

    /** Every fact the condition reads, for documentation and the monotonicity check. */
    void collectFacts(Set<FactKey> into);

    /** A true/false fact is true. */
    record FactTrue(FactKey key) implements Condition {
        @Override
        public Tri eval(Env env) {
            Object v = env.fact(key);
            return v == null ? Tri.UNKNOWN : Tri.of((Boolean) v);
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            into.add(key);
        }
    }

    /** A true/false fact has the given value ({@code "equals": false}). */
    record FactEquals(FactKey key, boolean value) implements Condition {
        @Override
        public Tri eval(Env env) {
            Object v = env.fact(key);
            return v == null ? Tri.UNKNOWN : Tri.of(((Boolean) v) == value);
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            into.add(key);
        }
    }

    /** Numeric comparison operators, named as in the rules file. */
    enum Op {
        AT_LEAST("atLeast"), MORE_THAN("moreThan"), AT_MOST("atMost"), LESS_THAN("lessThan"), EQUALS("equals");

        private final String json;

        Op(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        static final Map<String, Op> BY_JSON = Map.of("atLeast", AT_LEAST, "moreThan", MORE_THAN,
                "atMost", AT_MOST, "lessThan", LESS_THAN, "equals", EQUALS);

        boolean apply(double a, double b) {
            return switch (this) {
                case AT_LEAST -> a >= b;
                case MORE_THAN -> a > b;
                case AT_MOST -> a <= b;
                case LESS_THAN -> a < b;
                case EQUALS -> a == b;
            };
        }
    }

    /** A number fact compared with a constant. */
    record Compare(FactKey key, Op op, double value) implements Condition {
        @Override
        public Tri eval(Env env) {
            Object v = env.fact(key);
            return v == null ? Tri.UNKNOWN : Tri.of(op.apply(((Number) v).doubleValue(), value));
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            into.add(key);
        }
    }

    /** {@code character} or {@code location} is one of the listed ids. */
    record OneOf(FactKey key, Set<String> ids) implements Condition {
        public OneOf {
            ids = Set.copyOf(ids);
        }

        @Override
        public Tri eval(Env env) {
            Object v = env.fact(key);
            if (v == null) {
                return Tri.UNKNOWN;
            }
            String id = v instanceof PainCharacter c ? c.id() : ((PainLocation) v).id();
            return Tri.of(ids.contains(id));
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            into.add(key);
        }
    }

    /** The pain pattern is the given one. */
    record PatternIs(Pattern pattern) implements Condition {
        @Override
        public Tri eval(Env env) {
            return env.patternIs(pattern);
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            // the pattern's own facts are collected from the pattern definitions
        }
    }

    record All(List<Condition> of) implements Condition {
        public All {
            of = List.copyOf(of);
        }

        @Override
        public Tri eval(Env env) {
            Tri t = Tri.TRUE;
            for (Condition c : of) {
                t = t.and(c.eval(env));
                if (t == Tri.FALSE) {
                    return t;
                }
            }
            return t;
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            of.forEach(c -> c.collectFacts(into));
        }
    }

    record Any(List<Condition> of) implements Condition {
        public Any {
            of = List.copyOf(of);
        }

        @Override
        public Tri eval(Env env) {
            Tri t = Tri.FALSE;
            for (Condition c : of) {
                t = t.or(c.eval(env));
                if (t == Tri.TRUE) {
                    return t;
                }
            }
            return t;
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            of.forEach(c -> c.collectFacts(into));
        }
    }

    record Not(Condition of) implements Condition {
        @Override
        public Tri eval(Env env) {
            return of.eval(env).not();
        }

        @Override
        public void collectFacts(Set<FactKey> into) {
            of.collectFacts(into);
        }
    }

    /** Helper for callers holding facts as a function (null = unknown). */
    static Env env(Function<FactKey, Object> facts, Function<Pattern, Tri> pattern) {
        return new Env() {
            @Override
            public Object fact(FactKey key) {
                return facts.apply(key);
            }

            @Override
            public Tri patternIs(Pattern p) {
                return pattern.apply(p);
            }
        };
    }
}

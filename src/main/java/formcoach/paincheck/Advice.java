package formcoach.paincheck;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The words around a decision, read from {@code assets/paincheck/advice.json}: the action per level,
 * self-care per pattern (with painkiller caveats), the "get help sooner if" safety net, the notice,
 * plain words for every yes/no fact, and what each departure from the soreness course means. {@code {emergencyNumber}} in any text is filled in.
 */
public record Advice(String notice, Map<Level, String> actions, Map<Level, String> levelWords, SelfCare selfCare, List<String> avoidNsaidsIfAny,
                     SafetyNet safetyNet, Map<String, String> factWords,
                     Map<SorenessCourse.Deviation, String> course) {
    public static final String ASSET = "paincheck/advice.json";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}]*)}");

    public record SelfCare(Map<Level, List<String>> whileWaiting, Map<Pattern, List<String>> pattern,
                           Map<Pattern, List<String>> painkillers, List<String> ibuprofenCautions,
                           List<String> rhabdomyolysis) {
    }

    /** {@code atLevel}: shown at exactly that level; {@code escalateTo}: shown when the result is below that level. */
    public record SafetyNet(Map<Level, List<String>> atLevel, Map<Level, List<String>> escalateTo) {
    }

    /** The outcome of loading: advice when there were no problems, otherwise the problems. */
    public record Load(Advice advice, List<String> problems) {
        public Optional<Advice> value() {
            return Optional.ofNullable(advice);
        }
    }

    public static Load loadAsset() {
        try {
            return load(Assets.read(ASSET));
        } catch (UncheckedIOException e) {
            return new Load(null, List.of("assets/" + ASSET + ": " + e.getCause().getMessage()));
        }
    }

    public static Load load(Assets.AssetFile file) {
        JavaType type = Json.mapper().constructType(Advice.class);
        Assets.Parsed<Advice> parsed = Assets.parse(file, type);
        if (!parsed.ok()) {
            return new Load(null, List.of(parsed.problem()));
        }
        List<String> problems = parsed.value().validate().stream().map(p -> file.path() + ": " + p).toList();
        return new Load(problems.isEmpty() ? parsed.value() : null, problems);
    }

    /** Checks that every level, pattern and fact has its words and that only known placeholders are used. */
    List<String> validate() {
        List<String> problems = new ArrayList<>();
        need(problems, "notice", notice);
        for (Level l : Level.values()) {
            need(problems, "actions." + l, actions == null ? null : actions.get(l));
        }
        for (Level l : Level.values()) {
            need(problems, "levelWords." + l, levelWords == null ? null : levelWords.get(l));
        }
        if (actions != null && !actions.getOrDefault(Level.EMERGENCY, "").contains("{emergencyNumber}")) {
            problems.add("actions.EMERGENCY: must name the emergency number as {emergencyNumber}");
        }
        if (selfCare == null) {
            problems.add("selfCare: missing");
        } else {
            for (Level l : List.of(Level.EMERGENCY, Level.URGENT)) {
                needList(problems, "selfCare.whileWaiting." + l, selfCare.whileWaiting() == null ? null : selfCare.whileWaiting().get(l));
            }
            for (Pattern p : Pattern.values()) {
                needList(problems, "selfCare.pattern." + p, selfCare.pattern() == null ? null : selfCare.pattern().get(p));
                needList(problems, "selfCare.painkillers." + p, selfCare.painkillers() == null ? null : selfCare.painkillers().get(p));
            }
            needList(problems, "selfCare.ibuprofenCautions", selfCare.ibuprofenCautions());
            needList(problems, "selfCare.rhabdomyolysis", selfCare.rhabdomyolysis());
        }
        if (avoidNsaidsIfAny == null || avoidNsaidsIfAny.isEmpty()) {
            problems.add("avoidNsaidsIfAny: must list the facts that make rhabdomyolysis possible");
        } else {
            for (String f : avoidNsaidsIfAny) {
                if (FactKey.fromId(f).filter(k -> k.type() == FactKey.Type.BOOLEAN).isEmpty()) {
                    problems.add("avoidNsaidsIfAny: unknown yes/no fact '" + f + "'");
                }
            }
        }
        if (safetyNet == null || safetyNet.atLevel() == null || safetyNet.escalateTo() == null) {
            problems.add("safetyNet: needs atLevel and escalateTo");
        } else {
            needList(problems, "safetyNet.atLevel.EMERGENCY", safetyNet.atLevel().get(Level.EMERGENCY));
            for (Level l : List.of(Level.EMERGENCY, Level.URGENT, Level.SEE_PROFESSIONAL)) {
                needList(problems, "safetyNet.escalateTo." + l, safetyNet.escalateTo().get(l));
            }
        }
        for (FactKey k : FactKey.booleans()) {
            need(problems, "factWords." + k.id(), factWords == null ? null : factWords.get(k.id()));
        }
        for (SorenessCourse.Deviation d : SorenessCourse.Deviation.values()) {
            need(problems, "course." + d, course == null ? null : course.get(d));
        }
        if (factWords != null) {
            for (String k : factWords.keySet()) {
                if (FactKey.fromId(k).isEmpty()) {
                    problems.add("factWords." + k + ": unknown fact");
                }
            }
        }
        for (String t : allTexts()) {
            Matcher m = PLACEHOLDER.matcher(t);
            while (m.find()) {
                if (!"emergencyNumber".equals(m.group(1))) {
                    problems.add("unknown placeholder {" + m.group(1) + "} in: " + t);
                }
            }
        }
        return problems;
    }

    private List<String> allTexts() {
        List<String> all = new ArrayList<>();
        if (notice != null) {
            all.add(notice);
        }
        if (actions != null) {
            all.addAll(actions.values());
        }
        if (selfCare != null) {
            for (Map<?, List<String>> m : java.util.Arrays.asList(selfCare.whileWaiting(), selfCare.pattern(), selfCare.painkillers())) {
                if (m != null) {
                    m.values().forEach(all::addAll);
                }
            }
            if (selfCare.ibuprofenCautions() != null) {
                all.addAll(selfCare.ibuprofenCautions());
            }
            if (selfCare.rhabdomyolysis() != null) {
                all.addAll(selfCare.rhabdomyolysis());
            }
        }
        if (safetyNet != null) {
            for (Map<Level, List<String>> m : java.util.Arrays.asList(safetyNet.atLevel(), safetyNet.escalateTo())) {
                if (m != null) {
                    m.values().stream().filter(java.util.Objects::nonNull).forEach(all::addAll);
                }
            }
        }
        return all;
    }

    private static void need(List<String> problems, String where, String text) {
        if (text == null || text.isBlank()) {
            problems.add(where + ": missing text");
        }
    }

    private static void needList(List<String> problems, String where, List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            problems.add(where + ": needs at least one text");
        } else if (texts.stream().anyMatch(t -> t == null || t.isBlank())) {
            problems.add(where + ": has an empty text");
        }
    }

    public String notice(String emergencyNumber) {
        return fill(notice, emergencyNumber);
    }

    public String action(Level level, String emergencyNumber) {
        return fill(actions.get(level), emergencyNumber);
    }

    /** True when any answer makes muscle breakdown possible: then no anti-inflammatory advice at all. */
    public boolean rhabdomyolysisPossible(Facts facts) {
        return avoidNsaidsIfAny.stream().anyMatch(id -> facts.is(FactKey.fromId(id).orElseThrow()));
    }

    /**
     * Self-care for the result: for EMERGENCY and URGENT only what to do while waiting (no exercise);
     * otherwise the pattern's care and painkiller caveats, never anti-inflammatories when
     * rhabdomyolysis is possible.
     */
    public List<String> selfCare(Level level, Pattern pattern, Facts facts, String emergencyNumber) {
        List<String> out = new ArrayList<>();
        boolean rhabdo = rhabdomyolysisPossible(facts);
        if (level == Level.EMERGENCY || level == Level.URGENT) {
            out.addAll(selfCare.whileWaiting().get(level));
            if (rhabdo) {
                out.addAll(selfCare.rhabdomyolysis());
            }
        } else {
            out.addAll(selfCare.pattern().get(pattern));
            if (rhabdo) {
                out.addAll(selfCare.rhabdomyolysis());
            } else {
                out.addAll(selfCare.painkillers().get(pattern));
                out.addAll(selfCare.ibuprofenCautions());
            }
        }
        return out.stream().map(t -> fill(t, emergencyNumber)).toList();
    }

    /** What to do at this level if things change, then every sign that should escalate it, most urgent first. */
    public List<String> safetyNet(Level level, String emergencyNumber) {
        Set<String> out = new LinkedHashSet<>(safetyNet.atLevel().getOrDefault(level, List.of()));
        for (Level higher : EnumSet.of(Level.EMERGENCY, Level.URGENT, Level.SEE_PROFESSIONAL)) {
            if (higher.isAbove(level)) {
                out.addAll(safetyNet.escalateTo().get(higher));
            }
        }
        return out.stream().map(t -> fill(t, emergencyNumber)).toList();
    }

    /** Plain words for a yes/no fact, e.g. "a high temperature". */
    public String words(FactKey key) {
        return factWords.get(key.id());
    }

    /** A short name for a level, e.g. "Urgent: be seen today". */
    public String levelWords(Level level) {
        return levelWords.get(level);
    }

    /** Plain words for how a check left the expected soreness course. */
    public String courseText(SorenessCourse.Deviation deviation) {
        return course.get(deviation);
    }

    private static String fill(String text, String emergencyNumber) {
        return text.replace("{emergencyNumber}", emergencyNumber);
    }
}

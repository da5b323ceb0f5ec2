package formcoach.paincheck;

import formcoach.store.Assets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The words around a decision (rules §8), read from {@code assets/paincheck/advice.json}: the region
 * names, the action per level, self-care that follows the pattern and the day, painkiller advice with
 * its limits, the "get help sooner if" safety net, the notice, plain words for every yes/no fact, and
 * what each departure from the soreness course means. Texts may name {@code {emergencyNumber}},
 * {@code {sameDayService}} and {@code {emergencyDepartment}}, filled from one {@link Region}.
 */
public record Advice(String notice, Map<String, RegionNames> regions, Map<Level, String> actions,
                     Map<Level, String> levelWords, SelfCare selfCare, int noAntiInflammatoriesFromSeverity,
                     List<String> avoidNsaidsIfAny, Map<String, String> strainSigns, SafetyNet safetyNet,
                     Map<String, String> factWords, Map<SorenessCourse.Deviation, String> course) {
    public static final String ASSET = "paincheck/advice.json";
    /** The key of {@link #regions()} used for every country without its own names. */
    public static final String ELSEWHERE = "elsewhere";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("emergencyNumber", "sameDayService", "emergencyDepartment");
    /** The keys of {@link SelfCare#care()} and {@link SelfCare#painkillers()}. */
    public static final List<String> CARE_KEYS = List.of("DOMS", "STRAIN_FIRST_48_HOURS", "STRAIN_FROM_DAY_3", "UNCLEAR");
    /** The keys of {@link #strainSigns()}: one per clause of the strain pattern. */
    public static final List<String> STRAIN_SIGN_KEYS = List.of("duringTheLift", "sharp", "stabbing", "localized", "swelling", "bruising", "painAtRest");

    public record RegionNames(String emergencyNumber, String sameDayService, String emergencyDepartment) {
    }

    /**
     * @param whileGettingHelp       at EMERGENCY and URGENT: only what is safe while getting help
     * @param possibleRhabdomyolysis added at EMERGENCY and URGENT when muscle breakdown is possible
     * @param care                   at the lower levels, by {@link #CARE_KEYS}
     * @param painkillers            at the lower levels, by {@link #CARE_KEYS}, when anti-inflammatories may be suggested
     * @param noAntiInflammatories   instead of the painkillers when they may not
     * @param ibuprofenCautions      after painkiller advice that names ibuprofen
     */
    public record SelfCare(Map<Level, List<String>> whileGettingHelp, List<String> possibleRhabdomyolysis,
                           Map<String, List<String>> care, Map<String, List<String>> painkillers,
                           List<String> noAntiInflammatories, List<String> ibuprofenCautions) {
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
        Assets.Checked<Advice> c = Assets.readChecked(ASSET, Advice.class, Advice::validate);
        return new Load(c.value(), c.problems());
    }

    public static Load load(Assets.AssetFile file) {
        Assets.Checked<Advice> c = Assets.checked(file, Advice.class, Advice::validate);
        return new Load(c.value(), c.problems());
    }

    /** Checks that every level, pattern, day, region and fact has its words and that only known placeholders are used. */
    List<String> validate() {
        List<String> problems = new ArrayList<>();
        need(problems, "notice", notice);
        if (regions == null || !regions.containsKey(ELSEWHERE)) {
            problems.add("regions: needs the \"" + ELSEWHERE + "\" names used for every other country");
        }
        if (regions != null) {
            regions.forEach((code, names) -> {
                if (!ELSEWHERE.equals(code) && Region.normaliseCode(code).filter(code::equals).isEmpty()) {
                    problems.add("regions." + code + ": not an ISO 3166 country code in capitals");
                }
                if (names == null) {
                    problems.add("regions." + code + ": missing names");
                } else {
                    need(problems, "regions." + code + ".emergencyNumber", names.emergencyNumber());
                    need(problems, "regions." + code + ".sameDayService", names.sameDayService());
                    need(problems, "regions." + code + ".emergencyDepartment", names.emergencyDepartment());
                }
            });
        }
        for (Level l : Level.values()) {
            need(problems, "actions." + l, actions == null ? null : actions.get(l));
            need(problems, "levelWords." + l, levelWords == null ? null : levelWords.get(l));
        }
        if (actions != null && !actions.getOrDefault(Level.EMERGENCY, "").contains("{emergencyNumber}")) {
            problems.add("actions.EMERGENCY: must name the emergency number as {emergencyNumber}");
        }
        if (actions != null && !actions.getOrDefault(Level.URGENT, "").contains("{sameDayService}")) {
            problems.add("actions.URGENT: must name the same-day service as {sameDayService}");
        }
        if (selfCare == null) {
            problems.add("selfCare: missing");
        } else {
            for (Level l : List.of(Level.EMERGENCY, Level.URGENT)) {
                needList(problems, "selfCare.whileGettingHelp." + l, selfCare.whileGettingHelp() == null ? null : selfCare.whileGettingHelp().get(l));
            }
            needList(problems, "selfCare.possibleRhabdomyolysis", selfCare.possibleRhabdomyolysis());
            for (String k : CARE_KEYS) {
                needList(problems, "selfCare.care." + k, selfCare.care() == null ? null : selfCare.care().get(k));
                needList(problems, "selfCare.painkillers." + k, selfCare.painkillers() == null ? null : selfCare.painkillers().get(k));
            }
            needList(problems, "selfCare.noAntiInflammatories", selfCare.noAntiInflammatories());
            needList(problems, "selfCare.ibuprofenCautions", selfCare.ibuprofenCautions());
        }
        if (noAntiInflammatoriesFromSeverity < 1 || noAntiInflammatoriesFromSeverity > 10) {
            problems.add("noAntiInflammatoriesFromSeverity: must be a severity 1-10");
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
        for (String k : STRAIN_SIGN_KEYS) {
            need(problems, "strainSigns." + k, strainSigns == null ? null : strainSigns.get(k));
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
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    problems.add("unknown placeholder {" + m.group(1) + "} in: " + t);
                }
            }
        }
        return problems;
    }

    /** Every text a person may read, with its placeholders unfilled (for validation and the region test). */
    public List<String> allTexts() {
        List<String> all = new ArrayList<>();
        if (notice != null) {
            all.add(notice);
        }
        if (actions != null) {
            all.addAll(actions.values());
        }
        if (levelWords != null) {
            all.addAll(levelWords.values());
        }
        if (selfCare != null) {
            for (Map<?, List<String>> m : java.util.Arrays.asList(selfCare.whileGettingHelp(), selfCare.care(), selfCare.painkillers())) {
                if (m != null) {
                    m.values().stream().filter(java.util.Objects::nonNull).forEach(all::addAll);
                }
            }
            for (List<String> l : java.util.Arrays.asList(selfCare.possibleRhabdomyolysis(), selfCare.noAntiInflammatories(), selfCare.ibuprofenCautions())) {
                if (l != null) {
                    all.addAll(l);
                }
            }
        }
        if (safetyNet != null) {
            for (Map<Level, List<String>> m : java.util.Arrays.asList(safetyNet.atLevel(), safetyNet.escalateTo())) {
                if (m != null) {
                    m.values().stream().filter(java.util.Objects::nonNull).forEach(all::addAll);
                }
            }
        }
        if (factWords != null) {
            all.addAll(factWords.values());
        }
        if (strainSigns != null) {
            all.addAll(strainSigns.values());
        }
        if (course != null) {
            all.addAll(course.values());
        }
        all.removeIf(java.util.Objects::isNull);
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

    /**
     * The region for a code (as {@link Region#normaliseCode} returns it): its own names, or the
     * "elsewhere" names for a country without its own.
     */
    public Region region(String code) {
        String c = Region.normaliseCode(code).orElseThrow(() -> new IllegalArgumentException("not an ISO 3166 country code: " + code));
        RegionNames n = regions.getOrDefault(c, regions.get(ELSEWHERE));
        return new Region(c, n.emergencyNumber(), n.sameDayService(), n.emergencyDepartment());
    }

    /** The region of the system locale's country (the "elsewhere" names when it names none). */
    public Region defaultRegion(Locale locale) {
        return region(Region.defaultCode(locale));
    }

    public String notice(Region region) {
        return region.fill(notice);
    }

    public String action(Level level, Region region) {
        return region.fill(actions.get(level));
    }

    /** True when any answer makes muscle breakdown possible. */
    public boolean rhabdomyolysisPossible(Facts facts) {
        return avoidNsaidsIfAny.stream().anyMatch(id -> facts.is(FactKey.fromId(id).orElseThrow()));
    }

    /** True when no anti-inflammatory may be suggested: severe pain, or possible muscle breakdown (§8). */
    public boolean noAntiInflammatories(Facts facts) {
        return facts.severity() >= noAntiInflammatoriesFromSeverity || rhabdomyolysisPossible(facts);
    }

    /**
     * Which self-care applies below URGENT: soreness, a strain in its first 48 hours (days 0-2) or
     * from day 3, or the cautious care of an unclear pattern.
     */
    public static String careKey(Pattern pattern, Facts facts) {
        return switch (pattern) {
            case DOMS -> "DOMS";
            case STRAIN -> facts.daysSinceOnset() <= 2 ? "STRAIN_FIRST_48_HOURS" : "STRAIN_FROM_DAY_3";
            case UNCLEAR -> "UNCLEAR";
        };
    }

    /**
     * Self-care for the result (§8): at EMERGENCY and URGENT only what is safe while getting help
     * (with water and no anti-inflammatories when muscle breakdown is possible); otherwise the care
     * for the pattern and the day, then painkillers — paracetamol only and water when
     * anti-inflammatories are ruled out.
     */
    public List<String> selfCare(Level level, Pattern pattern, Facts facts, Region region) {
        List<String> out = new ArrayList<>();
        if (level.isAtLeast(Level.URGENT)) {
            out.addAll(selfCare.whileGettingHelp().get(level));
            if (rhabdomyolysisPossible(facts)) {
                out.addAll(selfCare.possibleRhabdomyolysis());
            }
        } else {
            String key = careKey(pattern, facts);
            out.addAll(selfCare.care().get(key));
            if (noAntiInflammatories(facts)) {
                out.addAll(selfCare.noAntiInflammatories());
            } else {
                out.addAll(selfCare.painkillers().get(key));
                out.addAll(selfCare.ibuprofenCautions());
            }
        }
        return out.stream().map(region::fill).toList();
    }

    /** What to do at this level if things change, then every sign that should escalate it, most urgent first. */
    public List<String> safetyNet(Level level, Region region) {
        Set<String> out = new LinkedHashSet<>(safetyNet.atLevel().getOrDefault(level, List.of()));
        for (Level higher : EnumSet.of(Level.EMERGENCY, Level.URGENT, Level.SEE_PROFESSIONAL)) {
            if (higher.isAbove(level)) {
                out.addAll(safetyNet.escalateTo().get(higher));
            }
        }
        return out.stream().map(region::fill).toList();
    }

    /**
     * The clauses of the strain pattern that hold, in plain words ("it is in one spot"), so that a
     * strain reason names only what the person said (never a sign they denied).
     */
    public List<String> strainSignWords(Facts facts) {
        List<String> out = new ArrayList<>();
        if (facts.onsetHours() == 0) {
            out.add(strainSigns.get("duringTheLift"));
        }
        if (facts.character() == PainCharacter.SHARP) {
            out.add(strainSigns.get("sharp"));
        }
        if (facts.character() == PainCharacter.STABBING) {
            out.add(strainSigns.get("stabbing"));
        }
        if (facts.location() == PainLocation.LOCALIZED) {
            out.add(strainSigns.get("localized"));
        }
        if (facts.is(FactKey.SWELLING)) {
            out.add(strainSigns.get("swelling"));
        }
        if (facts.is(FactKey.BRUISING)) {
            out.add(strainSigns.get("bruising"));
        }
        if (facts.painAtRest() && !(facts.location() == PainLocation.DIFFUSE && facts.is(FactKey.EASES_WITH_LIGHT_MOVEMENT))) {
            out.add(strainSigns.get("painAtRest"));
        }
        return out;
    }

    /** Plain words for a yes/no fact, e.g. "a high temperature". */
    public String words(FactKey key) {
        return factWords.get(key.id());
    }

    /** A short name for a level, e.g. "Urgent: be seen today". */
    public String levelWords(Level level, Region region) {
        return region.fill(levelWords.get(level));
    }

    /** Plain words for how a check left the expected soreness course. */
    public String courseText(SorenessCourse.Deviation deviation) {
        return course.get(deviation);
    }
}

package formcoach.paincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pain checker in one place for the UI and the command line: load the rules and words from
 * assets, check facts, read problems. With any problem in the rules or advice files it refuses to
 * check rather than decide on part of the rules; {@link #problems()} says what is wrong.
 */
public final class PainChecker {
    private static final String STRAIN_SIGNS = "{strainSigns}";
    private final Triage triage;
    private final Advice advice;
    private final Questionnaire questionnaire;
    private final List<String> problems;
    /** The region names, kept when advice.json itself is fine even if another file is broken. */
    private final Advice regionNames;

    private PainChecker(Triage triage, Advice advice, Questionnaire questionnaire, List<String> problems, Advice regionNames) {
        this.triage = triage;
        this.advice = advice;
        this.regionNames = regionNames;
        this.questionnaire = questionnaire;
        this.problems = List.copyOf(problems);
    }

    /** Loads {@code assets/paincheck/rules.json}, {@code advice.json} and {@code questions.json}; never throws for bad content. */
    public static PainChecker load() {
        return of(RulesLoader.loadAsset(), Advice.loadAsset(), Questionnaire.loadAsset());
    }

    public static PainChecker of(RulesLoader.Result rules, Advice.Load advice, Questionnaire.Load questions) {
        List<String> problems = new ArrayList<>(rules.problems());
        problems.addAll(advice.problems());
        problems.addAll(questions.problems());
        if (!problems.isEmpty() || rules.ruleSet().isEmpty() || advice.value().isEmpty() || questions.value().isEmpty()) {
            return new PainChecker(null, null, null, problems, advice.value().orElse(null));
        }
        return new PainChecker(new Triage(rules.ruleSet().get()), advice.value().get(), questions.value().get(), List.of(),
                advice.value().get());
    }

    /** Problems found in the asset files; empty when the checker is ready. */
    public List<String> problems() {
        return problems;
    }

    public boolean ready() {
        return problems.isEmpty();
    }

    /**
     * Checks one set of facts (rules §7) and words the answer (§8) with the names of {@code region}:
     * at URGENT and EMERGENCY only the decisive reasons; a strain reason names only the strain signs
     * the person reported.
     */
    public TriageResult check(Facts facts, Region region) {
        requireReady();
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(region, "region");
        Triage.Decision d = triage.decide(facts);
        List<Reason> reasons = d.fired().stream()
                .filter(r -> !d.level().isAtLeast(Level.URGENT) || r.level() == d.level())
                .map(r -> reason(r, facts)).toList();
        return new TriageResult(d.level(), d.pattern(), reasons,
                advice.action(d.level(), region),
                advice.selfCare(d.level(), d.pattern(), facts, region),
                advice.safetyNet(d.level(), region),
                triage.rules().rulesVersion(), region.code());
    }

    private Reason reason(Rule r, Facts facts) {
        if (!r.text().contains(STRAIN_SIGNS)) {
            return Reason.of(r);
        }
        List<String> signs = advice.strainSignWords(facts);
        String words = signs.size() <= 1 ? String.join("", signs)
                : String.join(", ", signs.subList(0, signs.size() - 1)) + " and " + signs.get(signs.size() - 1);
        return new Reason(r.id(), r.level(), r.text().replace(STRAIN_SIGNS, words), r.sources());
    }

    /**
     * A saved check's result shown again: its own level, pattern, reasons and rules version, with
     * today's words for the action, self-care and safety net (words never change a decision).
     */
    public TriageResult resultOf(PainCheckRecord record, Region region) {
        requireReady();
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(region, "region");
        List<Reason> reasons = record.reasons().stream()
                .filter(r -> !record.level().isAtLeast(Level.URGENT) || r.level() == record.level()).toList();
        return new TriageResult(record.level(), record.pattern(), reasons,
                advice.action(record.level(), region),
                advice.selfCare(record.level(), record.pattern(), record.facts(), region),
                advice.safetyNet(record.level(), region),
                record.rulesVersion(), region.code());
    }

    /** The region for an ISO code (names of its own, or the "elsewhere" names). */
    public Region region(String code) {
        return advice().region(code);
    }

    /**
     * The region even when the checker cannot run, so the screen that says so can still name the
     * emergency number; empty only when advice.json itself is broken.
     */
    public java.util.Optional<Region> regionIfKnown(String code) {
        return java.util.Optional.ofNullable(regionNames).map(a -> a.region(code));
    }

    public Triage triage() {
        requireReady();
        return triage;
    }

    public Advice advice() {
        requireReady();
        return advice;
    }

    public Questionnaire questionnaire() {
        requireReady();
        return questionnaire;
    }

    /** A fresh run through the questions, stopping at the first emergency answer. */
    public QuestionnaireSession startQuestionnaire() {
        return questionnaire().start(triage());
    }

    public String rulesVersion() {
        return triage().rules().rulesVersion();
    }

    /** "Not a diagnosis, not for emergencies", with the region's number filled in. */
    public String notice(Region region) {
        return advice().notice(region);
    }

    private void requireReady() {
        if (!ready()) {
            throw new IllegalStateException("the pain checker cannot run: " + String.join("; ", problems));
        }
    }
}

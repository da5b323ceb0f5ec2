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
    private final Triage triage;
    private final Advice advice;
    private final Questionnaire questionnaire;
    private final List<String> problems;

    private PainChecker(Triage triage, Advice advice, Questionnaire questionnaire, List<String> problems) {
        this.triage = triage;
        this.advice = advice;
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
            return new PainChecker(null, null, null, problems);
        }
        return new PainChecker(new Triage(rules.ruleSet().get()), advice.value().get(), questions.value().get(), List.of());
    }

    /** Problems found in the asset files; empty when the checker is ready. */
    public List<String> problems() {
        return problems;
    }

    public boolean ready() {
        return problems.isEmpty();
    }

    /** Checks one set of facts. {@code emergencyNumber} is named in the EMERGENCY action and the safety net. */
    public TriageResult check(Facts facts, String emergencyNumber) {
        requireReady();
        Objects.requireNonNull(facts, "facts");
        if (emergencyNumber == null || emergencyNumber.isBlank()) {
            throw new IllegalArgumentException("an emergency number is needed");
        }
        Triage.Decision d = triage.decide(facts);
        return new TriageResult(d.level(), d.pattern(), d.fired().stream().map(Reason::of).toList(),
                advice.action(d.level(), emergencyNumber),
                advice.selfCare(d.level(), d.pattern(), facts, emergencyNumber),
                advice.safetyNet(d.level(), emergencyNumber),
                triage.rules().rulesVersion());
    }

    /**
     * A saved check's result shown again: its own level, pattern, reasons and rules version, with
     * today's words for the action, self-care and safety net (words never change a decision).
     */
    public TriageResult resultOf(PainCheckRecord record, String emergencyNumber) {
        requireReady();
        Objects.requireNonNull(record, "record");
        if (emergencyNumber == null || emergencyNumber.isBlank()) {
            throw new IllegalArgumentException("an emergency number is needed");
        }
        return new TriageResult(record.level(), record.pattern(), record.reasons(),
                advice.action(record.level(), emergencyNumber),
                advice.selfCare(record.level(), record.pattern(), record.facts(), emergencyNumber),
                advice.safetyNet(record.level(), emergencyNumber),
                record.rulesVersion());
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

    /** "Not a diagnosis, not for emergencies", with the number filled in. */
    public String notice(String emergencyNumber) {
        return advice().notice(emergencyNumber);
    }

    private void requireReady() {
        if (!ready()) {
            throw new IllegalStateException("the pain checker cannot run: " + String.join("; ", problems));
        }
    }
}

package formcoach.paincheck;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run through the questions. Answers are asked in order; {@link #back()} steps to the previous
 * question and {@link #goTo(String)} opens any earlier one to change it, keeping every other answer.
 * As soon as the answers so far make the check an emergency whatever the rest would be,
 * {@link #emergencyStop()} is true and no further question is asked.
 *
 * <p>Suggestions (a re-check's earlier answers, onset hours from the last session) are shown as
 * pre-selected values; they only count once the person confirms them with {@link #answer}.
 */
public final class QuestionnaireSession {
    private final Questionnaire questionnaire;
    private final Triage triage;
    private final List<Question> order;
    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, Object> suggestions = new HashMap<>();
    /** Index of the question being asked, or -1 when none is (finished, or stopped at an emergency). */
    private int position;
    /** After {@link #goTo}, answering returns to the first unanswered question instead of the next one. */
    private boolean returnToFrontier;

    /** A question and its answer in plain words, for the summary before the result. */
    public record SummaryLine(String questionId, String question, String answer) {
    }

    QuestionnaireSession(Questionnaire questionnaire, Triage triage) {
        this.questionnaire = questionnaire;
        this.triage = triage;
        this.order = questionnaire.questions();
        this.position = order.isEmpty() ? -1 : 0;
    }

    public List<Question> questions() {
        return order;
    }

    /** The question to show now; empty when all are answered or an emergency answer stopped the check. */
    public Optional<Question> current() {
        return position < 0 ? Optional.empty() : Optional.of(order.get(position));
    }

    /**
     * Records an answer: Boolean for yes/no, the answer's value (e.g. "aching") for word questions, a
     * Number for hours, severity and days. Then moves on: to the next question, or back to where the
     * person was after {@link #goTo}, or nowhere once the answers are an emergency.
     *
     * @throws IllegalArgumentException for an unknown question or a value it cannot take (message names the question)
     */
    public void answer(String questionId, Object value) {
        int index = indexOf(questionId);
        Question q = order.get(index);
        String problem = invalid(q, q.factKey(), value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        answers.put(q.id(), normalise(q, value));
        if (emergencyStop()) {
            position = -1;
            returnToFrontier = false;
            return;
        }
        if (returnToFrontier) {
            position = firstUnanswered();
            returnToFrontier = false;
        } else {
            position = index + 1 < order.size() ? index + 1 : firstUnanswered();
        }
    }

    /** Steps to the question before the current one (or to the last question when none is current). */
    public void back() {
        if (!canGoBack()) {
            return;
        }
        returnToFrontier = false;
        if (position < 0) {
            position = lastAnswered();
        } else {
            position = position - 1;
        }
    }

    public boolean canGoBack() {
        return position < 0 ? !answers.isEmpty() : position > 0;
    }

    /** Opens an earlier question to change its answer; answering it returns to where the person was. */
    public void goTo(String questionId) {
        position = indexOf(questionId);
        returnToFrontier = true;
    }

    /** True as soon as the answers given so far make the result EMERGENCY, whatever the rest would be. */
    public boolean emergencyStop() {
        return !emergencyRules().isEmpty();
    }

    /** The emergency rules the answers so far already fire. */
    public List<Rule> emergencyRules() {
        return triage.certainlyFiring(this::known).stream().filter(r -> r.level() == Level.EMERGENCY).toList();
    }

    /** Done: stopped at an emergency, or every question answered and confirmed. */
    public boolean isComplete() {
        return emergencyStop() || (answers.size() == order.size() && position < 0);
    }

    public Optional<Object> answerTo(String questionId) {
        return Optional.ofNullable(answers.get(order.get(indexOf(questionId)).id()));
    }

    /** The pre-selected value for a question, if one was suggested and it is not answered yet. */
    public Optional<Object> suggestion(String questionId) {
        String id = order.get(indexOf(questionId)).id();
        return answers.containsKey(id) ? Optional.empty() : Optional.ofNullable(suggestions.get(id));
    }

    /** Suggests a value (e.g. onset hours from the last recorded session); invalid values are refused. */
    public void suggest(String questionId, Object value) {
        Question q = order.get(indexOf(questionId));
        String problem = invalid(q, q.factKey(), value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        suggestions.put(q.id(), normalise(q, value));
    }

    /** Suggests every answer from earlier facts, e.g. {@link Rechecks#prefill}'s result for a re-check. */
    public void prefill(Facts facts) {
        for (Question q : order) {
            Object v = facts.get(q.factKey());
            suggest(q.id(), v instanceof PainCharacter c ? c.id() : v instanceof PainLocation l ? l.id() : v);
        }
    }

    /** Every answered question in order, with the answer in plain words. */
    public List<SummaryLine> summary() {
        List<SummaryLine> out = new ArrayList<>();
        for (Question q : order) {
            Object v = answers.get(q.id());
            if (v != null) {
                out.add(new SummaryLine(q.id(), q.text(), answerWords(q, v)));
            }
        }
        return out;
    }

    /** The facts ids of the questions not answered (asked or not) — after an emergency stop, the ones skipped. */
    public List<String> notAsked() {
        return order.stream().filter(q -> !answers.containsKey(q.id())).map(Question::fact).toList();
    }

    /**
     * The facts for the check. After an emergency stop the unasked answers are filled with "no"
     * (false, 0 days, 0/10, a dull diffuse ache 24 hours after the session) and listed by
     * {@link #notAsked()}; the emergency rules fire whatever they are.
     *
     * @throws IllegalStateException when the questionnaire is not complete
     */
    public Facts toFacts() {
        if (!isComplete()) {
            throw new IllegalStateException("the questionnaire is not complete: " + notAsked().size() + " questions to go");
        }
        Map<FactKey, Object> m = new EnumMap<>(FactKey.class);
        m.put(FactKey.ONSET_HOURS, 24.0);
        m.put(FactKey.CHARACTER, PainCharacter.DULL);
        m.put(FactKey.LOCATION, PainLocation.DIFFUSE);
        m.put(FactKey.SEVERITY, 0);
        m.put(FactKey.DAYS_SINCE_ONSET, 0);
        for (FactKey k : FactKey.booleans()) {
            m.put(k, false);
        }
        for (Question q : order) {
            Object v = answers.get(q.id());
            if (v != null) {
                m.put(q.factKey(), v);
            }
        }
        return Facts.of(m);
    }

    private Object known(FactKey key) {
        Question q = questionnaire.questionFor(key);
        Object v = answers.get(q.id());
        if (v instanceof String s && key == FactKey.CHARACTER) {
            return PainCharacter.fromId(s).orElseThrow();
        }
        if (v instanceof String s && key == FactKey.LOCATION) {
            return PainLocation.fromId(s).orElseThrow();
        }
        return v;
    }

    private String answerWords(Question q, Object v) {
        return switch (q.kind()) {
            case YES_NO, CHOICE -> q.answers().stream().filter(c -> c.value().equals(v)).map(Question.Choice::label)
                    .findFirst().orElse(String.valueOf(v));
            case HOURS -> number((Double) v) + " " + q.unit();
            case DAYS -> v + " " + q.unit();
            case SCALE -> v + "/10 (" + q.scaleWords((Integer) v) + ")";
        };
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    private int indexOf(String questionId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no question '" + questionId + "'");
    }

    private int firstUnanswered() {
        for (int i = 0; i < order.size(); i++) {
            if (!answers.containsKey(order.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    private int lastAnswered() {
        for (int i = order.size() - 1; i >= 0; i--) {
            if (answers.containsKey(order.get(i).id())) {
                return i;
            }
        }
        return order.isEmpty() ? -1 : 0;
    }

    /** Why {@code value} cannot answer {@code q}, or null when it can. */
    static String invalid(Question q, FactKey key, Object value) {
        String what = "question '" + q.id() + "' (" + key.id() + ") takes ";
        return switch (q.kind()) {
            case YES_NO -> value instanceof Boolean ? null : what + "true or false, got " + value;
            case CHOICE -> {
                List<String> allowed = key.type() == FactKey.Type.CHARACTER ? PainCharacter.ids() : PainLocation.ids();
                yield value instanceof String s && allowed.contains(s) ? null : what + "one of " + String.join(", ", allowed) + ", got " + value;
            }
            case HOURS -> value instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0
                    ? null : what + "a number of hours 0 or more, got " + value;
            case SCALE -> integral(value) && ((Number) value).longValue() >= 0 && ((Number) value).longValue() <= 10
                    ? null : what + "a whole number 0-10, got " + value;
            case DAYS -> integral(value) && ((Number) value).longValue() >= 0 && ((Number) value).longValue() <= Integer.MAX_VALUE
                    ? null : what + "a whole number of days 0 or more, got " + value;
        };
    }

    private static boolean integral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    private static Object normalise(Question q, Object value) {
        return switch (q.kind()) {
            case HOURS -> ((Number) value).doubleValue() + 0.0;
            case SCALE, DAYS -> ((Number) value).intValue();
            default -> value;
        };
    }
}

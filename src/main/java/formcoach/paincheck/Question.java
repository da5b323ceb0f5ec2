package formcoach.paincheck;

import java.util.List;

/**
 * One question of the pain check, read from {@code assets/paincheck/questions.json}. It sets exactly
 * one fact; how it is answered follows from that fact's type ({@link #kind()}).
 *
 * @param answers for yes/no and word questions: the answers offered (value and label)
 * @param presets for hours and days: quick answers; any other number is allowed too
 * @param scale   for severity: the wording shown beside ranges of the 0-10 scale
 * @param unit    for hours and days: the unit word used in the summary
 */
public record Question(String id, Section section, String fact, String text, String why, String unit,
                       List<Choice> answers, List<Choice> presets, List<ScaleBand> scale) {

    /** Where a question sits: emergency signs, then same-day signs, then the pattern. */
    public enum Section { EMERGENCY, URGENT, PATTERN }

    /** How the UI takes the answer. */
    public enum Kind {
        /** true or false */
        YES_NO,
        /** one of {@link #answers()} (a word such as "aching") */
        CHOICE,
        /** a number of hours, 0 or more, decimals allowed */
        HOURS,
        /** a whole number 0 to 10 */
        SCALE,
        /** a whole number of days, 0 or more */
        DAYS
    }

    public record Choice(Object value, String label) {
    }

    public record ScaleBand(int from, int to, String label) {
    }

    public Question {
        answers = answers == null ? List.of() : List.copyOf(answers);
        presets = presets == null ? List.of() : List.copyOf(presets);
        scale = scale == null ? List.of() : List.copyOf(scale);
    }

    public FactKey factKey() {
        return FactKey.fromId(fact).orElseThrow(() -> new IllegalStateException("unknown fact " + fact));
    }

    public Kind kind() {
        return switch (factKey().type()) {
            case BOOLEAN -> Kind.YES_NO;
            case CHARACTER, LOCATION -> Kind.CHOICE;
            case HOURS -> Kind.HOURS;
            case SEVERITY -> Kind.SCALE;
            case DAYS -> Kind.DAYS;
        };
    }

    /** The wording beside a severity, e.g. "Mild: ..." for 2. */
    public String scaleWords(int value) {
        return scale.stream().filter(b -> value >= b.from() && value <= b.to()).map(ScaleBand::label).findFirst().orElse("");
    }

    Question withAnswers(List<Choice> newAnswers) {
        return new Question(id, section, fact, text, why, unit, newAnswers, presets, scale);
    }
}

package formcoach.paincheck;

import java.util.List;

/**
 * One item of a pain-check page, read from {@code assets/paincheck/questions.json}. It sets exactly
 * one fact, or (id {@value #AREA}) the app's own "where does it hurt most" answer, which is never a
 * fact. How it is answered follows from the fact's type ({@link #kind()}); on a red-flag page a
 * yes/no item also takes "Not sure", which counts as yes.
 *
 * @param id      the fact id, or {@value #AREA}
 * @param brief   a few words for the summary ("chest pain or pressure")
 * @param answers for word questions: the answers offered (value and label)
 * @param presets for hours and days: quick answers; any other number is allowed too
 * @param scale   for severity: the wording shown beside ranges of the 0-10 scale
 * @param unit    for hours and days: the unit word ("hours", "days")
 */
public record Question(String id, String fact, String text, String brief, String why, String unit,
                       List<Choice> answers, List<Choice> presets, List<ScaleBand> scale) {

    /** The id of the item that asks where it hurts most (an area, not a fact). */
    public static final String AREA = "area";

    /** How the UI takes the answer. */
    public enum Kind {
        /** true or false (on a red-flag page: Yes, No or Not sure) */
        YES_NO,
        /** one of {@link #answers()} (a word such as "aching") */
        CHOICE,
        /** a number of hours, 0 or more, decimals allowed */
        HOURS,
        /** a whole number 0 to 10 */
        SCALE,
        /** a whole number of days, 0 or more */
        DAYS,
        /** one of the body areas the app offers, or "somewhere else" */
        AREA
    }

    public record Choice(Object value, String label) {
    }

    public record ScaleBand(int from, int to, String label) {
    }

    public Question {
        answers = answers == null ? List.of() : List.copyOf(answers);
        presets = presets == null ? List.of() : List.copyOf(presets);
        scale = scale == null ? List.of() : List.copyOf(scale);
        if (id == null && fact != null) {
            id = fact;
        }
    }

    /** The fact this item sets; throws for the area item. */
    public FactKey factKey() {
        return FactKey.fromId(fact).orElseThrow(() -> new IllegalStateException("item '" + id + "' sets no fact"));
    }

    public boolean isArea() {
        return fact == null && AREA.equals(id);
    }

    public Kind kind() {
        if (isArea()) {
            return Kind.AREA;
        }
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

    /** The label of a word answer or preset with this value, if there is one. */
    public java.util.Optional<String> labelOf(Object value) {
        for (Choice c : answers.isEmpty() ? presets : answers) {
            if (c.value().equals(value) || c.value() instanceof Number a && value instanceof Number b && a.doubleValue() == b.doubleValue()) {
                return java.util.Optional.ofNullable(c.label());
            }
        }
        return java.util.Optional.empty();
    }
}

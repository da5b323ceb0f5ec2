package formcoach.paincheck;

import java.util.List;

/**
 * One page of the pain check: a group of serious signs (each answered Yes, No or Not sure, or all at
 * once with "None of these"), or a short page about how the pain behaves.
 *
 * @param intro   a line under the title, or null
 * @param askWhen the page is only asked when this earlier answer holds (e.g. the pop or snap only
 *                when the pain began during the lift); null to always ask it
 */
public record QuestionPage(String id, Kind kind, String title, String intro, List<Question> items, AskWhen askWhen) {

    /** RED_FLAGS: serious signs, never carried over from an earlier check. PATTERN: how the pain behaves. */
    public enum Kind { RED_FLAGS, PATTERN }

    /** A condition on one number fact answered on an earlier page: {@code {"fact":"onsetHours","atMost":0}}. */
    public record AskWhen(String fact, Double atMost, Double atLeast) {
        /** True when the answer (a Number, or null when not answered yet) lets the page be asked. */
        public boolean holds(Object answer) {
            if (!(answer instanceof Number n)) {
                return false;
            }
            double v = n.doubleValue();
            return (atMost == null || v <= atMost) && (atLeast == null || v >= atLeast);
        }
    }

    public QuestionPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean redFlags() {
        return kind == Kind.RED_FLAGS;
    }
}

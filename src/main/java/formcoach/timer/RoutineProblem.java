package formcoach.timer;

/**
 * One thing wrong with a routine, for an editor to show beside the field and for the command line
 * to print.
 *
 * @param step  0-based step index, or -1 when the problem is with the routine as a whole
 * @param field the field name as in the routine format ({@code name}, {@code seconds}, {@code steps}...)
 * @param text  the full message for a person, e.g. {@code step 3 (Arm circles): a step lasts from 5 seconds to 60 minutes, not -5 seconds}
 */
public record RoutineProblem(int step, String field, String text) {
    @Override
    public String toString() {
        return text;
    }
}

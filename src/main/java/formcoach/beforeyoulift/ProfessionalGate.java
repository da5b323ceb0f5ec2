package formcoach.beforeyoulift;

import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckRecord;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether "before you lift" and the timer must ask first: the last pain check that counts said
 * SEE_PROFESSIONAL or higher (URGENT, EMERGENCY) and no later check cleared it. A later check clears
 * it only when its level is lower than SEE_PROFESSIONAL; a later check at the same or a higher level
 * keeps the question (naming the newest of them). Checks marked as entered by mistake count for
 * nothing, as everywhere else. There is no time limit: advice to be seen stands until a new check
 * says otherwise, and the person can always answer "Continue anyway".
 *
 * <p>It only reads the pain checks; it never changes a level, a rule or a question.
 */
public final class ProfessionalGate {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    private ProfessionalGate() {
    }

    /** The check behind the question. */
    public record Ask(String checkId, Instant time, Level level) {
        /** The question, naming the result and its date. */
        public String question(ZoneId zone) {
            return "Your last pain check, on " + WHEN.format(time.atZone(zone)) + ", said: " + advice(level)
                    + ". No check since has cleared it. Train anyway?";
        }

        public String title() {
            return switch (level) {
                case EMERGENCY -> "Your last pain check was an emergency";
                case URGENT -> "Your last pain check said: get seen today";
                default -> "Your last pain check said: see a professional";
            };
        }
    }

    /** The level's advice in the words of pain-check-rules.md's table. */
    static String advice(Level level) {
        return switch (level) {
            case EMERGENCY -> "call your emergency number now, or go to A&E / the ER (EMERGENCY)";
            case URGENT -> "get seen the same day: an urgent GP appointment, NHS 111 or an urgent treatment centre (URGENT)";
            case SEE_PROFESSIONAL -> "book a GP or physiotherapist within the next few days (SEE A PROFESSIONAL)";
            default -> "self-care";
        };
    }

    /** @param checks the saved checks, in any order (marked ones are ignored) */
    public static Optional<Ask> evaluate(List<PainCheckRecord> checks) {
        List<PainCheckRecord> counting = checks.stream().filter(r -> !r.enteredByMistake())
                .sorted(Comparator.comparing(PainCheckRecord::time)).toList();
        if (counting.isEmpty()) {
            return Optional.empty();
        }
        PainCheckRecord last = counting.get(counting.size() - 1);
        if (!last.level().isAtLeast(Level.SEE_PROFESSIONAL)) {
            return Optional.empty();
        }
        return Optional.of(new Ask(last.id(), last.time(), last.level()));
    }
}

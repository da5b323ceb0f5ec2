package formcoach.beforeyoulift;

import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A spell of soreness or a possible strain that training should work around: a self-care pain check
 * (SELF_CARE_DOMS or SELF_CARE_POSSIBLE_STRAIN) with some pain (severity 1 or more) in the last
 * {@link #WINDOW}, not cleared by a later check. A later check clears it when it reports no pain
 * (severity 0: "avoid strenuous exercise of the sore muscles until they are no longer sore",
 * pain-check-rules.md §1 [CC-LISTEN]); a later check at SEE_PROFESSIONAL or above replaces it, because
 * then {@link ProfessionalGate} asks first and the advice is to leave the lift out, not to go lighter.
 * A re-check that is still sore is itself the newest self-care check, so the spell runs on from it.
 *
 * <p>While a spell is on, the warm-up picker offers the sore-back mobility routine first and the log
 * suggests lighter sets for the one exercise that hurt ({@link ExerciseDeload}).
 */
public final class SoreSpell {
    /** The article's 48–72 h: soreness peaks within 72 h of the session. */
    public static final Duration WINDOW = Duration.ofHours(72);
    /** The routine the warm-up picker offers first during a spell. */
    public static final String MOBILITY_ROUTINE = "sore-back-mobility";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private SoreSpell() {
    }

    /** The check that started (or carries on) the spell. */
    public record Spell(PainCheckRecord check) {
        public boolean strain() {
            return check.level() == Level.SELF_CARE_POSSIBLE_STRAIN;
        }

        /** "soreness" or "a possible strain". */
        public String finding() {
            return strain() ? "a possible strain" : "muscle soreness";
        }

        /** The warm-up picker's one line. */
        public String warmUpReason(ZoneId zone) {
            return "Your pain check on " + DAY.format(check.time().atZone(zone)) + " found " + finding()
                    + ": gentle mobility first.";
        }
    }

    /** The spell on at {@code now}, if any. {@code checks} in any order; marked ones are ignored. */
    public static Optional<Spell> at(List<PainCheckRecord> checks, Instant now) {
        List<PainCheckRecord> counting = checks.stream().filter(r -> !r.enteredByMistake())
                .filter(r -> !r.time().isAfter(now))
                .sorted(Comparator.comparing(PainCheckRecord::time)).toList();
        PainCheckRecord trigger = null;
        for (PainCheckRecord r : counting) {
            if (isSelfCare(r.level()) && r.facts().severity() >= 1 && now.minus(WINDOW).isBefore(r.time())) {
                trigger = r;
            }
        }
        if (trigger == null) {
            return Optional.empty();
        }
        for (PainCheckRecord r : counting) {
            if (r.time().isAfter(trigger.time())
                    && (r.facts().severity() == 0 || r.level().isAtLeast(Level.SEE_PROFESSIONAL))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Spell(trigger));
    }

    static boolean isSelfCare(Level l) {
        return l == Level.SELF_CARE_DOMS || l == Level.SELF_CARE_POSSIBLE_STRAIN;
    }
}

package formcoach.beforeyoulift;

import formcoach.library.Fault;
import formcoach.log.LoadKind;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.WeightUnit;
import formcoach.paincheck.PainCheckRecord;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Lighter sets for the one exercise that hurt, while a {@link SoreSpell} is on: deload one exercise,
 * not the week.
 *
 * <p><b>Which exercise.</b> A pain check does not store an exercise; it stores the body area and is
 * linked to the sessions before it. So the exercise is found the way the pain check's result finds
 * the lift it names, from the training log's sessions in the {@link SoreSpell#WINDOW} before the check:
 * <ol>
 *   <li>the first lift, in the order done, whose feel map points at a form fault for the check's area
 *       (the result's "Pain at the … after the … often comes from …");</li>
 *   <li>else the lift with the latest fault tap (the training links' "you tapped … on the …");</li>
 *   <li>else the last lift with working sets before the check.</li>
 * </ol>
 *
 * <p><b>How much lighter.</b> {@link #FRACTION} (65 %, the middle of 60–70 %) of the last working load,
 * rounded to the nearest 2.5 kg or 5 lb, the same reps, and one working set fewer (never under one).
 * For a bodyweight lift with added weight: bodyweight only. For a bodyweight or assisted lift: 65 % of
 * the reps. Why: the guidance for soreness is that "a lighter workout is fine" while strenuous work of
 * the sore muscles waits until they are no longer sore (pain-check-rules.md §1 [CC-GOODBAD]
 * [CC-LISTEN]); about two-thirds of the load with a set fewer keeps the pattern practised at a clearly
 * lighter effort, and the rest of the session is untouched. Decision record 0010.
 */
public final class ExerciseDeload {
    public static final double FRACTION = 0.65;

    private ExerciseDeload() {
    }

    /** How the exercise was chosen. */
    public enum Why {
        FEEL_MAP, FAULT_TAP, LAST_LIFT
    }

    /**
     * @param exerciseId  the library id (or null for a name kept as the person's own)
     * @param lastTop     the heaviest working set of the last session with the exercise, or null
     * @param lastSets    working sets in that session (0 when never logged)
     * @param suggested   the set to do now (reps and load), or null when there is no load history
     * @param sets        how many working sets to do now
     */
    public record Suggestion(SoreSpell.Spell spell, String exerciseId, String exerciseName, Why why, String whyWords,
                             LoggedSet lastTop, int lastSets, LoggedSet suggested, int sets) {
        /** One line for the log entry and the warm-up picker. */
        public String sentence() {
            StringBuilder sb = new StringBuilder("Lighter sets for the " + exerciseName + " until a re-check clears it: ");
            if (suggested == null) {
                sb.append("about two-thirds of your usual load, one set fewer");
            } else {
                sb.append(sets).append(sets == 1 ? " set of " : " sets of ").append(describe(suggested));
                sb.append(" (last time ").append(lastSets).append(" × ").append(describe(lastTop)).append(")");
            }
            return sb.append(".").toString();
        }

        /** Why this exercise and why lighter. */
        public String reason() {
            return "Your pain check found " + spell.finding() + "; " + whyWords + ". A lighter workout is fine with soreness; "
                    + "the rest of your session stays as it is.";
        }
    }

    /**
     * @param log      every session in the log, any order
     * @param feelMap  the pain check's form hint: (lift ids in the order done, area id) → the lift id it names
     * @param names    a library id → its name (for lifts logged under an id)
     * @param zone     the zone the log's local times are in
     */
    public static Optional<Suggestion> suggest(SoreSpell.Spell spell, List<Session> log,
                                               BiFunction<List<String>, String, Optional<String>> feelMap,
                                               java.util.function.Function<String, Optional<String>> names, ZoneId zone) {
        PainCheckRecord check = spell.check();
        LocalDateTime at = LocalDateTime.ofInstant(check.time(), zone);
        List<Session> sorted = log.stream().sorted(Comparator.comparing(Session::start)).toList();
        List<Session> before = sorted.stream()
                .filter(s -> !s.start().isAfter(at) && s.start().isAfter(at.minus(SoreSpell.WINDOW))).toList();
        List<LoggedExercise> lifts = new ArrayList<>();
        for (Session s : before) {
            for (LoggedExercise le : s.exercises()) {
                if (le.sets().stream().anyMatch(LoggedSet::isWorking)) {
                    lifts.add(le);
                }
            }
        }
        if (lifts.isEmpty()) {
            return Optional.empty();
        }
        LoggedExercise chosen = null;
        Why why = null;
        String whyWords = null;
        if (check.areaId().isPresent()) {
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(lifts.stream().map(LoggedExercise::exerciseId)
                    .filter(java.util.Objects::nonNull).toList()));
            Optional<String> hinted = ids.isEmpty() ? Optional.empty() : feelMap.apply(ids, check.areaId().get());
            if (hinted.isPresent()) {
                for (LoggedExercise le : lifts) {
                    if (hinted.get().equals(le.exerciseId())) {
                        chosen = le;
                    }
                }
                if (chosen != null) {
                    why = Why.FEEL_MAP;
                    whyWords = "it linked the pain's area to this lift";
                }
            }
        }
        if (chosen == null) {
            for (LoggedExercise le : lifts) {
                Optional<Fault> tapped = le.sets().stream().map(LoggedSet::fault).filter(java.util.Objects::nonNull).reduce((a, b) -> b);
                if (tapped.isPresent()) {
                    chosen = le;
                    why = Why.FAULT_TAP;
                    whyWords = "you tapped " + tapped.get().displayName().toLowerCase(java.util.Locale.ROOT) + " on this lift before it";
                }
            }
        }
        if (chosen == null) {
            chosen = lifts.get(lifts.size() - 1);
            why = Why.LAST_LIFT;
            whyWords = "this was the last lift you logged before it";
        }
        LoggedExercise target = chosen;
        String name = target.exerciseId() == null ? target.name() : names.apply(target.exerciseId()).orElse(target.name());
        // the last session with this exercise before now (it may be later than the check)
        LoggedExercise last = null;
        for (Session s : sorted) {
            for (LoggedExercise le : s.exercises()) {
                if (same(le, target) && le.sets().stream().anyMatch(LoggedSet::isWorking)) {
                    last = le;
                }
            }
        }
        List<LoggedSet> working = last == null ? List.of() : last.sets().stream().filter(LoggedSet::isWorking).toList();
        if (working.isEmpty()) {
            return Optional.of(new Suggestion(spell, target.exerciseId(), name, why, whyWords, null, 0, null, 0));
        }
        LoggedSet top = working.stream().max(Comparator.comparingDouble(LoggedSet::addedLoadKg)
                .thenComparingInt(LoggedSet::reps)).orElseThrow();
        int sets = Math.max(1, working.size() - 1);
        return Optional.of(new Suggestion(spell, target.exerciseId(), name, why, whyWords, top, working.size(), lighter(top), sets));
    }

    private static boolean same(LoggedExercise a, LoggedExercise b) {
        return a.exerciseId() != null ? a.exerciseId().equals(b.exerciseId())
                : b.exerciseId() == null && a.name().equalsIgnoreCase(b.name());
    }

    /** The lighter set: 65 % of the load (2.5 kg / 5 lb steps), bodyweight only, or 65 % of the reps. */
    static LoggedSet lighter(LoggedSet top) {
        if (top.loadKind() == LoadKind.EXTERNAL && top.load() > 0) {
            double step = top.unit() == WeightUnit.LB ? 5 : 2.5;
            double load = Math.max(step, Math.round(top.load() * FRACTION / step) * step);
            return new LoggedSet(top.reps(), load, top.unit(), LoadKind.EXTERNAL, formcoach.log.SetType.NORMAL, null, null, null, top.seconds());
        }
        if (top.loadKind() == LoadKind.BODYWEIGHT && top.load() > 0) {
            return new LoggedSet(top.reps(), 0, top.unit(), LoadKind.BODYWEIGHT, formcoach.log.SetType.NORMAL, null, null, null, top.seconds());
        }
        int reps = Math.max(1, (int) Math.round(top.reps() * FRACTION));
        return new LoggedSet(reps, top.load(), top.unit(), top.loadKind(), formcoach.log.SetType.NORMAL, null, null, null, top.seconds());
    }

    /** "8 at 40 kg", "8 at bodyweight", "5 at bodyweight with 20 kg assistance". */
    static String describe(LoggedSet s) {
        String u = s.unit().id();
        return switch (s.loadKind()) {
            case EXTERNAL -> s.reps() + " at " + number(s.load()) + " " + u;
            case BODYWEIGHT -> s.reps() + " at bodyweight" + (s.load() > 0 ? " + " + number(s.load()) + " " + u : "");
            case ASSISTED -> s.reps() + " at bodyweight with " + number(s.load()) + " " + u + " assistance";
        };
    }

    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}

package formcoach.log;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the other jobs ask of the log, as one small core API:
 * {@link #beforeYouLift} for the "before you lift" warning (groups still recovering, a load jump) and
 * {@link #trainingBefore} for the pain check's training links and its clinician report (the 14 days
 * of training before the pain, the groups trained within 72 h, the faults tapped in the last sessions).
 * It only reads; it never changes a triage level or anything stored.
 */
public final class TrainingSignals {
    public static final int REPORT_DAYS = 14;
    public static final int RECENT_HOURS = 72;
    public static final int RECENT_SESSIONS = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final Insights insights;
    private final Map<MuscleGroup, LocalDateTime> overrides;
    private final java.util.function.Function<String, Optional<Exercise>> lookup;

    public TrainingSignals(List<Session> sessions, java.util.function.Function<String, Optional<Exercise>> lookup,
                           Map<MuscleGroup, LocalDateTime> overrides) {
        this.insights = new Insights(sessions, lookup);
        this.lookup = lookup;
        this.overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    /** Reads the log and its settings from {@code store}; {@code library} names the exercises (e.g. {@code Library.all()}). */
    public static TrainingSignals load(JsonStore store, Clock clock, Collection<Exercise> library) throws StoreException {
        Map<String, Exercise> byId = new HashMap<>();
        library.forEach(e -> byId.put(e.id(), e));
        TrainingLog log = TrainingLog.load(store, clock);
        LogSettings settings = LogSettings.load(store).value();
        return new TrainingSignals(log.sessions(), id -> byId.containsKey(id) ? Optional.of(byId.get(id)) : settings.ownExercise(id),
                settings.overrides());
    }

    /** For "before you lift": the groups still recovering at {@code at} and this week's load jumps. */
    public record BeforeLift(LocalDateTime at, List<Insights.Recovery> recovering, List<Insights.LoadRatio> loadJumps) {
        public boolean isEmpty() {
            return recovering.isEmpty() && loadJumps.isEmpty();
        }

        /** One sentence per finding, load jumps first (warnings before cautions). */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (Insights.LoadRatio r : loadJumps) {
                if (Insights.TOTAL.equals(r.group())) {
                    out.add((r.level().orElseThrow() == Insights.Level.WARNING ? "Load jump: " : "Load rising: ") + r.sentence() + ".");
                } else {
                    groups.add(MuscleGroup.fromId(r.group()).map(MuscleGroup::displayName).orElse(r.group()) + " "
                            + LoggedSetText.ratio(r.ratio()) + " (" + LoggedSet.number(Insights.round1(r.thisWeek())) + " sets against "
                            + LoggedSet.number(Insights.round1(r.average())) + ")");
                }
            }
            if (!groups.isEmpty()) {
                out.add("Up by 1.3× or more this week: " + String.join(", ", groups) + ".");
            }
            for (Insights.Recovery r : recovering) {
                out.add(r.group().displayName() + " still recovering: trained " + r.lastTrained().format(WHEN) + ", about "
                        + r.hoursLeft() + " h left of " + (r.hard() ? "72" : "48") + " h.");
            }
            return out;
        }
    }

    public BeforeLift beforeYouLift(LocalDateTime at) {
        List<Insights.Recovery> recovering = insights.recovery(at, overrides).stream().filter(Insights.Recovery::recovering).toList();
        List<Insights.LoadRatio> jumps = new ArrayList<>(insights.loadJumps(at.toLocalDate()));
        jumps.sort(java.util.Comparator.comparing((Insights.LoadRatio r) -> !Insights.TOTAL.equals(r.group()))
                .thenComparing(r -> r.level().orElseThrow(), java.util.Comparator.reverseOrder())
                .thenComparing(r -> -r.ratio()));
        return new BeforeLift(at, recovering, List.copyOf(jumps));
    }

    public BeforeLift beforeYouLift(Instant at, ZoneId zone) {
        return beforeYouLift(LocalDateTime.ofInstant(at, zone));
    }

    /**
     * For the pain check and its clinician report.
     *
     * @param sessions         every session in the 14 days before {@code at}, oldest first
     * @param loadJumps        cautions and warnings of the week holding {@code at}
     * @param trainedWithin72h groups with at least two weighted working sets in the 72 h before {@code at}
     * @param recentFaults     fault taps of the last three sessions before {@code at}, per exercise name
     */
    public record TrainingBefore(LocalDateTime at, List<Session> sessions, List<Insights.LoadRatio> loadJumps,
                                 List<MuscleGroup> trainedWithin72h, Map<String, Map<Fault, Integer>> recentFaults,
                                 List<String> reportLines) {
        public boolean isEmpty() {
            return sessions.isEmpty();
        }
    }

    public TrainingBefore trainingBefore(LocalDateTime at) {
        List<Session> window = insights.between(at.minusDays(REPORT_DAYS), at);
        List<Session> recent = insights.between(at.minusHours(RECENT_HOURS), at);
        EnumMap<MuscleGroup, Double> sum = new EnumMap<>(MuscleGroup.class);
        for (Session s : recent) {
            insights.groupSets(s).forEach((g, v) -> sum.merge(g, v, Double::sum));
        }
        List<MuscleGroup> trained = sum.entrySet().stream().filter(e -> e.getValue() >= Insights.TRAINED_SETS).map(Map.Entry::getKey).toList();
        Map<String, Map<Fault, Integer>> faults = new LinkedHashMap<>();
        List<Session> before = insights.between(LocalDateTime.MIN.plusYears(1), at);
        for (Session s : before.subList(Math.max(0, before.size() - RECENT_SESSIONS), before.size())) {
            for (LoggedExercise le : s.exercises()) {
                for (LoggedSet set : le.sets()) {
                    if (set.fault() != null) {
                        faults.computeIfAbsent(name(le), k -> new EnumMap<>(Fault.class)).merge(set.fault(), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Session s : window) {
            StringBuilder sb = new StringBuilder(s.start().format(WHEN));
            if (!s.title().isEmpty()) {
                sb.append(" ").append(s.title());
            }
            sb.append(": ");
            List<String> parts = new ArrayList<>();
            for (LoggedExercise le : s.exercises()) {
                long working = le.sets().stream().filter(LoggedSet::isWorking).count();
                String top = le.sets().stream().filter(LoggedSet::isWorking).findFirst().map(SetSyntax::format).orElse("");
                parts.add(name(le) + " " + working + (working == 1 ? " set" : " sets") + (top.isEmpty() ? "" : " (" + top + ")"));
            }
            sb.append(String.join("; ", parts));
            lines.add(sb.toString());
        }
        return new TrainingBefore(at, window, List.copyOf(insights.loadJumps(at.toLocalDate())), trained, faults, lines);
    }

    public TrainingBefore trainingBefore(Instant at, ZoneId zone) {
        return trainingBefore(LocalDateTime.ofInstant(at, zone));
    }

    private String name(LoggedExercise le) {
        return le.exerciseId() == null ? le.name() : lookup.apply(le.exerciseId()).map(Exercise::name).orElse(le.name());
    }

    public Insights insights() {
        return insights;
    }
}

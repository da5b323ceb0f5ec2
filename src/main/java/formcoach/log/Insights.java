package formcoach.log;

import formcoach.library.Category;
import formcoach.library.Exercise;
import formcoach.library.Fault;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the log tells: weekly working sets per muscle group, load jumps, recovery, balance and fault
 * history. Pure: it reads a list of sessions and the library, and the time it is asked about.
 *
 * <p>Rules (docs/training-log.md has them in words):
 * <ul>
 * <li>A working set is every set but a warm-up. A week is the ISO week of the session's local date.</li>
 * <li>A working set counts 1 for a group the exercise works as a primary mover, 0.5 as a secondary
 * one (once per group). Exercises not in the library count in the total only, unless the person
 * kept the name as their own and gave it muscle groups ({@link #ownId}).</li>
 * <li>Load ratio of a week: its working sets over the mean of the four weeks before it (not
 * including it). Weeks before the first logged week do not exist; weeks after it without sessions
 * count as 0. It needs three earlier weeks and a mean above 0. From 1.3 a caution, from 1.5 a warning.</li>
 * </ul>
 */
public final class Insights {
    public static final double CAUTION_RATIO = 1.3;
    public static final double WARNING_RATIO = 1.5;
    /** The sweet spot drawn in the picture (Gabbett 2016). */
    public static final double BAND_LOW = 0.8;
    public static final double BAND_HIGH = 1.3;
    public static final int CHRONIC_WEEKS = 4;
    public static final int MIN_EARLIER_WEEKS = 3;
    public static final int EASY_RECOVERY_HOURS = 48;
    public static final int HARD_RECOVERY_HOURS = 72;
    /** Weighted sets of a group in one session that make the session count for its recovery. */
    public static final double TRAINED_SETS = 2.0;
    /** ... and that make it a hard one (72 h rather than 48 h). */
    public static final double HARD_SETS = 6.0;
    public static final String TOTAL = "total";

    private final List<Session> sessions;
    private final Function<String, Optional<Exercise>> exercises;
    private final TreeMap<LocalDate, Week> weeks = new TreeMap<>();

    /** One ISO week with sessions. */
    public record Week(String week, LocalDate monday, int workingSets, Map<MuscleGroup, Double> byGroup) {
        public Week {
            byGroup = java.util.Collections.unmodifiableMap(new EnumMap<>(byGroup));
        }

        public double sets(String group) {
            if (TOTAL.equals(group)) {
                return workingSets;
            }
            return MuscleGroup.fromId(group).map(g -> byGroup.getOrDefault(g, 0.0)).orElse(0.0);
        }
    }

    public enum Level { CAUTION, WARNING }

    /** A week's load against the mean of the four before it. */
    public record LoadRatio(String week, LocalDate monday, String group, double thisWeek, double average, double ratio) {
        public Optional<Level> level() {
            if (ratio >= WARNING_RATIO) {
                return Optional.of(Level.WARNING);
            }
            return ratio >= CAUTION_RATIO ? Optional.of(Level.CAUTION) : Optional.empty();
        }

        /** Two decimals, as shown and printed. */
        public double roundedRatio() {
            return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).doubleValue();
        }

        /** "Upper-back sets this week: 51, your 4-week average 32 — 1.6×". */
        public String sentence() {
            String what = TOTAL.equals(group) ? "Working sets" : MuscleGroup.fromId(group).map(MuscleGroup::displayName).orElse(group) + " sets";
            return what + " this week: " + LoggedSet.number(round1(thisWeek)) + ", your 4-week average "
                    + LoggedSet.number(round1(average)) + " — " + LoggedSet.number(BigDecimal.valueOf(ratio).setScale(1, RoundingMode.HALF_UP).doubleValue()) + "×";
        }
    }

    public Insights(List<Session> sessions, Function<String, Optional<Exercise>> exercises) {
        this.sessions = List.copyOf(sessions);
        this.exercises = exercises;
        Map<LocalDate, int[]> totals = new TreeMap<>();
        Map<LocalDate, EnumMap<MuscleGroup, Double>> groups = new TreeMap<>();
        for (Session s : this.sessions) {
            LocalDate monday = monday(s.date());
            int[] total = totals.computeIfAbsent(monday, k -> new int[1]);
            EnumMap<MuscleGroup, Double> g = groups.computeIfAbsent(monday, k -> zeroGroups());
            total[0] += s.workingSets();
            addGroups(s, g);
        }
        for (Map.Entry<LocalDate, int[]> e : totals.entrySet()) {
            weeks.put(e.getKey(), new Week(Session.isoWeek(e.getKey()), e.getKey(), e.getValue()[0], groups.get(e.getKey())));
        }
    }

    /** The id under which a lift kept as the person's own is looked up: {@code own:} and its name's key. */
    public static String ownId(String name) {
        return OWN_PREFIX + NameMapper.key(name);
    }

    public static final String OWN_PREFIX = "own:";

    /**
     * The library exercise of a logged one, or for a name kept as the person's own, what the lookup
     * gives for {@link #ownId} (the muscles they gave it; empty when they gave none).
     */
    private Optional<Exercise> exerciseOf(LoggedExercise le) {
        return exercises.apply(le.exerciseId() != null ? le.exerciseId() : ownId(le.name()));
    }

    public static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static EnumMap<MuscleGroup, Double> zeroGroups() {
        EnumMap<MuscleGroup, Double> m = new EnumMap<>(MuscleGroup.class);
        for (MuscleGroup g : MuscleGroup.values()) {
            m.put(g, 0.0);
        }
        return m;
    }

    /** Weighted working sets per group in one session. */
    public EnumMap<MuscleGroup, Double> groupSets(Session s) {
        EnumMap<MuscleGroup, Double> g = zeroGroups();
        addGroups(s, g);
        return g;
    }

    private void addGroups(Session s, EnumMap<MuscleGroup, Double> g) {
        for (LoggedExercise le : s.exercises()) {
            Optional<Exercise> ex = exerciseOf(le);
            if (ex.isEmpty()) {
                continue;
            }
            long working = le.sets().stream().filter(LoggedSet::isWorking).count();
            if (working == 0) {
                continue;
            }
            for (MuscleGroup group : MuscleGroup.values()) {
                double w = group.weight(ex.get());
                if (w > 0) {
                    g.merge(group, w * working, Double::sum);
                }
            }
        }
    }

    /** Every week with a session, oldest first. */
    public List<Week> weeks() {
        return List.copyOf(weeks.values());
    }

    public Optional<Week> week(LocalDate anyDay) {
        return Optional.ofNullable(weeks.get(monday(anyDay)));
    }

    /** The sets of {@code group} ("total" or a group id) in the week starting {@code monday}; 0 for a week without sessions. */
    public double sets(LocalDate monday, String group) {
        Week w = weeks.get(monday);
        return w == null ? 0.0 : w.sets(group);
    }

    /** The load ratio of the week holding {@code anyDay}, when three earlier weeks exist and their mean is above 0. */
    public Optional<LoadRatio> ratio(LocalDate anyDay, String group) {
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        LocalDate monday = monday(anyDay);
        LocalDate first = weeks.firstKey();
        double sum = 0;
        int existing = 0;
        for (int i = 1; i <= CHRONIC_WEEKS; i++) {
            LocalDate earlier = monday.minusWeeks(i);
            if (earlier.isBefore(first)) {
                break;
            }
            existing++;
            sum += sets(earlier, group);
        }
        if (existing < MIN_EARLIER_WEEKS || sum <= 0) {
            return Optional.empty();
        }
        double mean = sum / existing;
        double now = sets(monday, group);
        return Optional.of(new LoadRatio(Session.isoWeek(monday), monday, group, now, mean, now / mean));
    }

    /** The groups a ratio is reported for: "total" first, then each muscle group. */
    public static List<String> ratioGroups() {
        List<String> out = new ArrayList<>();
        out.add(TOTAL);
        for (MuscleGroup g : MuscleGroup.values()) {
            out.add(g.id());
        }
        return out;
    }

    /** Every caution and warning over the log's weeks with sessions, oldest first, "total" before the groups. */
    public List<LoadRatio> loadJumps() {
        List<LoadRatio> out = new ArrayList<>();
        for (LocalDate monday : weeks.keySet()) {
            for (String group : ratioGroups()) {
                ratio(monday, group).filter(r -> r.level().isPresent()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Cautions and warnings for the week holding {@code anyDay}. */
    public List<LoadRatio> loadJumps(LocalDate anyDay) {
        List<LoadRatio> out = new ArrayList<>();
        for (String group : ratioGroups()) {
            ratio(anyDay, group).filter(r -> r.level().isPresent()).ifPresent(out::add);
        }
        return out;
    }

    // ---------------------------------------------------------------- recovery

    /**
     * A group's state at a time.
     *
     * @param lastTrained the start of its last session that counted (null: none)
     * @param readyAt     when 48 or 72 h have passed since then (null: none)
     * @param overridden  the person said it is ready after that session
     */
    public record Recovery(MuscleGroup group, LocalDateTime lastTrained, LocalDateTime readyAt, boolean hard,
                           boolean overridden, long hoursLeft) {
        public boolean recovering() {
            return hoursLeft > 0 && !overridden;
        }
    }

    /**
     * Recovery of every group at {@code now}. A session counts for a group from {@value #TRAINED_SETS}
     * weighted working sets; it needs 72 h when it had {@value #HARD_SETS} or more or a set near
     * failure (RIR ≤ 1, RPE ≥ 9, a failure set), else 48 h. An override (the person marked the
     * group ready) at or after that session's start ends the wait.
     */
    public List<Recovery> recovery(LocalDateTime now, Map<MuscleGroup, LocalDateTime> overrides) {
        List<Recovery> out = new ArrayList<>();
        for (MuscleGroup g : MuscleGroup.values()) {
            Session last = null;
            boolean hard = false;
            for (int i = sessions.size() - 1; i >= 0; i--) {
                Session s = sessions.get(i);
                if (s.start().isAfter(now)) {
                    continue;
                }
                double sets = groupSets(s).get(g);
                if (sets >= TRAINED_SETS) {
                    last = s;
                    hard = sets >= HARD_SETS || nearFailure(s, g);
                    break;
                }
            }
            if (last == null) {
                out.add(new Recovery(g, null, null, false, false, 0));
                continue;
            }
            LocalDateTime ready = last.start().plusHours(hard ? HARD_RECOVERY_HOURS : EASY_RECOVERY_HOURS);
            LocalDateTime override = overrides == null ? null : overrides.get(g);
            boolean overridden = override != null && !override.isBefore(last.start());
            long minutes = Duration.between(now, ready).toMinutes();
            long hours = minutes <= 0 ? 0 : (minutes + 59) / 60;
            out.add(new Recovery(g, last.start(), ready, hard, overridden, hours));
        }
        return out;
    }

    private boolean nearFailure(Session s, MuscleGroup g) {
        for (LoggedExercise le : s.exercises()) {
            Optional<Exercise> ex = exerciseOf(le);
            if (ex.isEmpty() || g.weight(ex.get()) < MuscleGroup.PRIMARY) {
                continue;
            }
            for (LoggedSet set : le.sets()) {
                if (set.isWorking() && (set.type() == SetType.FAILURE || (set.rir() != null && set.rir() <= 1)
                        || (set.rpe() != null && set.rpe() >= 9))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- balance

    /** Vertical pulling against scapular work over the four weeks before a time. */
    public record Balance(double verticalPulling, double scapularWork, boolean latsDominate, List<Exercise> correctives) {
        public String sentence() {
            if (latsDominate) {
                return "Over four weeks: " + LoggedSet.number(verticalPulling) + " sets of pull-ups and pull-downs against "
                        + LoggedSet.number(scapularWork) + " for the muscles between and below the shoulder blades. "
                        + "Lats and biceps can overpower the rhomboids and lower traps: add rows, face pulls or correctives.";
            }
            return "Over four weeks: " + LoggedSet.number(verticalPulling) + " sets of vertical pulling, "
                    + LoggedSet.number(scapularWork) + " of scapular work — in balance.";
        }
    }

    public static final int BALANCE_DAYS = 28;
    /** Lats dominate when vertical pulling is more than this times the scapular work ... */
    public static final double BALANCE_RATIO = 1.5;
    /** ... and there are at least this many sets of it. */
    public static final double BALANCE_MIN_SETS = 4;

    /**
     * Over the 28 days up to {@code now}: working sets of pull-ups and pull-downs, against working
     * sets of other exercises that work the mid traps, rhomboids or lower traps as a primary mover
     * (rows, face pulls, the correctives). The suggestions are the library's correctives for those muscles.
     */
    public Balance balance(LocalDateTime now, Collection<Exercise> library) {
        LocalDateTime from = now.minusDays(BALANCE_DAYS);
        double vertical = 0;
        double scapular = 0;
        for (Session s : sessions) {
            if (!s.start().isAfter(from) || s.start().isAfter(now)) {
                continue;
            }
            for (LoggedExercise le : s.exercises()) {
                Optional<Exercise> ex = exerciseOf(le);
                if (ex.isEmpty()) {
                    continue;
                }
                long working = le.sets().stream().filter(LoggedSet::isWorking).count();
                if (isVerticalPull(ex.get())) {
                    vertical += working;
                } else if (isScapular(ex.get())) {
                    scapular += working;
                }
            }
        }
        boolean dominate = vertical >= BALANCE_MIN_SETS && vertical > BALANCE_RATIO * scapular;
        List<Exercise> correctives = library.stream()
                .filter(e -> e.category() == Category.CORRECTIVE && isScapular(e))
                .toList();
        return new Balance(vertical, scapular, dominate, correctives);
    }

    static boolean isVerticalPull(Exercise e) {
        return e.category() == Category.PULLUP || e.category() == Category.PULLDOWN;
    }

    static boolean isScapular(Exercise e) {
        return MuscleGroup.MID_TRAPS_RHOMBOIDS.weight(e) == MuscleGroup.PRIMARY || MuscleGroup.LOWER_TRAPS.weight(e) == MuscleGroup.PRIMARY;
    }

    // ---------------------------------------------------------------- faults

    /** Fault taps of one exercise, per session date. */
    public record FaultHistory(String exerciseKey, String name, Map<LocalDate, EnumMap<Fault, Integer>> byDate, int sets) {
        public int total(Fault f) {
            return byDate.values().stream().mapToInt(m -> m.getOrDefault(f, 0)).sum();
        }

        public int total() {
            return byDate.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
        }
    }

    /** Per exercise (library id, or the name for one not in the library), the faults tapped, in the order first logged. */
    public List<FaultHistory> faultHistory() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, TreeMap<LocalDate, EnumMap<Fault, Integer>>> taps = new LinkedHashMap<>();
        Map<String, Integer> sets = new LinkedHashMap<>();
        for (Session s : sessions) {
            for (LoggedExercise le : s.exercises()) {
                String key = le.exerciseId() != null ? le.exerciseId() : "name:" + le.name();
                names.putIfAbsent(key, le.name());
                sets.merge(key, le.sets().size(), Integer::sum);
                for (LoggedSet set : le.sets()) {
                    if (set.fault() != null) {
                        taps.computeIfAbsent(key, k -> new TreeMap<>())
                                .computeIfAbsent(s.date(), k -> new EnumMap<>(Fault.class))
                                .merge(set.fault(), 1, Integer::sum);
                    }
                }
            }
        }
        List<FaultHistory> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<LocalDate, EnumMap<Fault, Integer>>> e : taps.entrySet()) {
            out.add(new FaultHistory(e.getKey(), names.get(e.getKey()), java.util.Collections.unmodifiableMap(e.getValue()), sets.get(e.getKey())));
        }
        return out;
    }

    /** Sessions with {@code from < start <= to}, oldest first. */
    public List<Session> between(LocalDateTime from, LocalDateTime to) {
        return sessions.stream().filter(s -> s.start().isAfter(from) && !s.start().isAfter(to)).toList();
    }

    public List<Session> sessions() {
        return sessions;
    }

    static double round1(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

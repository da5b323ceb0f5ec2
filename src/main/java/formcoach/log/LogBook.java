package formcoach.log;

import formcoach.library.Exercise;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The training log together with the library and the log's settings: what the command line and the
 * Log section work through. Holds no lock between calls.
 */
public final class LogBook {
    private final TrainingLog log;
    private final JsonStore store;
    private final List<Exercise> library;
    private final Map<String, Exercise> byId = new HashMap<>();
    private final Map<String, String> table;
    private volatile LogSettings settings;

    public LogBook(TrainingLog log, Collection<Exercise> library, Map<String, String> table) throws StoreException {
        this.log = log;
        this.store = log.store();
        this.library = List.copyOf(library);
        this.library.forEach(e -> byId.put(e.id(), e));
        this.table = Map.copyOf(table);
        this.settings = LogSettings.load(store).value();
    }

    /** Opens the log in {@code store} with the given library exercises and the built-in name table. */
    public static LogBook open(JsonStore store, java.time.Clock clock, Collection<Exercise> library) throws StoreException {
        return new LogBook(TrainingLog.load(store, clock), library, NameMapper.builtinTable());
    }

    public TrainingLog log() {
        return log;
    }

    public List<Exercise> library() {
        return library;
    }

    /**
     * A library exercise by id; for {@link Insights#ownId} of a lift kept as the person's own, an
     * exercise of their own that works the muscle groups they gave it (empty when they gave none).
     */
    public Optional<Exercise> exercise(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.startsWith(Insights.OWN_PREFIX)) {
            return settings.ownExercise(id);
        }
        return Optional.ofNullable(byId.get(id));
    }


    public LogSettings settings() {
        return settings;
    }

    public LogSettings updateSettings(java.util.function.UnaryOperator<LogSettings> change) throws StoreException {
        settings = LogSettings.update(store, change);
        return settings;
    }

    public Insights insights() {
        return new Insights(log.sessions(), this::exercise);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(log.clock());
    }

    public NameMapper mapper() {
        return new NameMapper(library, table, settings.names());
    }

    /** The display name of a logged exercise: the library's when it is mapped, else the name as logged. */
    public String displayName(LoggedExercise e) {
        return exercise(e.exerciseId()).map(Exercise::name).orElse(e.name());
    }

    // ------------------------------------------------------------------ import

    /** What an import did. */
    public record ImportReport(String format, int sessionsInFile, int setsInFile, int workingSetsInFile, int added,
                               int alreadyThere, int leftOutRows, Map<String, NameMapper.How> names, List<Unmatched> unmatched) {
    }

    /** Reads, checks and maps the whole file first; only then is anything stored. */
    public ImportReport importFile(Path file, Optional<WeightUnit> unit) throws LogImportException, StoreException {
        ExportFile parsed = ExportReader.read(file, unit.orElse(settings.unit()));
        NameMapper mapper = mapper();
        Map<String, NameMapper.Match> matches = new LinkedHashMap<>();
        List<Session> mapped = new ArrayList<>();
        for (Session s : parsed.sessions()) {
            List<LoggedExercise> ex = new ArrayList<>();
            for (LoggedExercise le : s.exercises()) {
                NameMapper.Match m = matches.computeIfAbsent(NameMapper.key(le.name()), k -> mapper.map(le.name()));
                ex.add(m.exercise().map(e -> new LoggedExercise(e.id(), le.name(), le.sets(), le.note())).orElse(le));
            }
            mapped.add(s.withExercises(ex));
        }
        TrainingLog.Added added = log.addImported(mapped);
        Map<String, NameMapper.How> names = new LinkedHashMap<>();
        matches.values().forEach(m -> names.put(m.name().strip(), m.how()));
        int working = parsed.sessions().stream().mapToInt(Session::workingSets).sum();
        return new ImportReport(parsed.format(), parsed.sessions().size(), parsed.sets(), working, added.added().size(),
                added.alreadyThere(), parsed.leftOutRows(), names,
                unmatched().stream().filter(u -> matches.containsKey(NameMapper.key(u.name()))).toList());
    }

    // ------------------------------------------------------------------ review

    /** A name in the log that is not in the library and that the person has not kept as their own. */
    public record Unmatched(String name, int sessions, int sets, List<Exercise> suggestions) {
    }

    public List<Unmatched> unmatched() {
        NameMapper mapper = mapper();
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Session s : log.sessions()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (LoggedExercise le : s.exercises()) {
                if (le.exerciseId() != null) {
                    continue;
                }
                String k = NameMapper.key(le.name());
                if ("".equals(settings.names().get(k))) {
                    continue;
                }
                shown.putIfAbsent(k, le.name());
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                if (seen.add(k)) {
                    c[0]++;
                }
                c[1] += le.sets().size();
            }
        }
        List<Unmatched> out = new ArrayList<>();
        for (Map.Entry<String, String> e : shown.entrySet()) {
            int[] c = counts.get(e.getKey());
            out.add(new Unmatched(e.getValue(), c[0], c[1], mapper.suggestions(e.getValue().replaceAll("\\([^)]*\\)", " ").strip())));
        }
        out.sort(java.util.Comparator.comparingInt((Unmatched u) -> -u.sets()).thenComparing(Unmatched::name));
        return out;
    }

    /**
     * The review's answer for one name: a library exercise, or empty to keep it as the person's own.
     * Remembered for later imports, and applied at once to every session that has the name unmapped.
     *
     * @return how many sessions changed
     */
    public int resolve(String name, Optional<String> exerciseId) throws StoreException {
        if (exerciseId.isPresent() && !byId.containsKey(exerciseId.get())) {
            throw new IllegalArgumentException("no exercise with id '" + exerciseId.get() + "' in the library");
        }
        updateSettings(s -> s.withName(name, exerciseId.orElse("")));
        if (exerciseId.isEmpty()) {
            return 0;
        }
        String k = NameMapper.key(name);
        String id = exerciseId.get();
        return log.replaceAll(s -> {
            boolean any = false;
            List<LoggedExercise> ex = new ArrayList<>();
            for (LoggedExercise le : s.exercises()) {
                if (le.exerciseId() == null && NameMapper.key(le.name()).equals(k)) {
                    ex.add(le.withExercise(id, le.name()));
                    any = true;
                } else {
                    ex.add(le);
                }
            }
            return any ? s.withExercises(ex) : s;
        });
    }

    /** A name the person kept as their own, with the muscle groups they gave it (none yet: empty). */
    public record OwnLift(String name, int sessions, int sets, LogSettings.OwnMuscles muscles) {
    }

    /** Every name in the log kept as the person's own, most sets first. */
    public List<OwnLift> ownLifts() {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Session s : log.sessions()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (LoggedExercise le : s.exercises()) {
                String k = NameMapper.key(le.name());
                if (le.exerciseId() != null || !"".equals(settings.names().get(k))) {
                    continue;
                }
                shown.putIfAbsent(k, le.name());
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                if (seen.add(k)) {
                    c[0]++;
                }
                c[1] += le.sets().size();
            }
        }
        List<OwnLift> out = new ArrayList<>();
        for (Map.Entry<String, String> e : shown.entrySet()) {
            int[] c = counts.get(e.getKey());
            LogSettings.OwnMuscles m = settings.ownMuscles().getOrDefault(e.getKey(), new LogSettings.OwnMuscles(e.getValue(), List.of(), List.of()));
            out.add(new OwnLift(e.getValue(), c[0], c[1], m));
        }
        out.sort(java.util.Comparator.comparingInt((OwnLift u) -> -u.sets()).thenComparing(OwnLift::name));
        return out;
    }

    /**
     * Keeps {@code name} as the person's own lift working the given groups (primary counts 1 a set,
     * secondary 0.5), or changes the groups of one kept already. Remembered for later imports.
     */
    public void keepOwn(String name, List<MuscleGroup> primary, List<MuscleGroup> secondary) throws StoreException {
        updateSettings(s -> s.withOwn(name, primary, secondary));
    }

    // ------------------------------------------------------------------ entry

    /**
     * Adds sets of one exercise to the day's log: to the latest session entered here on the same
     * date (after its last exercise, or onto it when it is the same exercise), or to a new session
     * at {@code at} when there is none or {@code newSession} is asked for.
     *
     * @return the session as saved
     */
    public Session addSets(LocalDateTime at, Exercise exercise, List<LoggedSet> sets, boolean newSession) throws StoreException {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no sets to add");
        }
        Optional<Session> day = newSession ? Optional.empty() : dayLog(at.toLocalDate());
        if (day.isEmpty()) {
            Session fresh = new Session(null, at, "", "manual", null, "",
                    List.of(new LoggedExercise(exercise.id(), exercise.name(), sets, "")));
            return log.save(fresh);
        }
        Session s = day.get();
        List<LoggedExercise> ex = new ArrayList<>(s.exercises());
        LoggedExercise last = ex.isEmpty() ? null : ex.get(ex.size() - 1);
        if (last != null && exercise.id().equals(last.exerciseId())) {
            List<LoggedSet> more = new ArrayList<>(last.sets());
            more.addAll(sets);
            ex.set(ex.size() - 1, last.withSets(more));
        } else {
            ex.add(new LoggedExercise(exercise.id(), exercise.name(), sets, ""));
        }
        return log.save(s.withExercises(ex));
    }

    /** The latest session entered here (not imported) on {@code date}. */
    public Optional<Session> dayLog(java.time.LocalDate date) {
        Session found = null;
        for (Session s : log.sessions()) {
            if (s.date().equals(date) && "manual".equals(s.source())) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The signals for "before you lift" and the pain check, from the log as it is now. */
    public TrainingSignals signals() {
        return new TrainingSignals(log.sessions(), this::exercise, settings.overrides());
    }
}

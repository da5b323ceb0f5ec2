package formcoach.library;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one door to the exercise library for the GUI and the command line: the built-in exercises
 * merged with imported ones ({@code imported-exercises.json}) and the person's own
 * ({@code custom-exercises.json}), search, "where did you feel it?", favourites, import/export and
 * today's lift plan.
 *
 * <p>Reads never block: they see an immutable snapshot that every change replaces whole. Loading
 * reads assets and files, so call {@link #load} off the FX thread.
 *
 * <p>Ids are unique across the merged library. A stored imported or custom exercise whose id is
 * built in is not shown (and {@link #problems()} says so), but it stays in its file: nothing stored
 * is dropped because of a clash.
 */
public final class Library {
    public static final String IMPORTED_STORE = "imported-exercises";
    public static final String CUSTOM_STORE = "custom-exercises";
    public static final int SCHEMA_VERSION = 1;
    private static final JavaType LIST = Json.mapper().getTypeFactory().constructType(new TypeReference<List<Exercise>>() { });

    private record Snapshot(List<Exercise> all, Map<String, Exercise> byId, ExerciseSearch search, List<String> clashes) {
    }

    private final JsonStore store;
    private final List<Exercise> builtin;
    private final Set<String> builtinIds;
    private final FeelMap feelMap;
    private final Twins twins;
    private final List<String> loadProblems;
    private final Favourites favourites;
    private List<Exercise> imported;
    private List<Exercise> custom;
    private volatile Snapshot snapshot;

    private Library(JsonStore store, List<Exercise> builtin, FeelMap feelMap, Twins twins, List<String> loadProblems,
                    Favourites favourites, List<Exercise> imported, List<Exercise> custom) {
        this.store = store;
        this.twins = twins;
        this.builtin = List.copyOf(builtin);
        this.builtinIds = builtin.stream().map(Exercise::id).collect(Collectors.toUnmodifiableSet());
        this.feelMap = feelMap;
        this.loadProblems = loadProblems;
        this.favourites = favourites;
        this.imported = List.copyOf(imported);
        this.custom = List.copyOf(custom);
        rebuild();
    }

    /** The built-in assets plus what is stored in {@code store}. */
    public static Library load(JsonStore store) throws StoreException {
        return load(store, ExerciseCatalog.loadBuiltin(), FeelMap.loadBuiltin(), Twins.loadBuiltin());
    }

    public static Library load(JsonStore store, ExerciseCatalog.Result builtin, FeelMap.Result feel) throws StoreException {
        return load(store, builtin, feel, Twins.loadBuiltin());
    }

    public static Library load(JsonStore store, ExerciseCatalog.Result builtin, FeelMap.Result feel, Twins.Result twins)
            throws StoreException {
        List<String> problems = new ArrayList<>();
        builtin.problems().forEach(p -> problems.add(p.toString()));
        feel.problems().forEach(p -> problems.add(p.toString()));
        twins.problems().forEach(p -> problems.add(p.toString()));
        Loaded<List<Exercise>> imported = store.read(IMPORTED_STORE, SCHEMA_VERSION, LIST, List::of);
        imported.notice().ifPresent(n -> problems.add(n.message()));
        Loaded<List<Exercise>> custom = store.read(CUSTOM_STORE, SCHEMA_VERSION, LIST, List::of);
        custom.notice().ifPresent(n -> problems.add(n.message()));
        Loaded<Favourites> fav = Favourites.load(store);
        fav.notice().ifPresent(n -> problems.add(n.message()));
        return new Library(store, builtin.exercises(), feel.map(), twins.twins(), List.copyOf(problems), fav.value(),
                imported.value(), custom.value());
    }

    private synchronized void rebuild() {
        Map<String, Exercise> byId = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        builtin.forEach(e -> byId.put(e.id(), e));
        for (Exercise e : imported) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                clashes.add(IMPORTED_STORE + ".json: '" + e.id() + "' has the id of a built-in exercise; it stays in the file but is not shown");
            }
        }
        for (Exercise e : custom) {
            Exercise other = byId.putIfAbsent(e.id(), e);
            if (other != null) {
                clashes.add(CUSTOM_STORE + ".json: '" + e.id() + "' has the id of " + describe(other)
                        + "; it stays in the file but is not shown until renamed");
            }
        }
        ExerciseSearch search = new ExerciseSearch(byId.values(), e -> twin(byId, e).map(Exercise::aliases).orElse(List.of()));
        List<Exercise> all = search.search("", SearchFilter.NONE).stream().map(SearchHit::exercise).toList();
        snapshot = new Snapshot(all, Collections.unmodifiableMap(byId), search, List.copyOf(clashes));
    }

    private Optional<Exercise> twin(Map<String, Exercise> byId, Exercise e) {
        return twins.twinId(e).map(byId::get).filter(t -> t.source() == Source.BUILTIN);
    }

    private static String describe(Exercise e) {
        return switch (e.source()) {
            case BUILTIN -> "the built-in exercise " + e.name();
            case CUSTOM -> "your exercise " + e.name();
            default -> "the imported exercise " + e.name();
        };
    }

    // ------------------------------------------------------------------ reading

    /** Every exercise (built-in, imported, custom) in name order. */
    public List<Exercise> all() {
        return snapshot.all();
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    /** Typo-tolerant search, best match first; an empty query lists everything that passes the filter. */
    public List<SearchHit> search(String query, SearchFilter filter) {
        return snapshot.search().search(query, filter);
    }

    public List<SearchHit> search(String query, SearchFilter filter, int limit) {
        return snapshot.search().search(query, filter, limit);
    }

    public FeelMap feelMap() {
        return feelMap;
    }

    /**
     * Our exercise that an imported one is the same movement as (free-exercise-db's
     * {@code Bent_Over_Barbell_Row} → our barbell bent-over row), from {@code assets/library/twins.json};
     * empty for our own, yours, and imported lifts with no twin.
     */
    public Optional<Exercise> twinOf(Exercise e) {
        return twin(snapshot.byId(), e);
    }

    /**
     * "Where did you feel it?" for one exercise; empty when the map says nothing for it. An imported
     * lift with a twin answers as its twin does, with the twin's fix ({@link FeelVerdict#via()}).
     */
    public Optional<FeelVerdict> feltIn(Exercise exercise, BodyArea area) {
        Optional<Exercise> twin = twinOf(exercise);
        if (twin.isPresent()) {
            return feelMap.feltIn(twin.get(), area).map(v -> v.via(twin.get()));
        }
        return feelMap.feltIn(exercise, area);
    }

    public Optional<FeelVerdict> feltIn(String exerciseId, BodyArea area) {
        return find(exerciseId).flatMap(e -> feltIn(e, area));
    }

    /**
     * Everything a person or a developer should know about how the library loaded: content
     * problems, files moved aside, hidden clashes. Empty when all is well.
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>(loadProblems);
        out.addAll(snapshot.clashes());
        return out;
    }

    public synchronized List<Exercise> customExercises() {
        return custom;
    }

    public synchronized List<Exercise> importedExercises() {
        return imported;
    }

    // ------------------------------------------------------------------ favourites

    public Set<String> favourites() {
        return favourites.ids();
    }

    public boolean isFavourite(String id) {
        return favourites.contains(id);
    }

    /** Stars or un-stars an exercise; returns whether it is now a favourite. */
    public boolean toggleFavourite(String id) throws LibraryException, StoreException {
        if (!favourites.contains(id) && find(id).isEmpty()) {
            throw new LibraryException("no exercise with id '" + id + "'");
        }
        return favourites.toggle(id);
    }

    // ------------------------------------------------------------------ custom exercises

    /** Field → message for the edit form; empty when {@link #saveCustom} would accept the draft. */
    public Map<String, String> validateCustom(Exercise draft) {
        Snapshot s = snapshot;
        Map<String, String> out = new LinkedHashMap<>(CustomExerciseValidator.validate(draft,
                id -> s.byId().containsKey(id) || id.equals(draft.id()),
                id -> {
                    Exercise other = s.byId().get(id);
                    return other == null || other.source() == Source.CUSTOM ? null : describe(other);
                }));
        // a name of ours would make two different lifts look the same in the list and in History
        String name = TextNorm.normalize(draft.name());
        if (!name.isEmpty() && !out.containsKey("name")) {
            builtin.stream().filter(b -> TextNorm.normalize(b.name()).equals(name) && !b.id().equals(draft.id())).findFirst()
                    .ifPresent(b -> out.put("name", "Form Coach already has an exercise called \u201c" + b.name()
                            + "\u201d. Give yours another name, such as \u201c" + freeName(draft.name().strip() + " (mine)") + "\u201d."));
        }
        return out;
    }

    /** {@code base}, or {@code base 2}, {@code base 3}… until no exercise has that name. */
    private String freeName(String base) {
        Set<String> taken = new HashSet<>();
        snapshot.all().forEach(e -> taken.add(TextNorm.normalize(e.name())));
        String n = base;
        for (int i = 2; taken.contains(TextNorm.normalize(n)); i++) {
            n = base + " " + i;
        }
        return n;
    }

    /**
     * Adds or updates one of the person's exercises. A blank id is made from the name
     * ({@code custom-my-row}); the saved exercise (with its id and source) is returned.
     */
    public synchronized Exercise saveCustom(Exercise draft) throws LibraryException, StoreException {
        Exercise e = draft.withSource(Source.CUSTOM);
        boolean newId = e.id().isEmpty() && !e.name().isBlank();
        if (newId) {
            e = e.withId(freeId("custom-" + slug(e.name()), Set.of()));
        }
        Map<String, String> problems = validateCustom(e);
        if (!problems.isEmpty()) {
            throw new LibraryException("the exercise was not saved: " + problems.entrySet().stream()
                    .map(x -> x.getKey() + ": " + x.getValue()).collect(Collectors.joining(" ")));
        }
        Exercise checked = e;
        Exercise[] saved = {e};
        // applied to what is stored now, under the store's lock: exercises saved meanwhile by another
        // window or a command-line import are kept, and a new id is chosen against them there
        List<Exercise> written = store.<List<Exercise>, RuntimeException>update(CUSTOM_STORE, SCHEMA_VERSION, LIST, List::of, stored -> {
            List<Exercise> next = new ArrayList<>(stored);
            Exercise mine = checked;
            if (newId) {
                Set<String> storedIds = new HashSet<>();
                stored.forEach(x -> storedIds.add(x.id()));
                mine = checked.withId(freeId("custom-" + slug(checked.name()), storedIds));
            }
            saved[0] = mine;
            int at = -1;
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).id().equals(mine.id())) {
                    at = i;
                }
            }
            if (at >= 0) {
                next.set(at, mine);
            } else {
                next.add(mine);
            }
            return next;
        });
        custom = List.copyOf(written);
        rebuild();
        return saved[0];
    }

    public synchronized void deleteCustom(String id) throws LibraryException, StoreException {
        if (custom.stream().noneMatch(x -> x.id().equals(id))) {
            Optional<Exercise> other = find(id);
            throw new LibraryException(other.isPresent() ? "'" + id + "' is " + describe(other.get()) + ", not one of yours; only your own can be deleted"
                    : "no exercise of yours has the id '" + id + "'");
        }
        List<Exercise> written = store.<List<Exercise>, RuntimeException>update(CUSTOM_STORE, SCHEMA_VERSION, LIST, List::of, stored -> {
            List<Exercise> next = new ArrayList<>(stored);
            next.removeIf(x -> x.id().equals(id));
            return next;
        });
        custom = List.copyOf(written);
        rebuild();
    }

    private String freeId(String base, Set<String> alsoTaken) {
        Set<String> taken = new HashSet<>(snapshot.byId().keySet());
        taken.addAll(alsoTaken);
        custom.forEach(x -> taken.add(x.id()));
        imported.forEach(x -> taken.add(x.id()));
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    static String slug(String name) {
        String s = TextNorm.normalize(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "exercise" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    // ------------------------------------------------------------------ import / export

    /**
     * Imports a free-exercise-db file or one of our exports. Records with a known id update the
     * stored one instead of being added twice. A file with any malformed record is refused whole
     * (the exception names the record and field) and nothing stored changes.
     */
    public synchronized ImportReport importFile(Path file) throws LibraryException, StoreException {
        LibraryImporter.Parsed parsed = LibraryImporter.read(file, snapshot.byId()::containsKey);
        // merged onto what is stored now, under both files' locks (always imported, then custom), and
        // saved all or nothing: a full disk leaves both files and both backups as they were
        Merge[] merged = new Merge[1];
        store.<List<Exercise>, List<Exercise>, RuntimeException>updateBoth(
                new JsonStore.Part<>(IMPORTED_STORE, SCHEMA_VERSION, LIST, List::of),
                new JsonStore.Part<>(CUSTOM_STORE, SCHEMA_VERSION, LIST, List::of),
                (storedImported, storedCustom) -> {
                    merged[0] = merge(parsed, storedImported, storedCustom);
                    return new JsonStore.Both<>(merged[0].imported(), merged[0].custom());
                });
        imported = merged[0].imported();
        custom = merged[0].custom();
        rebuild();
        List<String> notes = new ArrayList<>(merged[0].notes());
        if (parsed.imagesDropped() > 0) {
            notes.add(parsed.imagesDropped() + " picture path(s) pointed outside the file's folder and were left out");
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Merge m = merged[0];
        return new ImportReport(name, parsed.format(), parsed.exercises().size(), m.added(), m.updated(), m.unchanged(),
                m.skipped(), parsed.imagesDropped(), notes);
    }

    private record Merge(List<Exercise> imported, List<Exercise> custom, int added, int updated, int unchanged,
                         int skipped, List<String> notes) {
    }

    private Merge merge(LibraryImporter.Parsed parsed, List<Exercise> storedImported, List<Exercise> storedCustom) {
        Map<String, Exercise> nextImported = new LinkedHashMap<>();
        storedImported.forEach(x -> nextImported.put(x.id(), x));
        Map<String, Exercise> nextCustom = new LinkedHashMap<>();
        storedCustom.forEach(x -> nextCustom.put(x.id(), x));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        List<String> notes = new ArrayList<>();
        for (Exercise x : parsed.exercises()) {
            Exercise e = x;
            if (builtinIds.contains(e.id())) {
                skipped++;
                notes.add("'" + e.id() + "' is a built-in exercise; skipped");
                continue;
            }
            if (e.source() == Source.BUILTIN) {
                e = e.withSource(Source.IMPORT);
            }
            boolean mine = e.source() == Source.CUSTOM;
            Map<String, Exercise> target = mine ? nextCustom : nextImported;
            Map<String, Exercise> other = mine ? nextImported : nextCustom;
            if (other.containsKey(e.id())) {
                skipped++;
                notes.add("'" + e.id() + "' is already " + (mine ? "an imported exercise" : "one of your own exercises") + "; skipped");
                continue;
            }
            Exercise before = target.put(e.id(), e);
            if (before == null) {
                added++;
            } else if (before.equals(e)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        return new Merge(List.copyOf(nextImported.values()), List.copyOf(nextCustom.values()), added, updated, unchanged,
                skipped, notes);
    }

    /** Writes the whole library, or only the person's own exercises, in our format; returns how many. */
    public int export(Path file, boolean customOnly) throws LibraryException {
        List<Exercise> out = customOnly ? customExercises().stream().sorted(
                java.util.Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT))).toList() : all();
        LibraryExporter.write(file, out);
        return out.size();
    }

    // ------------------------------------------------------------------ today's plan

    /** The plan saved for {@code date} (the pain checker reads the same file through {@link TodayPlan#forDate}). */
    public Optional<TodayPlan> plan(LocalDate date) throws StoreException {
        return TodayPlan.forDate(store, date);
    }

    /** Saves today's picked lifts; every id must be in the library. */
    public TodayPlan savePlan(TodayPlan plan) throws LibraryException, StoreException {
        List<String> unknown = new ArrayList<>();
        for (String id : plan.exerciseIds()) {
            if (find(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new LibraryException("the plan was not saved: no exercise with id " + unknown.stream()
                    .map(x -> "'" + x + "'").collect(Collectors.joining(", ")));
        }
        TodayPlan stamped = plan.withSavedAt(store.clock().instant());
        stamped.save(store);
        return stamped;
    }

    /** Counts per source, for a status line ("48 built in, 873 imported, 2 your own"). */
    public Map<Source, Integer> counts() {
        Map<Source, Integer> out = new HashMap<>();
        for (Exercise e : all()) {
            out.merge(e.source(), 1, Integer::sum);
        }
        return out;
    }
}

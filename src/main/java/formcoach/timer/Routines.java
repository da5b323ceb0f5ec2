package formcoach.timer;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every routine the person can run: the read-only built-ins from {@code assets/routines} and their
 * own, kept in the data folder as {@code routines.json} (schema 1: a list of routines). The editor,
 * the timer screen and the command line all go through here; every change is validated by
 * {@link RoutineValidator} and written atomically before it is visible.
 *
 * <p>Ids: built-in and stored ids never collide. A routine created, duplicated or imported gets
 * its id from its name ({@code "My warm-up"} becomes {@code my-warm-up}, then {@code my-warm-up-2}
 * if that is taken). An imported file keeps its own id unless that id is missing, malformed or
 * already used by a built-in or stored routine; then it gets a fresh one and the caller is told.
 *
 * <p>Not thread-safe for writes: one editor at a time (the UI thread or one command).
 */
public final class Routines {
    public static final String STORE_NAME = "routines";
    public static final int SCHEMA_VERSION = 1;
    /** an import file larger than this (1 MB) is not a routine */
    public static final long MAX_IMPORT_BYTES = 1L << 20;
    private static final JavaType LIST = Json.mapper().getTypeFactory().constructCollectionType(List.class, Routine.class);

    private final JsonStore store;
    private final RoutineValidator validator;
    private final List<Routine> builtins;
    private final List<String> notices;
    private List<Routine> user;

    private Routines(JsonStore store, RoutineValidator validator, List<Routine> builtins, List<Routine> user, List<String> notices) {
        this.store = store;
        this.validator = validator;
        this.builtins = List.copyOf(builtins);
        this.user = List.copyOf(user);
        this.notices = List.copyOf(notices);
    }

    /**
     * Loads the built-ins and the person's routines.
     *
     * @param knownExercise true for each exercise id in the library
     * @throws StoreException when the data folder cannot be read at all
     */
    public static Routines load(JsonStore store, Predicate<String> knownExercise) throws StoreException {
        RoutineValidator validator = new RoutineValidator(knownExercise);
        BuiltinRoutines.Result b = BuiltinRoutines.load(validator);
        List<String> notices = new ArrayList<>(b.problems());
        Loaded<List<Routine>> loaded = store.read(STORE_NAME, SCHEMA_VERSION, LIST, ArrayList::new);
        loaded.notice().ifPresent(n -> notices.add(n.message()));
        List<Routine> user = new ArrayList<>();
        for (Routine r : loaded.value()) {
            if (r != null) {
                // kept even when it no longer validates (an exercise left the library): never silently dropped
                user.add(r);
            }
        }
        return new Routines(store, validator, b.routines(), user, notices);
    }

    public List<Routine> builtins() {
        return builtins;
    }

    /** The person's routines, in the order they were created. */
    public List<Routine> userRoutines() {
        return user;
    }

    /** Built-ins first, then the person's. */
    public List<Routine> all() {
        List<Routine> all = new ArrayList<>(builtins);
        all.addAll(user);
        return Collections.unmodifiableList(all);
    }

    public Optional<Routine> find(String id) {
        for (Routine r : builtins) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        for (Routine r : user) {
            if (Objects.equals(r.id(), id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public boolean isBuiltin(String id) {
        return builtins.stream().anyMatch(r -> r.id().equals(id));
    }

    public RoutineValidator validator() {
        return validator;
    }

    /** What the editor shows: every problem of a routine, empty when it can be saved. */
    public List<RoutineProblem> validate(Routine r) {
        return validator.validate(r);
    }

    /** Things the person should be told after loading: a built-in left out, a stored file moved aside. */
    public List<String> notices() {
        return notices;
    }

    /** Saves {@code draft} as a new routine with an id made from its name; returns it as stored. */
    public Routine create(Routine draft) throws RoutineException, StoreException {
        Routine r = draft.withId(freshId(draft.name()));
        requireValid(r);
        return add(r, null);
    }

    /** Saves an edited routine of the person's over the one with the same id (or adds it). Built-ins are read-only. */
    public Routine save(Routine r) throws RoutineException, StoreException {
        if (isBuiltin(r.id())) {
            throw new RoutineException("'" + r.name() + "' is built in and cannot be changed; duplicate it to make your own copy");
        }
        requireValid(r);
        List<Routine> next = new ArrayList<>(user);
        int i = indexOf(r.id());
        if (i >= 0) {
            next.set(i, r);
        } else {
            next.add(r);
        }
        write(next);
        return r;
    }

    /**
     * An editable copy of any routine (the way to change a built-in): named "NAME (copy)", same
     * kind and steps, a fresh id.
     */
    public Routine duplicate(String id) throws RoutineException, StoreException {
        Routine original = find(id).orElseThrow(() -> unknown(id));
        String name = copyName(original.name());
        Routine copy = original.withName(name).withId(freshId(name));
        requireValid(copy);
        return add(copy, null);
    }

    public void delete(String id) throws RoutineException, StoreException {
        if (isBuiltin(id)) {
            throw new RoutineException("'" + id + "' is built in and cannot be deleted");
        }
        int i = indexOf(id);
        if (i < 0) {
            throw unknown(id);
        }
        List<Routine> next = new ArrayList<>(user);
        next.remove(i);
        write(next);
    }

    /** The routine and whether its id had to change. */
    public record Imported(Routine routine, String requestedId) {
        public boolean idChanged() {
            return !Objects.equals(routine.id(), requestedId);
        }
    }

    /**
     * Imports a routine file (the routine format). A bad file is refused with one message naming
     * the file, step and field; the stored routines are then unchanged.
     */
    public Imported importFrom(Path file) throws RoutineException, StoreException {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = formcoach.store.InputFiles.read(file, MAX_IMPORT_BYTES);
        } catch (formcoach.store.InputFiles.Refused e) {
            throw new RoutineException(label + ": " + e.getMessage() + ". Nothing was imported.", e);
        } catch (NoSuchFileException e) {
            throw new RoutineException(label + ": no such file. Nothing was imported.", e);
        } catch (IOException e) {
            throw new RoutineException(label + ": could not be read (" + e.getMessage() + "). Nothing was imported.", e);
        }
        Routine r;
        try {
            r = RoutineJson.parse(bytes);
        } catch (RoutineException e) {
            throw new RoutineException(label + ": " + e.getMessage() + ". Nothing was imported.", e);
        }
        String requested = r.id();
        boolean wellFormed = requested != null && RoutineValidator.ID.matcher(requested).matches();
        // checked with the id it will most likely get; the id itself is chosen under the store's lock
        Routine draft = wellFormed && find(requested).isEmpty() ? r : r.withId(freshId(r.name()));
        List<RoutineProblem> problems = validator.validate(draft);
        if (!problems.isEmpty()) {
            throw new RoutineException(label + ": " + summary(problems) + ". Nothing was imported.");
        }
        Routine added = add(draft, wellFormed ? requested : null);
        return new Imported(added, requested);
    }

    /**
     * Adds {@code r} as a new routine in one locked step on what is stored now: it keeps
     * {@code wantedId} when no built-in or stored routine has it, else gets a fresh id from its
     * name, chosen there, so two processes adding at once never pick the same id and overwrite
     * each other.
     */
    private Routine add(Routine r, String wantedId) throws StoreException {
        Routine[] added = new Routine[1];
        List<Routine> written = store.<List<Routine>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, ArrayList::new, stored -> {
            Set<String> taken = new HashSet<>();
            builtins.forEach(b -> taken.add(b.id()));
            stored.forEach(x -> taken.add(x.id()));
            user.forEach(x -> taken.add(x.id()));
            String id = wantedId != null && !taken.contains(wantedId) ? wantedId : freshId(r.name(), taken);
            added[0] = r.withId(id);
            List<Routine> next = new ArrayList<>(stored);
            next.add(added[0]);
            return next;
        });
        user = List.copyOf(written);
        return added[0];
    }

    /** Writes a routine (built-in or the person's) to {@code file} in the routine format; refuses to replace an existing file. */
    public void exportTo(String id, Path file) throws RoutineException {
        exportTo(id, file, false);
    }

    public void exportTo(String id, Path file, boolean overwrite) throws RoutineException {
        Routine r = find(id).orElseThrow(() -> unknown(id));
        Path target = file.toAbsolutePath();
        java.util.Optional<String> wrongKind = formcoach.store.OutputFiles.notReplaceable(target);
        if (wrongKind.isPresent()) {
            throw new RoutineException(file + " " + wrongKind.get());
        }
        if (!overwrite && formcoach.store.OutputFiles.exists(target)) {
            throw new RoutineException(file + " already exists; it was left as it is (choose another name)");
        }
        Path dir = target.getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
            try {
                Files.write(tmp, RoutineJson.write(r));
                if (overwrite) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, target);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new RoutineException(file + " already exists; it was left as it is (choose another name)", e);
        } catch (NoSuchFileException e) {
            throw new RoutineException("cannot write " + file + ": the folder does not exist", e);
        } catch (IOException e) {
            throw new RoutineException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** An id made from {@code name} that no built-in or stored routine uses. */
    public String freshId(String name) {
        Set<String> taken = new HashSet<>();
        builtins.forEach(b -> taken.add(b.id()));
        user.forEach(x -> taken.add(x.id()));
        return freshId(name, taken);
    }

    private static String freshId(String name, Set<String> taken) {
        String base = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "routine";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String copyName(String name) {
        String n = (name == null ? "Routine" : name) + " (copy)";
        return n.length() > RoutineValidator.MAX_NAME_LENGTH ? n.substring(n.length() - RoutineValidator.MAX_NAME_LENGTH) : n;
    }

    private void requireValid(Routine r) throws RoutineException {
        List<RoutineProblem> problems = validator.validate(r);
        if (!problems.isEmpty()) {
            throw new RoutineException(summary(problems) + "; nothing was saved");
        }
    }

    private static String summary(List<RoutineProblem> problems) {
        String first = problems.get(0).text();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }

    private int indexOf(String id) {
        for (int i = 0; i < user.size(); i++) {
            if (Objects.equals(user.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    private static RoutineException unknown(String id) {
        return new RoutineException("no routine with id '" + id + "'");
    }

    /**
     * Saves the change from {@code user} to {@code next} onto what is stored now, under the store's
     * lock: routines another window or a command-line import saved meanwhile are kept.
     */
    private void write(List<Routine> next) throws StoreException {
        List<Routine> before = user;
        List<Routine> written = store.<List<Routine>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, ArrayList::new,
                stored -> merge(stored, before, next));
        user = List.copyOf(written);
    }

    /** {@code stored} with the routines removed, changed and added between {@code before} and {@code after}. */
    static List<Routine> merge(List<Routine> stored, List<Routine> before, List<Routine> after) {
        Map<String, Routine> was = new LinkedHashMap<>();
        before.forEach(r -> was.put(r.id(), r));
        Map<String, Routine> now = new LinkedHashMap<>();
        after.forEach(r -> now.put(r.id(), r));
        List<Routine> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Routine r : stored) {
            if (was.containsKey(r.id()) && !now.containsKey(r.id())) {
                continue; // deleted here
            }
            Routine mine = now.get(r.id());
            out.add(mine != null && !mine.equals(was.get(r.id())) ? mine : r);
            placed.add(r.id());
        }
        for (Routine r : after) {
            if (!placed.contains(r.id()) && !r.equals(was.get(r.id()))) {
                out.add(r);
            }
        }
        return out;
    }
}

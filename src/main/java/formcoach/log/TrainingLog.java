package formcoach.log;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training log, kept as one JSON file per calendar month of the sessions' local dates
 * ({@code training-log-2025-03.json}) through {@link JsonStore}: a set saved rewrites one month, never
 * the year, and a synced folder only ever sees whole-file replacements (no lock is held open between
 * saves). See docs/decisions/0010-training-log-month-files.md.
 *
 * <p>Session ids are {@code YYYY-MM-N}, chosen inside the store's cross-process update lock of the
 * month file, so the app and the command line saving at once never pick the same id.
 *
 * <p>Reads see an immutable snapshot; every change replaces the month it touched.
 */
public final class TrainingLog {
    public static final String PREFIX = "training-log-";
    /** 2: a set's note is the tenth element of its array (schema 1 files read as sets without notes). */
    public static final int SCHEMA_VERSION = 2;
    private static final Pattern FILE = Pattern.compile("training-log-(\\d{4}-\\d{2})\\.json");
    private static final Pattern ID = Pattern.compile("(\\d{4}-\\d{2})-(\\d+)");
    private static final Comparator<Session> ORDER = Comparator.comparing(Session::start)
            .thenComparing(s -> s.id() == null ? "" : s.id());

    /**
     * The general mapper's type for a month file, made only when the quick reader gives up or a save
     * needs it: setting Jackson up costs more than reading a year (decision 0014).
     */
    private static final class Types {
        static final JavaType LIST = Json.mapper().getTypeFactory().constructType(new TypeReference<List<Session>>() { });
    }

    private static final java.util.function.Supplier<JavaType> LIST = () -> Types.LIST;

    private final JsonStore store;
    private final Clock clock;
    private final Map<String, List<Session>> months = new TreeMap<>();
    private final List<String> notices = new ArrayList<>();
    private volatile List<Session> snapshot = List.of();

    private TrainingLog(JsonStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads every month file in the store's folder. */
    public static TrainingLog load(JsonStore store, Clock clock) throws StoreException {
        TrainingLog log = new TrainingLog(store, clock);
        log.reload();
        return log;
    }

    public Clock clock() {
        return clock;
    }

    public JsonStore store() {
        return store;
    }

    /** Reads the folder again (another process may have saved). */
    public synchronized void reload() throws StoreException {
        months.clear();
        notices.clear();
        for (String month : monthsOnDisk()) {
            Loaded<List<Session>> loaded = store.read(storeName(month), SCHEMA_VERSION, LIST, MonthFileReader.INSTANCE, List::of);
            loaded.notice().ifPresent(n -> notices.add(n.message()));
            months.put(month, List.copyOf(loaded.value()));
        }
        rebuild();
    }

    /** Problems met while reading (a month moved aside, a newer file left alone). */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** Every session, oldest first. */
    public List<Session> sessions() {
        return snapshot;
    }

    public Optional<Session> find(String id) {
        return snapshot.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int setCount() {
        return snapshot.stream().mapToInt(Session::setCount).sum();
    }

    /**
     * Saves a new session (id null: one is chosen) or replaces the one with its id. A session whose
     * date moved to another month is taken out of the old month and gets a new id in the new one.
     */
    public synchronized Session save(Session session) throws StoreException {
        if (session.id() != null) {
            Matcher m = ID.matcher(session.id());
            if (!m.matches()) {
                throw new StoreException("'" + session.id() + "' is not a training-log session id");
            }
            if (m.group(1).equals(session.month())) {
                String id = session.id();
                List<Session> written = store.update(storeName(session.month()), SCHEMA_VERSION, LIST, MonthFileReader.INSTANCE, List::of, current -> {
                    List<Session> next = new ArrayList<>(current);
                    boolean replaced = false;
                    for (int i = 0; i < next.size(); i++) {
                        if (id.equals(next.get(i).id())) {
                            next.set(i, session);
                            replaced = true;
                        }
                    }
                    if (!replaced) {
                        next.add(session);
                    }
                    return next;
                });
                put(session.month(), written);
                return session;
            }
            delete(session.id());
        }
        Session[] saved = new Session[1];
        List<Session> written = store.update(storeName(session.month()), SCHEMA_VERSION, LIST, MonthFileReader.INSTANCE, List::of, current -> {
            List<Session> next = new ArrayList<>(current);
            saved[0] = session.withId(nextId(session.month(), current));
            next.add(saved[0]);
            return next;
        });
        put(session.month(), written);
        return saved[0];
    }

    /** Removes a session; false when there was none with that id. */
    public synchronized boolean delete(String id) throws StoreException {
        Matcher m = ID.matcher(id == null ? "" : id);
        if (!m.matches()) {
            return false;
        }
        String month = m.group(1);
        boolean[] found = new boolean[1];
        List<Session> written = store.update(storeName(month), SCHEMA_VERSION, LIST, MonthFileReader.INSTANCE, List::of, current -> {
            List<Session> next = new ArrayList<>(current);
            found[0] = next.removeIf(s -> id.equals(s.id()));
            return found[0] ? next : current;
        });
        put(month, written);
        return found[0];
    }

    /** What {@link #addImported} did. */
    public record Added(List<Session> added, int alreadyThere) {
    }

    /**
     * Adds imported sessions, each month in one update; a session whose {@link Session#identity()}
     * is already in the log is left out (importing the same file twice adds nothing).
     */
    public synchronized Added addImported(List<Session> sessions) throws StoreException {
        Map<String, List<Session>> byMonth = new TreeMap<>();
        for (Session s : sessions) {
            byMonth.computeIfAbsent(s.month(), k -> new ArrayList<>()).add(s.withId(null));
        }
        List<Session> added = new ArrayList<>();
        int[] skipped = new int[1];
        for (Map.Entry<String, List<Session>> e : byMonth.entrySet()) {
            String month = e.getKey();
            List<Session> written = store.update(storeName(month), SCHEMA_VERSION, LIST, MonthFileReader.INSTANCE, List::of, current -> {
                Set<String> keys = new HashSet<>();
                current.forEach(s -> keys.add(s.identity()));
                List<Session> next = new ArrayList<>(current);
                List<Session> mine = new ArrayList<>();
                for (Session s : e.getValue()) {
                    if (!keys.add(s.identity())) {
                        skipped[0]++;
                        continue;
                    }
                    Session withId = s.withId(nextId(month, next));
                    next.add(withId);
                    mine.add(withId);
                }
                added.addAll(mine);
                return mine.isEmpty() ? current : next;
            });
            put(month, written);
        }
        return new Added(List.copyOf(added), skipped[0]);
    }

    /** Rewrites the exercises of many sessions (e.g. after a name is mapped in the review), month by month. */
    public synchronized int replaceAll(java.util.function.UnaryOperator<Session> change) throws StoreException {
        int[] changed = new int[1];
        for (String month : new ArrayList<>(months.keySet())) {
            List<Session> written = store.update(storeName(month), SCHEMA_VERSION, LIST, MonthFileReader.INSTANCE, List::of, current -> {
                List<Session> next = new ArrayList<>(current.size());
                boolean any = false;
                for (Session s : current) {
                    Session n = change.apply(s);
                    if (!n.equals(s)) {
                        any = true;
                        changed[0]++;
                    }
                    next.add(n);
                }
                return any ? next : current;
            });
            put(month, written);
        }
        return changed[0];
    }

    static String storeName(String month) {
        return PREFIX + month;
    }

    private static String nextId(String month, List<Session> current) {
        long max = 0;
        for (Session s : current) {
            Matcher m = ID.matcher(s.id() == null ? "" : s.id());
            if (m.matches() && m.group(1).equals(month)) {
                max = Math.max(max, Long.parseLong(m.group(2)));
            }
        }
        return month + "-" + (max + 1);
    }

    private void put(String month, List<Session> written) {
        months.put(month, List.copyOf(written));
        rebuild();
    }

    private void rebuild() {
        List<Session> all = new ArrayList<>();
        months.values().forEach(all::addAll);
        all.sort(ORDER);
        snapshot = List.copyOf(all);
    }

    private List<String> monthsOnDisk() throws StoreException {
        Path dir = store.dir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                Matcher m = FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    out.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new StoreException("Could not list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }
}

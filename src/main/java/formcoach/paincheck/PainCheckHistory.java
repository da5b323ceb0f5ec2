package formcoach.paincheck;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Saved pain checks in the data folder ({@code pain-checks.json}, schema 1, a list of records),
 * oldest first. Every change (add, mark as a mistake, delete, restore) is one step under the
 * store's cross-process update lock, so the app and the command line never lose each other's checks. Reading goes through {@link JsonStore}, so a damaged file is moved aside with a
 * notice rather than lost or overwritten.
 */
public final class PainCheckHistory {
    public static final String STORE_NAME = "pain-checks";
    public static final int SCHEMA_VERSION = 1;
    private static final DateTimeFormatter ID_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final JavaType LIST = Json.mapper().getTypeFactory().constructCollectionType(List.class, PainCheckRecord.class);

    private final JsonStore store;

    public PainCheckHistory(JsonStore store) {
        this.store = store;
    }

    /**
     * The checks that count, oldest first: every saved check except those marked as entered by
     * mistake (they are left out of re-checks, the chart, the trend and the report), with the
     * store's notice if the file had to be set aside.
     */
    public Loaded<List<PainCheckRecord>> load() throws StoreException {
        Loaded<List<PainCheckRecord>> all = loadAll();
        return new Loaded<>(all.value().stream().filter(r -> !r.enteredByMistake()).toList(), all.source(), all.notice());
    }

    /** Every saved check, marked ones too, oldest first (what History and {@code pain-check history} list). */
    public Loaded<List<PainCheckRecord>> loadAll() throws StoreException {
        Loaded<List<PainCheckRecord>> l = store.read(STORE_NAME, SCHEMA_VERSION, LIST, List::of);
        List<PainCheckRecord> sorted = new ArrayList<>(l.value());
        sorted.sort(Comparator.comparing(PainCheckRecord::time));
        return new Loaded<>(List.copyOf(sorted), l.source(), l.notice());
    }

    /** The checks that count (none marked as a mistake), oldest first. */
    public List<PainCheckRecord> list() throws StoreException {
        return load().value();
    }

    /** A saved check by id, marked or not. */
    public Optional<PainCheckRecord> find(String id) throws StoreException {
        return loadAll().value().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Saves a new check made at {@code time}; the id is made from the time (UTC), unique within the history. */
    public PainCheckRecord add(Facts facts, TriageResult result, Instant time, String area, String sessionNote,
                               List<String> notAsked) throws StoreException {
        PainCheckRecord[] added = new PainCheckRecord[1];
        // one locked step: a check saved at the same moment by the command line is never lost
        store.<List<PainCheckRecord>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, List::of, current -> {
            List<PainCheckRecord> all = new ArrayList<>(current);
            Set<String> taken = new HashSet<>();
            all.forEach(r -> taken.add(r.id()));
            added[0] = PainCheckRecord.of(newId(time, taken), time, facts, result, area, sessionNote, notAsked);
            all.add(added[0]);
            all.sort(Comparator.comparing(PainCheckRecord::time));
            return all;
        });
        return added[0];
    }

    /** Saves a record as it is (e.g. imported); refuses an id that is already used. */
    public void add(PainCheckRecord rec) throws StoreException {
        store.<List<PainCheckRecord>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, List::of, current -> {
            if (current.stream().anyMatch(r -> r.id().equals(rec.id()))) {
                throw new IllegalArgumentException("a pain check with id " + rec.id() + " is already saved");
            }
            List<PainCheckRecord> all = new ArrayList<>(current);
            all.add(rec);
            all.sort(Comparator.comparing(PainCheckRecord::time));
            return all;
        });
    }

    /**
     * Marks a check as entered by mistake, or clears the mark, in one locked step (a check saved
     * meanwhile by another window or the command line is kept). Returns the check as now stored.
     *
     * @throws UnknownCheckException when no saved check has this id
     */
    public PainCheckRecord markEnteredByMistake(String id, boolean mistake) throws StoreException {
        PainCheckRecord[] changed = new PainCheckRecord[1];
        store.<List<PainCheckRecord>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, List::of, current -> {
            List<PainCheckRecord> all = new ArrayList<>(current);
            int i = indexOf(all, id);
            changed[0] = all.get(i).withEnteredByMistake(mistake);
            all.set(i, changed[0]);
            return all;
        });
        return changed[0];
    }

    /**
     * Deletes a check in one locked step and returns it as it was stored, so that it can be put
     * back with {@link #restore}.
     *
     * @throws UnknownCheckException when no saved check has this id
     */
    public PainCheckRecord delete(String id) throws StoreException {
        PainCheckRecord[] removed = new PainCheckRecord[1];
        store.<List<PainCheckRecord>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, List::of, current -> {
            List<PainCheckRecord> all = new ArrayList<>(current);
            removed[0] = all.remove(indexOf(all, id));
            return all;
        });
        return removed[0];
    }

    /**
     * Puts back a check returned by {@link #delete} (undo), with its id, time and mark, among
     * whatever was saved meanwhile. Putting back a check that is already there changes nothing.
     */
    public void restore(PainCheckRecord rec) throws StoreException {
        store.<List<PainCheckRecord>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, LIST, List::of, current -> {
            if (current.stream().anyMatch(r -> r.id().equals(rec.id()))) {
                return current;
            }
            List<PainCheckRecord> all = new ArrayList<>(current);
            all.add(rec);
            all.sort(Comparator.comparing(PainCheckRecord::time));
            return all;
        });
    }

    private static int indexOf(List<PainCheckRecord> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new UnknownCheckException(id);
    }

    /** No saved pain check has the id asked for (it may have been deleted meanwhile). */
    public static final class UnknownCheckException extends IllegalArgumentException {
        private final String id;

        public UnknownCheckException(String id) {
            super("no saved pain check with id '" + id + "'");
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    static String newId(Instant time, Set<String> taken) {
        String base = "pc-" + ID_STAMP.format(time);
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}

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
 * oldest first. Reading goes through {@link JsonStore}, so a damaged file is moved aside with a
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

    /** Every saved check, oldest first, with the store's notice if the file had to be set aside. */
    public Loaded<List<PainCheckRecord>> load() throws StoreException {
        Loaded<List<PainCheckRecord>> l = store.read(STORE_NAME, SCHEMA_VERSION, LIST, List::of);
        List<PainCheckRecord> sorted = new ArrayList<>(l.value());
        sorted.sort(Comparator.comparing(PainCheckRecord::time));
        return new Loaded<>(List.copyOf(sorted), l.source(), l.notice());
    }

    public List<PainCheckRecord> list() throws StoreException {
        return load().value();
    }

    public Optional<PainCheckRecord> find(String id) throws StoreException {
        return list().stream().filter(r -> r.id().equals(id)).findFirst();
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

    static String newId(Instant time, Set<String> taken) {
        String base = "pc-" + ID_STAMP.format(time);
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}

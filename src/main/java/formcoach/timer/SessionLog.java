package formcoach.timer;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of runs, in the data folder as {@code sessions.json} (schema 1: a list of
 * {@link SessionRecord}, oldest first).
 *
 * <p>The rule: a run that reached the end of its routine is recorded; a run stopped before the
 * end is recorded when at least half of the routine's work time was done (lead-ins, switch pauses
 * and pauses do not count); anything less is not. Safe to call from a background thread.
 */
public final class SessionLog {
    public static final String STORE_NAME = "sessions";
    public static final int SCHEMA_VERSION = 1;
    private static final DateTimeFormatter ID_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);

    private final JsonStore store;
    private final Clock clock;

    /** Jackson's type for the file, made at the first read or write (a log made at start-up does not load Jackson). */
    private static final class Types {
        static final JavaType LIST = Json.mapper().getTypeFactory().constructCollectionType(List.class, SessionRecord.class);
    }

    /** @param clock wall clock for the end time of a run */
    public SessionLog(JsonStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** True when a run with this summary belongs in the record. */
    public static boolean shouldRecord(RunSummary s) {
        // Reaching the end by skipping every step is not a session: only work actually done counts.
        return s.totalWorkNanos() > 0 && 2 * s.workedNanos() >= s.totalWorkNanos();
    }

    /** Every recorded session, oldest first. */
    public synchronized List<SessionRecord> all() throws StoreException {
        return List.copyOf(read().value());
    }

    /** Notices from reading the file (moved aside, newer version), for the person. */
    public synchronized List<String> notices() throws StoreException {
        return read().notice().map(n -> List.of(n.message())).orElse(List.of());
    }

    /**
     * Records the run if {@link #shouldRecord} says so, ending now.
     *
     * @param startedAt when the run began, on the wall clock
     * @return the new record, or empty when the run was too short to count
     */
    public synchronized Optional<SessionRecord> recordIfDue(RunSummary s, Instant startedAt) throws StoreException {
        if (!shouldRecord(s)) {
            return Optional.empty();
        }
        Instant end = clock.instant();
        SessionRecord[] added = new SessionRecord[1];
        // one locked step, so a session recorded by another window or process is never lost
        store.<List<SessionRecord>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, Types.LIST, ArrayList::new, current -> {
            List<SessionRecord> list = new ArrayList<>(current);
            String base = ID_STAMP.format(startedAt) + "-" + s.routineId();
            String id = base;
            for (int n = 2; exists(list, id); n++) {
                id = base + "-" + n;
            }
            added[0] = new SessionRecord(id, startedAt, end, s.routineId(), s.routineName(), s.kind(),
                    s.stepsCompleted(), s.totalSteps(), Math.round(s.activeNanos() / 1e9), s.completed());
            list.add(added[0]);
            return list;
        });
        return Optional.of(added[0]);
    }

    private Loaded<List<SessionRecord>> read() throws StoreException {
        return store.read(STORE_NAME, SCHEMA_VERSION, Types.LIST, ArrayList::new);
    }

    private static boolean exists(List<SessionRecord> list, String id) {
        return list.stream().anyMatch(r -> r.id().equals(id));
    }
}

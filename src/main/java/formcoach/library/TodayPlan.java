package formcoach.library;

import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lifts picked on "before you lift" for one day, and whether the warm-up was done. Kept in
 * {@code lift-plan.json}; the pain checker reads it to know what was trained and how long ago.
 *
 * @param savedAt when the plan was last saved (null in plans saved before this was kept)
 */
public record TodayPlan(LocalDate date, List<String> exerciseIds, boolean warmUpDone, Instant savedAt) {
    public static final String STORE_NAME = "lift-plan";
    public static final int SCHEMA_VERSION = 1;

    public TodayPlan {
        if (date == null) {
            throw new IllegalArgumentException("date is missing");
        }
        exerciseIds = exerciseIds == null ? List.of() : List.copyOf(exerciseIds);
    }

    public TodayPlan(LocalDate date, List<String> exerciseIds, boolean warmUpDone) {
        this(date, exerciseIds, warmUpDone, null);
    }

    public TodayPlan withSavedAt(Instant when) {
        return new TodayPlan(date, exerciseIds, warmUpDone, when);
    }

    /** The last saved plan, whatever its date. */
    public static Optional<TodayPlan> latest(JsonStore store) throws StoreException {
        Loaded<TodayPlan> l = store.read(STORE_NAME, SCHEMA_VERSION, TodayPlan.class, () -> null);
        return Optional.ofNullable(l.value());
    }

    /** The plan saved for {@code date}, if the last one was for that day. */
    public static Optional<TodayPlan> forDate(JsonStore store, LocalDate date) throws StoreException {
        return latest(store).filter(p -> p.date().equals(date));
    }

    public void save(JsonStore store) throws StoreException {
        store.write(STORE_NAME, SCHEMA_VERSION, this);
    }

    /**
     * What the plan is called as a session in the pain check and History: its lifts by name
     * ("Barbell bent-over row, Pull-up and Romanian deadlift"; from four lifts on, "… and 2 more").
     */
    public static String sessionTitle(List<String> liftNames) {
        List<String> names = liftNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (names.isEmpty()) {
            return "Lifts";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() <= 3) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }

    public TodayPlan withWarmUpDone(boolean done) {
        return new TodayPlan(date, exerciseIds, done, savedAt);
    }
}

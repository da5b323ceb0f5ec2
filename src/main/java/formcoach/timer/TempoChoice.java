package formcoach.timer;

import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.util.Optional;

/**
 * The tempo trainer's last set-up (lift, tempo, reps), kept in {@code tempo-trainer.json} so the
 * trainer opens on the lift the person trains, also after a restart.
 */
public record TempoChoice(String liftId, String tempo, int reps) {
    public static final String STORE_NAME = "tempo-trainer";
    public static final int SCHEMA_VERSION = 1;

    /** The last choice; empty when none was saved (a file that cannot be read is moved aside with a notice). */
    public static Loaded<Optional<TempoChoice>> load(JsonStore store) throws StoreException {
        Loaded<TempoChoice> l = store.read(STORE_NAME, SCHEMA_VERSION, TempoChoice.class, () -> null);
        return new Loaded<>(Optional.ofNullable(l.value()).filter(c -> c.liftId() != null), l.source(), l.notice());
    }

    public void save(JsonStore store) throws StoreException {
        store.write(STORE_NAME, SCHEMA_VERSION, this);
    }
}

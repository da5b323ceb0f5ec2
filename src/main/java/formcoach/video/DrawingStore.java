package formcoach.video;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The drawings of each clip, one file per clip in {@code <data folder>/video-drawings/}, named by the
 * SHA-256 of the clip's content (as its analysis is), so they come back when the same clip is opened
 * again under any name. Written through {@link JsonStore}; a damaged file is moved aside and the person
 * told, a drawing that cannot be used is set aside and the rest kept.
 */
public final class DrawingStore {
    public static final String FOLDER = "video-drawings";
    static final int SCHEMA = 1;

    /** A clip's drawings as read, and what to tell the person when part of the file could not be used. */
    public record Read(List<Drawing> drawings, String problem) {
    }

    private final JsonStore store;
    private final JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Drawing.class);

    public DrawingStore(Path dataDir, Clock clock) {
        this.store = new JsonStore(dataDir.resolve(FOLDER), clock);
    }

    public Path dir() {
        return store.dir();
    }

    private static String name(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + hash);
        }
        return "drawings-" + hash;
    }

    /** The drawings kept for the clip with this content hash (none when there are none). */
    public Read load(String hash) throws StoreException {
        Loaded<List<Drawing>> loaded = store.read(name(hash), SCHEMA, type, List::of);
        String problem = loaded.notice().map(n -> n.message()).orElse(null);
        return new Read(List.copyOf(loaded.value()), problem);
    }

    /** Keeps {@code drawings} for the clip; no drawings deletes the clip's file. */
    public void save(String hash, List<Drawing> drawings) throws StoreException {
        if (drawings.isEmpty()) {
            store.delete(name(hash));
        } else {
            store.write(name(hash), SCHEMA, List.copyOf(drawings));
        }
    }

    /** Deletes the clip's drawings; true when there were some. */
    public boolean delete(String hash) throws StoreException {
        return store.delete(name(hash));
    }
}

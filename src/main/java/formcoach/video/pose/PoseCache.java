package formcoach.video.pose;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;
import formcoach.video.CameraView;
import formcoach.video.LandmarkFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Landmarks already computed, one file per clip in {@code <data folder>/video-analyses/}, named by the
 * SHA-256 of the clip's bytes: the same clip under another name or folder is found again, and an
 * edited clip is analysed afresh. Entries made by another model are ignored. Written through
 * {@link JsonStore} (atomic, with quarantine of a damaged file); the person can delete one.
 */
public final class PoseCache {
    static final int SCHEMA = 1;
    /** Which models made an entry; a different value means the entry is stale. */
    public static final String MODEL_ID = "mediapipe-pose-0.5.1675469404/full";
    public static final String FOLDER = "video-analyses";

    /** One stored analysis: where it came from, and the landmarks (with no lift or view). */
    public record Entry(String clipName, long clipBytes, String model, String analysedAt, LandmarkFile landmarks) {
    }

    private final JsonStore store;
    private final JavaType type = Json.mapper().constructType(Entry.class);

    public PoseCache(Path dataDir, Clock clock) {
        this.store = new JsonStore(dataDir.resolve(FOLDER), clock);
    }

    /** The folder the analyses are kept in. */
    public Path dir() {
        return store.dir();
    }

    /** The SHA-256 of the clip's content, in lower-case hex. */
    public static String hash(Path clip) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(clip)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String name(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + hash);
        }
        return "pose-" + hash;
    }

    /**
     * The landmarks stored for the clip with this hash, with {@code lift} and {@code view} set, if any.
     *
     * @throws StoreException when the folder cannot be read, or the stored file could not be read and was
     *                        moved aside (the message says so; the clip can be analysed again)
     */
    public Optional<LandmarkFile> find(String hash, String lift, CameraView view) throws StoreException {
        Loaded<Entry> loaded = store.read(name(hash), SCHEMA, type, () -> null);
        if (loaded.notice().isPresent() && loaded.value() == null) {
            throw new StoreException(loaded.notice().get().message());
        }
        Entry e = loaded.value();
        if (e == null || !MODEL_ID.equals(e.model()) || e.landmarks() == null) {
            return Optional.empty();
        }
        LandmarkFile f = e.landmarks();
        return Optional.of(new LandmarkFile(f.fps(), f.width(), f.height(), lift, view, f.frames()));
    }

    public boolean contains(String hash) throws StoreException {
        return find(hash, null, null).isPresent();
    }

    /** Stores the landmarks for the clip with this hash (replacing what was there). */
    public void put(String hash, Path clip, LandmarkFile landmarks) throws StoreException {
        long size;
        try {
            size = Files.size(clip);
        } catch (IOException e) {
            size = -1;
        }
        LandmarkFile bare = new LandmarkFile(landmarks.fps(), landmarks.width(), landmarks.height(), null, null, landmarks.frames());
        String when = java.time.Instant.now(store.clock()).toString();
        store.write(name(hash), SCHEMA, new Entry(String.valueOf(clip.getFileName()), size, MODEL_ID, when, bare));
    }

    /** Deletes the stored analysis of the clip with this hash; true when there was one. */
    public boolean delete(String hash) throws StoreException {
        return store.delete(name(hash));
    }
}

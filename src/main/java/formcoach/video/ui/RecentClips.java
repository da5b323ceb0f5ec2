package formcoach.video.ui;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The clips opened last (newest first, at most five), kept in {@code video-recent.json} so R reopens one. */
final class RecentClips {
    static final String STORE = "video-recent";
    static final int SCHEMA = 1;
    static final int KEEP = 5;
    private final JsonStore store;
    private final JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class);

    RecentClips(JsonStore store) {
        this.store = store;
    }

    /** The remembered clips that still exist, newest first. */
    List<Path> list() throws StoreException {
        formcoach.store.Loaded<List<String>> loaded = store.read(STORE, SCHEMA, type, List::of);
        if (loaded.notice().isPresent()) {
            throw new StoreException(loaded.notice().get().message());
        }
        List<String> paths = loaded.value();
        return paths.stream().map(Path::of).filter(Files::isRegularFile).toList();
    }

    /** Puts {@code clip} first. */
    void add(Path clip) throws StoreException {
        String p = clip.toAbsolutePath().normalize().toString();
        store.<List<String>, RuntimeException>update(STORE, SCHEMA, type, List::of, current -> {
            List<String> next = new ArrayList<>();
            next.add(p);
            current.stream().filter(s -> !s.equals(p)).limit(KEEP - 1).forEach(next::add);
            return next;
        });
    }
}

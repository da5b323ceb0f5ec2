package formcoach.library;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Starred exercise ids, kept in {@code favourites.json}. Ids of exercises that are gone (a deleted
 * custom one) stay in the file: they are simply not shown, and come back if the exercise does.
 */
public final class Favourites {
    public static final String STORE_NAME = "favourites";
    public static final int SCHEMA_VERSION = 1;
    private static final JavaType TYPE = Json.mapper().getTypeFactory().constructType(new TypeReference<List<String>>() { });

    private final JsonStore store;
    private final TreeSet<String> ids;

    private Favourites(JsonStore store, TreeSet<String> ids) {
        this.store = store;
        this.ids = ids;
    }

    public static Loaded<Favourites> load(JsonStore store) throws StoreException {
        Loaded<List<String>> l = store.read(STORE_NAME, SCHEMA_VERSION, TYPE, List::of);
        TreeSet<String> ids = new TreeSet<>();
        for (String id : l.value()) {
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        return new Loaded<>(new Favourites(store, ids), l.source(), l.notice());
    }

    public synchronized boolean contains(String id) {
        return ids.contains(id);
    }

    public synchronized Set<String> ids() {
        return Collections.unmodifiableSet(new TreeSet<>(ids));
    }

    /** Stars or un-stars {@code id} and saves; returns whether it is now a favourite. */
    public synchronized boolean toggle(String id) throws StoreException {
        // what the person sees decides star or un-star; the stored list (which another window may
        // have changed meanwhile) is what the change applies to
        boolean now = !ids.contains(id);
        List<String> written = store.<List<String>, RuntimeException>update(STORE_NAME, SCHEMA_VERSION, TYPE, List::of, current -> {
            TreeSet<String> next = new TreeSet<>();
            current.stream().filter(x -> x != null && !x.isBlank()).forEach(next::add);
            if (now) {
                next.add(id);
            } else {
                next.remove(id);
            }
            return List.copyOf(next);
        });
        ids.clear();
        ids.addAll(written);
        return now;
    }
}

package formcoach.log;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.library.Exercise;
import formcoach.library.ExerciseSearch;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps an exercise name from an export to the library, in this order: the person's own answer from
 * the review, the hand-kept table of common back lifts ({@code assets/log/name-map.json}), an exact
 * match of the name or an alias through the library's search (with and without the equipment in
 * parentheses). Anything else is unmatched and goes to the review with the search's suggestions.
 */
public final class NameMapper {
    public static final String TABLE_ASSET = "log/name-map.json";

    public enum How { CHOSEN, TABLE, LIBRARY, OWN, UNMATCHED }

    /** The outcome for one name. {@code exercise} is empty for OWN and UNMATCHED. */
    public record Match(String name, Optional<Exercise> exercise, How how, List<Exercise> suggestions) {
    }

    private final Map<String, Exercise> byId = new HashMap<>();
    private final ExerciseSearch search;
    private final Map<String, String> table;
    private final Map<String, String> choices;

    public NameMapper(Collection<Exercise> library, Map<String, String> table, Map<String, String> choices) {
        library.forEach(e -> byId.put(e.id(), e));
        this.search = new ExerciseSearch(library);
        this.table = new HashMap<>();
        table.forEach((k, v) -> this.table.put(key(k), v));
        this.choices = new HashMap<>();
        choices.forEach((k, v) -> this.choices.put(key(k), v));
    }

    /** Trimmed, lower case, single spaces: how names are compared (exports carry trailing spaces and odd case). */
    public static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The hand-kept table from the assets: export name → library id. */
    public static Map<String, String> builtinTable() {
        Assets.AssetFile file = Assets.read(TABLE_ASSET);
        try {
            JsonNode names = Json.mapper().readTree(file.bytes()).get("names");
            Map<String, String> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Match map(String name) {
        String k = key(name);
        String chosen = choices.get(k);
        if (chosen != null) {
            if (chosen.isEmpty()) {
                return new Match(name, Optional.empty(), How.OWN, List.of());
            }
            Exercise e = byId.get(chosen);
            if (e != null) {
                return new Match(name, Optional.of(e), How.CHOSEN, List.of());
            }
        }
        String t = table.get(k);
        if (t != null && byId.containsKey(t)) {
            return new Match(name, Optional.of(byId.get(t)), How.TABLE, List.of());
        }
        String bare = name.replaceAll("\\([^)]*\\)", " ").strip();
        for (String q : bare.equals(name.strip()) ? List.of(name) : List.of(name, bare)) {
            List<SearchHit> hits = search.search(q, SearchFilter.NONE, 2);
            if (!hits.isEmpty() && hits.get(0).kind() == SearchHit.Kind.EXACT
                    && (hits.size() < 2 || hits.get(1).kind() != SearchHit.Kind.EXACT || hits.get(1).exercise().id().equals(hits.get(0).exercise().id()))) {
                return new Match(name, Optional.of(hits.get(0).exercise()), How.LIBRARY, List.of());
            }
        }
        return new Match(name, Optional.empty(), How.UNMATCHED, suggestions(bare.isEmpty() ? name : bare));
    }

    /** Up to five library exercises for the review to offer, best first. */
    public List<Exercise> suggestions(String name) {
        List<Exercise> out = new ArrayList<>();
        // the whole name first, then shorter pieces of it ("Lat Pulldown - Close Grip Rope" → "lat pulldown", "close grip")
        List<String> queries = new ArrayList<>();
        queries.add(name);
        String[] words = name.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            queries.add(words[i] + " " + words[i + 1]);
        }
        for (String q : queries) {
            for (SearchHit h : search.search(q, SearchFilter.NONE, 5)) {
                if (out.size() < 5 && out.stream().noneMatch(e -> e.id().equals(h.exercise().id()))) {
                    out.add(h.exercise());
                }
            }
        }
        return out;
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

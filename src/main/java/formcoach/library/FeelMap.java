package formcoach.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Where did you feel it?": for each lift category (and single exercises that differ), what feeling
 * the work in each body area means. Read from {@code assets/library/feel-map.json}.
 */
public final class FeelMap {
    public static final String ASSET = "library/feel-map.json";

    /** An area as the file labels it. */
    public record Area(BodyArea area, String label) {
    }

    /** One cell of the map. {@code fault} is null unless the verdict is FAULT. */
    public record Entry(Verdict verdict, Fault fault, String note) {
    }

    /** The map and every problem found while reading it. */
    public record Result(FeelMap map, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final List<Area> areas;
    private final Map<Category, Map<BodyArea, Entry>> byCategory;
    private final Map<String, Map<BodyArea, Entry>> byExercise;

    private FeelMap(List<Area> areas, Map<Category, Map<BodyArea, Entry>> byCategory, Map<String, Map<BodyArea, Entry>> byExercise) {
        this.areas = List.copyOf(areas);
        this.byCategory = byCategory;
        this.byExercise = byExercise;
    }

    public static FeelMap empty() {
        return new FeelMap(defaultAreas(), new EnumMap<>(Category.class), Map.of());
    }

    /** The packaged map; a missing or broken file gives an empty map and a problem, never an exception. */
    public static Result loadBuiltin() {
        Assets.AssetFile file;
        try {
            file = Assets.read(ASSET);
        } catch (UncheckedIOException e) {
            return new Result(empty(), List.of(Problem.ofFile("assets/" + ASSET, "missing; \"where did you feel it?\" has no answers")));
        }
        return parse(file);
    }

    public static Result parse(Assets.AssetFile file) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.bytes());
        } catch (JsonProcessingException e) {
            return new Result(empty(), List.of(Problem.ofFile(file.path(), "not valid JSON: " + Assets.describe(e))));
        } catch (IOException e) {
            return new Result(empty(), List.of(Problem.ofFile(file.path(), "could not be read: " + e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            return new Result(empty(), List.of(Problem.ofFile(file.path(), "must be an object with areas, byCategory and byExercise")));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!List.of("areas", "byCategory", "byExercise").contains(key)) {
                problems.add(field(file, key, "unknown key; ignored"));
            }
        }
        List<Area> areas = new ArrayList<>();
        JsonNode areaNodes = root.path("areas");
        if (!areaNodes.isArray()) {
            problems.add(field(file, "areas", "missing; the built-in labels are used"));
            areas.addAll(defaultAreas());
        } else {
            for (int i = 0; i < areaNodes.size(); i++) {
                JsonNode a = areaNodes.get(i);
                try {
                    BodyArea area = BodyArea.fromId(a.path("id").asText(null));
                    String label = a.path("label").asText("");
                    areas.add(new Area(area, label.isBlank() ? area.displayName() : label));
                } catch (IllegalArgumentException e) {
                    problems.add(field(file, "areas[" + i + "].id", e.getMessage()));
                }
            }
            Set<BodyArea> listed = new HashSet<>();
            areas.forEach(a -> listed.add(a.area()));
            for (BodyArea area : BodyArea.values()) {
                if (!listed.contains(area)) {
                    problems.add(field(file, "areas", "missing " + area.id()));
                    areas.add(new Area(area, area.displayName()));
                }
            }
        }
        Map<Category, Map<BodyArea, Entry>> byCategory = new EnumMap<>(Category.class);
        JsonNode cats = root.path("byCategory");
        if (!cats.isObject()) {
            problems.add(field(file, "byCategory", "missing"));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = cats.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> c = it.next();
                Category category;
                try {
                    category = Category.fromId(c.getKey());
                } catch (IllegalArgumentException e) {
                    problems.add(field(file, "byCategory." + c.getKey(), e.getMessage()));
                    continue;
                }
                byCategory.put(category, cells(file, "byCategory." + c.getKey(), c.getValue(), problems));
            }
            for (Category lift : Category.values()) {
                if (!lift.isLift()) {
                    continue;
                }
                Map<BodyArea, Entry> cells = byCategory.getOrDefault(lift, Map.of());
                for (BodyArea area : BodyArea.values()) {
                    if (!cells.containsKey(area)) {
                        problems.add(field(file, "byCategory." + lift.id() + "." + area.id(), "missing"));
                    }
                }
            }
        }
        Map<String, Map<BodyArea, Entry>> byExercise = new LinkedHashMap<>();
        JsonNode exs = root.path("byExercise");
        if (!exs.isMissingNode() && !exs.isObject()) {
            problems.add(field(file, "byExercise", "must be an object keyed by exercise id"));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = exs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> x = it.next();
                byExercise.put(x.getKey(), cells(file, "byExercise." + x.getKey(), x.getValue(), problems));
            }
        }
        return new Result(new FeelMap(areas, byCategory, Collections.unmodifiableMap(byExercise)), problems);
    }

    private static Map<BodyArea, Entry> cells(Assets.AssetFile file, String at, JsonNode node, List<Problem> problems) {
        Map<BodyArea, Entry> cells = new EnumMap<>(BodyArea.class);
        if (!node.isObject()) {
            problems.add(field(file, at, "must be an object keyed by area id"));
            return cells;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> cell = it.next();
            String where = at + "." + cell.getKey();
            try {
                BodyArea area = BodyArea.fromId(cell.getKey());
                JsonNode v = cell.getValue();
                for (Iterator<String> keys = v.fieldNames(); keys.hasNext(); ) {
                    String k = keys.next();
                    if (!List.of("verdict", "fault", "note").contains(k)) {
                        throw new IllegalArgumentException("unknown key '" + k + "'");
                    }
                }
                Verdict verdict = Verdict.fromId(v.path("verdict").isTextual() ? v.path("verdict").asText() : null);
                JsonNode faultNode = v.path("fault");
                Fault fault = faultNode.isMissingNode() || faultNode.isNull() ? null : Fault.fromId(faultNode.asText());
                if (verdict == Verdict.FAULT && fault == null) {
                    throw new IllegalArgumentException("a FAULT verdict must name the fault");
                }
                if (verdict != Verdict.FAULT && fault != null) {
                    throw new IllegalArgumentException("only a FAULT verdict names a fault");
                }
                String note = v.path("note").isTextual() ? v.path("note").asText() : "";
                if (note.isBlank()) {
                    throw new IllegalArgumentException("note is empty");
                }
                cells.put(area, new Entry(verdict, fault, note));
            } catch (IllegalArgumentException e) {
                problems.add(field(file, where, e.getMessage() + "; left out"));
            }
        }
        return cells;
    }

    private static Problem field(Assets.AssetFile file, String field, String message) {
        return new Problem(file.path(), -1, "", field, message);
    }

    private static List<Area> defaultAreas() {
        List<Area> out = new ArrayList<>();
        for (BodyArea a : BodyArea.values()) {
            out.add(new Area(a, a.displayName()));
        }
        return out;
    }

    /** The areas in the order the question lists them. */
    public List<Area> areas() {
        return areas;
    }

    /** Whether the map has anything to say about this exercise. */
    public boolean covers(Exercise e) {
        return byExercise.containsKey(e.id()) || byCategory.containsKey(e.category());
    }

    /**
     * What feeling {@code e} in {@code area} means: a single-exercise entry wins over its category's.
     * Empty when the map says nothing (a stretch, or an area the file leaves out).
     */
    public Optional<FeelVerdict> feltIn(Exercise e, BodyArea area) {
        Entry entry = byExercise.getOrDefault(e.id(), Map.of()).get(area);
        if (entry == null) {
            entry = byCategory.getOrDefault(e.category(), Map.of()).get(area);
        }
        if (entry == null) {
            return Optional.empty();
        }
        Optional<FaultCue> cue = entry.fault() == null ? Optional.empty() : e.fault(entry.fault());
        return Optional.of(new FeelVerdict(area, entry.verdict(), Optional.ofNullable(entry.fault()), cue, entry.note()));
    }

    /** Single-exercise entries whose id is not in the library. */
    public List<String> unknownExerciseIds(Collection<Exercise> exercises) {
        Set<String> ids = new HashSet<>();
        exercises.forEach(e -> ids.add(e.id()));
        List<String> unknown = new ArrayList<>();
        for (String id : byExercise.keySet()) {
            if (!ids.contains(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /** True when every area has an entry for the category. */
    public boolean coversEveryArea(Category c) {
        Map<BodyArea, Entry> cells = byCategory.getOrDefault(c, Map.of());
        return cells.keySet().containsAll(List.of(BodyArea.values()));
    }
}

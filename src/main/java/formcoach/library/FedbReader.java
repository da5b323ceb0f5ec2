package formcoach.library;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a free-exercise-db file (a JSON array of their records) into our exercises, collecting every
 * problem with its record and field; the mapping of their vocabulary is {@link FreeExerciseDbMapping}.
 */
final class FedbReader {
    final String file;
    final Path folder;
    final List<Problem> problems = new ArrayList<>();
    int imagesDropped;

    FedbReader(String file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    LibraryImporter.Parsed read(JsonNode root) throws LibraryException {
        if (root.size() > LibraryImporter.MAX_RECORDS) {
            throw LibraryImporter.refuse(List.of(Problem.ofFile(file, root.size() + " records, more than the " + LibraryImporter.MAX_RECORDS + " an import takes")));
        }
        List<Exercise> out = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            Exercise e = record(i, root.get(i));
            if (e == null) {
                continue;
            }
            Integer before = firstIndex.putIfAbsent(e.id(), i);
            if (before != null) {
                problems.add(new Problem(file, i, root.get(i).path("id").asText(), "id",
                        "becomes '" + e.id() + "', the same id as record [" + before + "]"));
                continue;
            }
            out.add(e);
        }
        if (!problems.isEmpty()) {
            throw LibraryImporter.refuse(problems);
        }
        return new LibraryImporter.Parsed(LibraryImporter.FORMAT_FEDB, out, imagesDropped);
    }

    private Exercise record(int i, JsonNode r) {
        if (!r.isObject()) {
            problems.add(new Problem(file, i, "", "", "must be an object, not " + LibraryImporter.kind(r)));
            return null;
        }
        String theirId = r.path("id").isTextual() ? r.path("id").asText() : "";
        int before = problems.size();
        String id = requiredText(i, theirId, r, "id");
        String name = requiredText(i, theirId, r, "name");
        String force = optionalText(i, theirId, r, "force");
        String mechanic = optionalText(i, theirId, r, "mechanic");
        String equipmentText = optionalText(i, theirId, r, "equipment");
        String levelText = optionalText(i, theirId, r, "level");
        String categoryText = optionalText(i, theirId, r, "category");
        List<String> primaryNames = textList(i, theirId, r, "primaryMuscles");
        List<String> secondaryNames = textList(i, theirId, r, "secondaryMuscles");
        List<String> instructions = textList(i, theirId, r, "instructions");
        List<String> images = textList(i, theirId, r, "images");
        if (problems.size() > before) {
            return null;
        }
        Optional<String> ourId = FreeExerciseDbMapping.ourId(id);
        if (ourId.isEmpty()) {
            problems.add(new Problem(file, i, theirId, "id", "'" + id + "' has no letters or digits"));
            return null;
        }
        Level level = Level.INTERMEDIATE;
        if (levelText != null) {
            level = FreeExerciseDbMapping.LEVELS.get(levelText);
            if (level == null) {
                problems.add(new Problem(file, i, theirId, "level", "unknown level '" + levelText
                        + "' (free-exercise-db uses beginner, intermediate, expert)"));
                return null;
            }
        }
        Set<Muscle> primary = muscles(i, theirId, "primaryMuscles", primaryNames);
        Set<Muscle> secondary = muscles(i, theirId, "secondaryMuscles", secondaryNames);
        if (primary == null || secondary == null) {
            return null;
        }
        // their data sometimes lists a muscle in both lists; primary wins
        secondary.removeAll(primary);
        List<Equipment> equipment = equipmentText == null ? List.of()
                : FreeExerciseDbMapping.EQUIPMENT.getOrDefault(equipmentText, List.of());
        Category category = FreeExerciseDbMapping.category(categoryText, force, name);
        List<List<String>> steps = FreeExerciseDbMapping.steps(instructions.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        List<String> kept = new ArrayList<>();
        for (String img : images) {
            LibraryImporter.safeImage(folder, img).ifPresentOrElse(kept::add, () -> imagesDropped++);
        }
        return new Exercise(ourId.get(), name.strip(), List.of(), category, equipment, level,
                new Muscles(new ArrayList<>(primary), new ArrayList<>(secondary)),
                LibraryImporter.summary(categoryText, force, mechanic, equipmentText), "", steps.get(0), steps.get(1), "", "",
                List.of(), List.of(), Source.FREE_EXERCISE_DB, kept);
    }

    private Set<Muscle> muscles(int i, String theirId, String field, List<String> names) {
        Set<Muscle> out = new LinkedHashSet<>();
        for (int m = 0; m < names.size(); m++) {
            List<Muscle> ours = FreeExerciseDbMapping.MUSCLES.get(names.get(m));
            if (ours == null) {
                problems.add(new Problem(file, i, theirId, field + "[" + m + "]", "unknown muscle '" + names.get(m)
                        + "' (free-exercise-db uses: " + String.join(", ", new java.util.TreeSet<>(FreeExerciseDbMapping.MUSCLES.keySet())) + ")"));
                return null;
            }
            out.addAll(ours);
        }
        return out;
    }

    private String requiredText(int i, String theirId, JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            problems.add(new Problem(file, i, theirId, field, "missing"));
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new Problem(file, i, theirId, field, "must be text, not " + LibraryImporter.kind(v)));
            return null;
        }
        if (v.asText().isBlank()) {
            problems.add(new Problem(file, i, theirId, field, "empty"));
            return null;
        }
        return v.asText();
    }

    private String optionalText(int i, String theirId, JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new Problem(file, i, theirId, field, "must be text or null, not " + LibraryImporter.kind(v)));
            return null;
        }
        return v.asText();
    }

    private List<String> textList(int i, String theirId, JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(new Problem(file, i, theirId, field, "must be a list of text, not " + LibraryImporter.kind(v)));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            if (!v.get(k).isTextual()) {
                problems.add(new Problem(file, i, theirId, field + "[" + k + "]", "must be text, not " + LibraryImporter.kind(v.get(k))));
                return List.of();
            }
            out.add(v.get(k).asText());
        }
        return out;
    }
}

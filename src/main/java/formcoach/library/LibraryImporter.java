package formcoach.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
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
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads an exercise file a person wants to import: a free-exercise-db array or our own export.
 * Either every record is good and the whole file is returned, mapped to our exercises, or the file is
 * refused as a whole with a message naming the record and the field; storing is the caller's step,
 * so a refused file never changes anything.
 */
public final class LibraryImporter {
    public static final String FORMAT_FEDB = "free-exercise-db";
    public static final String FORMAT_OURS = "formcoach-exercises";
    public static final int OUR_VERSION = 1;
    /** Far beyond any real exercise file (free-exercise-db is 1 MB); stops a wrong file from filling memory. */
    public static final long MAX_BYTES = formcoach.store.InputFiles.IMPORT_LIMIT;
    public static final int MAX_RECORDS = 50_000;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** A file that read cleanly, ready to store. */
    public record Parsed(String format, List<Exercise> exercises, int imagesDropped) {
        public Parsed {
            exercises = List.copyOf(exercises);
        }
    }

    private LibraryImporter() {
    }

    /**
     * @param knownIds ids already in the library, so regressions in our own format may point at them
     */
    public static Parsed read(Path file, Predicate<String> knownIds) throws LibraryException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = formcoach.store.InputFiles.read(file, MAX_BYTES);
        } catch (formcoach.store.InputFiles.Refused r) {
            throw new LibraryException(file + ": " + r.getMessage() + "; nothing was imported");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LibraryException(file + " does not exist; nothing was imported");
        } catch (IOException e) {
            throw new LibraryException(file + " could not be read (" + e.getMessage() + "); nothing was imported");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return parse(bytes, name, folder, knownIds);
    }

    public static Parsed parse(byte[] bytes, String fileName, Path folder, Predicate<String> knownIds) throws LibraryException {
        ObjectMapper mapper = Json.mapper();
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw refuse(List.of(Problem.ofFile(fileName, "not valid JSON: " + Assets.describe(e))));
        } catch (IOException e) {
            throw refuse(List.of(Problem.ofFile(fileName, "could not be read: " + e.getMessage())));
        }
        if (root != null && root.isArray()) {
            return new FedbReader(fileName, folder).read(root);
        }
        if (root != null && root.isObject() && root.has("format")) {
            return readOurs(root, fileName, folder, knownIds);
        }
        throw refuse(List.of(Problem.ofFile(fileName, "is neither a free-exercise-db file (a JSON array of exercises) nor a "
                + "Form Coach export (an object with \"format\": \"" + FORMAT_OURS + "\")")));
    }

    static LibraryException refuse(List<Problem> problems) {
        String first = problems.get(0).toString();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : "";
        return new LibraryException(first + more + "; nothing was imported", problems);
    }

    // ---------------------------------------------------------------- free-exercise-db (FedbReader.java)

    /** "Imported from free-exercise-db (strength; compound pull; medicine ball)." in our words. */
    static String summary(String category, String force, String mechanic, String equipment) {
        List<String> parts = new ArrayList<>();
        if (category != null) {
            parts.add(category);
        }
        String how = String.join(" ", java.util.stream.Stream.of(mechanic, force).filter(s -> s != null && !s.isBlank()).toList());
        if (!how.isEmpty()) {
            parts.add(how);
        }
        if (equipment != null) {
            parts.add(equipment);
        }
        return "Imported from free-exercise-db" + (parts.isEmpty() ? "." : " (" + String.join("; ", parts) + ").");
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "text";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }

    // ---------------------------------------------------------------- our own format

    private static Parsed readOurs(JsonNode root, String file, Path folder, Predicate<String> knownIds) throws LibraryException {
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!List.of("format", "version", "exercises").contains(key)) {
                problems.add(new Problem(file, -1, "", key, "unknown key"));
            }
        }
        if (!FORMAT_OURS.equals(root.path("format").asText(null))) {
            problems.add(new Problem(file, -1, "", "format", "must be \"" + FORMAT_OURS + "\""));
        }
        JsonNode version = root.path("version");
        if (!version.isInt()) {
            problems.add(new Problem(file, -1, "", "version", "must be a whole number"));
        } else if (version.asInt() > OUR_VERSION) {
            problems.add(new Problem(file, -1, "", "version", "is " + version.asInt() + ", written by a newer Form Coach (this one reads "
                    + OUR_VERSION + ")"));
        } else if (version.asInt() < 1) {
            problems.add(new Problem(file, -1, "", "version", "is " + version.asInt() + "; versions start at 1"));
        }
        JsonNode list = root.path("exercises");
        if (!list.isArray()) {
            problems.add(new Problem(file, -1, "", "exercises", "must be a list of exercises"));
        }
        if (!problems.isEmpty()) {
            throw refuse(problems);
        }
        if (list.size() > MAX_RECORDS) {
            throw refuse(List.of(Problem.ofFile(file, list.size() + " records, more than the " + MAX_RECORDS + " an import takes")));
        }
        ObjectMapper mapper = Json.mapper();
        List<Exercise> out = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        Set<String> fileIds = new HashSet<>();
        for (JsonNode n : list) {
            if (n.path("id").isTextual()) {
                fileIds.add(n.path("id").asText());
            }
        }
        int imagesDropped = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String id = n.path("id").isTextual() ? n.path("id").asText() : "";
            String at = "exercises[" + i + "]";
            if (!n.isObject()) {
                problems.add(new Problem(file, -1, "", at, "must be an exercise object"));
                continue;
            }
            Exercise e;
            try {
                e = mapper.treeToValue(n, Exercise.class);
            } catch (JsonMappingException ex) {
                String path = Assets.fieldPath(ex.getPath());
                problems.add(new Problem(file, i, id, path, ExerciseCatalog.cleanMessage(ex)));
                continue;
            } catch (JsonProcessingException ex) {
                problems.add(new Problem(file, i, id, "", formcoach.store.Json.plainMessage(ex)));
                continue;
            }
            if (!n.has("source")) {
                e = e.withSource(Source.IMPORT);
            }
            List<ExerciseValidator.FieldProblem> fps = ExerciseValidator.validate(e, ExerciseValidator.Mode.PERSONAL,
                    x -> fileIds.contains(x) || knownIds.test(x));
            for (ExerciseValidator.FieldProblem fp : fps) {
                problems.add(new Problem(file, i, id, fp.field(), fp.message()));
            }
            if (!fps.isEmpty()) {
                continue;
            }
            Integer before = firstIndex.putIfAbsent(e.id(), i);
            if (before != null) {
                problems.add(new Problem(file, i, id, "id", "the same id as record [" + before + "]"));
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String img : e.images()) {
                Optional<String> safe = safeImage(folder, img);
                if (safe.isPresent()) {
                    kept.add(safe.get());
                } else {
                    imagesDropped++;
                }
            }
            out.add(e.withImages(kept));
        }
        if (!problems.isEmpty()) {
            throw refuse(problems);
        }
        return new Parsed(FORMAT_OURS, out, imagesDropped);
    }

    // ---------------------------------------------------------------- images

    /**
     * The picture's absolute path when {@code raw} is a plain relative path that stays inside
     * {@code folder}: no "..", no absolute path, no drive letter or URL, no backslash tricks, and no
     * symbolic link on the way that leads out of the folder.
     */
    public static Optional<String> safeImage(Path folder, String raw) {
        if (folder == null || raw == null || raw.isBlank() || raw.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String p = raw.strip().replace('\\', '/');
        if (p.startsWith("/") || p.startsWith("~") || DRIVE.matcher(p).matches() || p.contains(":")) {
            return Optional.empty();
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
        }
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path resolved = base.resolve(p).normalize();
            if (!resolved.startsWith(base) || resolved.equals(base) || leavesThroughALink(base, resolved)) {
                return Optional.empty();
            }
            return Optional.of(resolved.toString());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file system takes {@code resolved} out of {@code base}, which the text of the path
     * cannot show: a symbolic link inside the folder (link -> /etc makes "link/passwd" a way out).
     * The deepest part of the path that exists (a link counts even when it dangles) must really be
     * inside the folder, so a picture that appears behind a link later cannot escape either.
     */
    private static boolean leavesThroughALink(Path base, Path resolved) {
        Path probe = resolved;
        while (!probe.equals(base) && !Files.exists(probe, LinkOption.NOFOLLOW_LINKS)) {
            probe = probe.getParent();
        }
        if (!Files.exists(base)) {
            return false; // no folder on disk, so nothing in it can be a link
        }
        try {
            return !probe.toRealPath().startsWith(base.toRealPath());
        } catch (IOException | SecurityException e) {
            return true; // a dangling or unreadable link: not provably inside, so left out
        }
    }
}

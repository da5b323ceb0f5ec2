package formcoach.reliability;

import formcoach.cli.Cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The real command line run in this JVM, and helpers to look at a data folder, for the reliability tests. */
final class Runs {
    private Runs() {
    }

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run cli(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Outcome o = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    /** Every file in the folder (not the lock files) with its bytes, by name. */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".lock") && Files.isRegularFile(p)) {
                    out.put(n, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    static List<Path> corruptCopies(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".corrupt-")).sorted().toList();
        }
    }

    static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    static Path write(Path p, String content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static final String FACTS = "{\"onsetHours\":20,\"character\":\"aching\",\"location\":\"diffuse\",\"severity\":4,"
            + "\"daysSinceOnset\":1,\"improving\":false,\"worseWithMovement\":true,\"painAtRest\":false}";

    static final String ROUTINE = "{\"id\": \"my-stretch\", \"name\": \"My stretch\", \"kind\": \"cooldown\", \"steps\": ["
            + "{\"exerciseId\": \"cat-cow\", \"name\": \"Cat-cow\", \"seconds\": 40, \"sides\": 1}]}";

    static final String EXERCISE = "{\"id\": \"%s\", \"name\": \"%s\", \"category\": \"row\", \"equipment\": [\"cable\"],"
            + " \"level\": \"beginner\", \"muscles\": {\"primary\": [\"rhomboids\"], \"secondary\": []}, \"tempo\": \"2-1-2\","
            + " \"source\": \"%s\"}";

    static String exercise(String id, String source) {
        return String.format(java.util.Locale.ROOT, EXERCISE, id, "Exercise " + id, source);
    }

    /** A Form Coach export holding these exercise objects. */
    static String export(String... exercises) {
        return "{\"format\": \"formcoach-exercises\", \"version\": 1, \"exercises\": [" + String.join(",", exercises) + "]}";
    }
}

package formcoach.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the content under {@code assets/} (exercises, routines, pain-check rules), which the build
 * packs into the jar under {@code /assets}. Works the same from the jar and from {@code target/classes}.
 */
public final class Assets {
    private Assets() {
    }

    /** One asset file: its path as a person sees it ({@code assets/exercises/rows.json}) and its bytes. */
    public record AssetFile(String path, byte[] bytes) {
    }

    /** A parsed asset or the problem with it, naming the file and the field. */
    public record Parsed<T>(T value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Reads one asset, e.g. {@code paincheck/rules.json}. */
    public static AssetFile read(String relative) {
        String resource = "/assets/" + relative;
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing asset " + resource));
            }
            return new AssetFile("assets/" + relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .json} file directly in {@code assets/<folder>}, sorted by name. */
    public static List<AssetFile> list(String folder) {
        URL url = Assets.class.getResource("/assets/" + folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean close = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    close = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    return readFolder(fs.provider().getPath(uri), folder);
                } finally {
                    if (close) {
                        fs.close();
                    }
                }
            }
            return readFolder(Path.of(uri), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<AssetFile> readFolder(Path dir, String folder) throws IOException {
        List<AssetFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && Files.isRegularFile(p)) {
                    out.add(new AssetFile("assets/" + folder + "/" + name, Files.readAllBytes(p)));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A content file read and checked: its value when it has no problems, otherwise every problem (the file named in each). */
    public record Checked<T>(T value, List<String> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** Reads {@code relative} (e.g. {@code paincheck/advice.json}), parses it into {@code type} and checks it with {@code validate}. */
    public static <T> Checked<T> readChecked(String relative, Class<T> type, java.util.function.Function<T, List<String>> validate) {
        try {
            return checked(read(relative), type, validate);
        } catch (UncheckedIOException e) {
            return new Checked<>(null, List.of("assets/" + relative + ": " + e.getCause().getMessage()));
        }
    }

    /** Parses {@code file} into {@code type} and checks it; {@code validate}'s problems are prefixed with the file's path. */
    public static <T> Checked<T> checked(AssetFile file, Class<T> type, java.util.function.Function<T, List<String>> validate) {
        Parsed<T> parsed = parse(file, Json.mapper().constructType(type));
        if (!parsed.ok()) {
            return new Checked<>(null, List.of(parsed.problem()));
        }
        List<String> problems = validate.apply(parsed.value()).stream().map(p -> file.path() + ": " + p).toList();
        return new Checked<>(problems.isEmpty() ? parsed.value() : null, problems);
    }

    /** Parses an asset file into {@code type}; a problem names the file and the field. */
    public static <T> Parsed<T> parse(AssetFile file, JavaType type) {
        try {
            T value = Json.mapper().readValue(file.bytes(), type);
            if (value == null) {
                return new Parsed<>(null, file.path() + ": the file is empty");
            }
            return new Parsed<>(value, null);
        } catch (JsonProcessingException e) {
            return new Parsed<>(null, file.path() + ": " + describe(e));
        } catch (IOException e) {
            return new Parsed<>(null, file.path() + ": " + e.getMessage());
        }
    }

    /** "field 'faults[2].cue': message (line 40)" from a Jackson error. */
    public static String describe(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            sb.append("field '").append(fieldPath(jme.getPath())).append("': ");
        }
        sb.append(Json.plainMessage(e));
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            sb.append(" (line ").append(e.getLocation().getLineNr()).append(')');
        }
        return sb.toString();
    }

    /** Renders a Jackson reference path as {@code [3].faults[0].cue}. */
    public static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One runnable jar per platform from this machine's shaded jar ({@code mvn -Pplatforms package},
 * run by the JDK in source-file mode). Every jar on the class path whose Maven classifier names a
 * platform (JavaFX's {@code linux}, {@code win}, {@code mac}, ...; bytedeco's {@code linux-x86_64},
 * {@code windows-x86_64}, ...) is a native jar: for each other platform its entries are taken out
 * and the same artifact's jar for that platform, copied by the profile into {@code
 * target/platforms/}, goes in instead. A native jar with no counterpart there stops the build and
 * names the artifact to add, so a native library the app gains cannot be left out silently.
 *
 * <p>Arguments: {@code jar=} (the shaded jar), {@code natives=} (the folder of other platforms'
 * jars), {@code out=} (the folder for the platform jars), then {@code --classpath} and the runtime
 * class path.
 */
public final class PlatformJars {
    /** Our platform names, in the order of each family's classifiers below. */
    private static final List<String> PLATFORMS = List.of("linux-x64", "linux-aarch64", "win-x64", "mac-x64", "mac-aarch64");
    /** Classifier families: each names the five platforms' classifiers in the order of PLATFORMS. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("linux", "linux-aarch64", "win", "mac", "mac-aarch64"),                              // org.openjfx
            List.of("linux-x86_64", "linux-arm64", "windows-x86_64", "macosx-x86_64", "macosx-arm64")); // org.bytedeco

    private record NativeJar(Path file, String artifactId, String version, List<String> family, int platform) {
        String fileFor(int p) {
            return artifactId + "-" + version + "-" + family.get(p) + ".jar";
        }
    }

    public static void main(String[] argv) throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        String classpath = null;
        for (int i = 0; i < argv.length; i++) {
            if ("--classpath".equals(argv[i]) && i + 1 < argv.length) {
                classpath = argv[++i];
            } else {
                int eq = argv[i].indexOf('=');
                args.put(argv[i].substring(0, Math.max(eq, 0)), argv[i].substring(eq + 1));
            }
        }
        if (classpath == null || !args.containsKey("jar") || !args.containsKey("natives") || !args.containsKey("out")) {
            throw new IllegalArgumentException("usage: PlatformJars jar=... natives=... out=... --classpath CP");
        }
        Path shaded = Path.of(args.get("jar"));
        Path natives = Path.of(args.get("natives"));
        Path out = Path.of(args.get("out"));

        List<NativeJar> nativeJars = new ArrayList<>();
        Set<String> elsewhere = new HashSet<>();   // entries that non-native jars and our classes also hold
        Set<Integer> hostPlatforms = new LinkedHashSet<>();
        for (String element : classpath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(element);
            NativeJar n = nativeJar(p);
            if (n != null) {
                nativeJars.add(n);
                hostPlatforms.add(n.platform());
            } else if (Files.isRegularFile(p)) {
                elsewhere.addAll(entries(p));
            }
        }
        if (hostPlatforms.size() != 1) {
            throw new IllegalStateException("expected the native jars of one platform on the class path, found "
                    + hostPlatforms.stream().map(PLATFORMS::get).toList());
        }
        int host = hostPlatforms.iterator().next();
        Set<String> hostEntries = new HashSet<>();
        for (NativeJar n : nativeJars) {
            hostEntries.addAll(entries(n.file()));
        }
        hostEntries.removeAll(elsewhere);
        hostEntries.removeIf(name -> name.endsWith("/"));

        List<String> missing = new ArrayList<>();
        for (int p = 0; p < PLATFORMS.size(); p++) {
            for (NativeJar n : nativeJars) {
                if (p != host && !Files.isRegularFile(natives.resolve(n.fileFor(p)))) {
                    missing.add(n.fileFor(p));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no jar for another platform in " + natives + " for: " + missing
                    + " (add them to the copy-platform-natives list of the 'platforms' profile in pom.xml)");
        }

        Files.createDirectories(out);
        for (int p = 0; p < PLATFORMS.size(); p++) {
            long t0 = System.nanoTime();
            Path target = out.resolve("formcoach-" + PLATFORMS.get(p) + ".jar");
            Files.copy(shaded, target, StandardCopyOption.REPLACE_EXISTING);
            if (p != host) {
                List<Path> replacements = new ArrayList<>();
                for (NativeJar n : nativeJars) {
                    replacements.add(natives.resolve(n.fileFor(p)));
                }
                swap(target, hostEntries, replacements);
            }
            System.out.printf(Locale.ROOT, "[platforms] %s: %.1f MB (%d ms)%n", out.relativize(target).toString().isEmpty()
                    ? target : target.getFileName(), Files.size(target) / 1_000_000.0, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** A jar in a Maven repository layout (…/artifactId/version/artifactId-version-classifier.jar) with a platform classifier. */
    private static NativeJar nativeJar(Path p) {
        if (!p.toString().endsWith(".jar") || p.getParent() == null || p.getParent().getParent() == null) {
            return null;
        }
        String version = p.getParent().getFileName().toString();
        String artifactId = p.getParent().getParent().getFileName().toString();
        String prefix = artifactId + "-" + version + "-";
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix)) {
            return null;
        }
        String classifier = name.substring(prefix.length(), name.length() - ".jar".length());
        for (List<String> family : FAMILIES) {
            int i = family.indexOf(classifier);
            if (i >= 0) {
                return new NativeJar(p, artifactId, version, family, i);
            }
        }
        return null;
    }

    private static Set<String> entries(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
        }
        return names;
    }

    /** Like the shade plugin's filters: what the shaded jar leaves out of every library. */
    private static boolean skipped(String name) {
        return name.endsWith("/") || name.equals("META-INF/MANIFEST.MF") || name.endsWith("module-info.class")
                || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)");
    }

    /** Takes this machine's native entries out of the jar and puts the other platform's in (services files merged). */
    private static void swap(Path jar, Set<String> remove, List<Path> add) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            for (String name : remove) {
                Files.deleteIfExists(fs.getPath(name));
            }
            for (Path from : add) {
                try (ZipFile z = new ZipFile(from.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                        ZipEntry entry = e.nextElement();
                        if (skipped(entry.getName())) {
                            continue;
                        }
                        Path to = fs.getPath(entry.getName());
                        if (to.getParent() != null) {
                            Files.createDirectories(to.getParent());
                        }
                        try (InputStream in = z.getInputStream(entry)) {
                            if (!Files.exists(to)) {
                                Files.copy(in, to);
                            } else if (entry.getName().startsWith("META-INF/services/")) {
                                Set<String> lines = new LinkedHashSet<>(Files.readAllLines(to, StandardCharsets.UTF_8));
                                lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                                Files.write(to, lines, StandardCharsets.UTF_8);
                            }
                        }
                    }
                }
            }
        }
    }
}

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the desktop packages with the JDK's own tools, called through {@link ToolProvider} so the
 * same build runs on Linux, Windows and macOS without a shell: {@code mvn -Pinstaller package} runs
 * this file in source-file mode ({@code java Packager.java ...}) after the shaded jar is made.
 *
 * <ol>
 *   <li>jdeps lists the JDK modules the app jar needs (JavaFX and every other library, natives and
 *       all, travel inside the jar on the class path), plus the service modules it cannot see;</li>
 *   <li>jlink makes a runtime of just those modules, with the JDK's base CDS archive;</li>
 *   <li>jpackage makes the app image {@code target/app/formcoach/} and, from it, this system's
 *       installers in {@code target/installer/} (.deb and .rpm on Linux, .msi and .exe on Windows,
 *       .dmg and .pkg on macOS);</li>
 *   <li>the app image's class-data-sharing archive is made in place (docs/decisions/0013): the
 *       installers make theirs when they install, at the installed path.</li>
 * </ol>
 *
 * Arguments are {@code name=value} pairs: {@code jar}, {@code version}, {@code target}, {@code
 * packaging} (src/packaging), {@code icons} (assets/icon), {@code license}, and optionally {@code
 * types} (a comma list overriding this system's installer types, {@code none} for the app image
 * only; empty for this system's usual ones).
 */
public final class Packager {
    private static final String NAME = "formcoach";
    private static final String TITLE = "Form Coach";
    private static final String MAIN_CLASS = "formcoach.Launcher";
    private static final String DESCRIPTION =
            "Form cues for back training, a warm-up and cool-down timer, and a post-workout pain checker";
    private static final String VENDOR = "Form Coach";
    /** Fixed so that a newer .msi replaces an older one instead of installing beside it. */
    private static final String WIN_UPGRADE_UUID = "6f6c3d9e-5b8a-4b6e-9d43-2f1a0c7e4b15";
    static final String CLASS_LIST = NAME + ".classlist";
    /** JDK modules used only through a service lookup, which jdeps does not report. */
    private static final List<String> SERVICE_MODULES = List.of("jdk.zipfs");
    static final String ARCHIVE = NAME + ".jsa";
    /**
     * The JVM options of the app image's launcher ({@code $APPDIR}: the folder of the app's jar).
     * <ul>
     *   <li>the app's classes from a shared archive made where the app is installed; -Xshare:auto
     *       starts without it, silently, when it is missing, stale or unreadable (decision 0013);</li>
     *   <li>the client compiler only: on 2 busy cores, C2 compiling at start-up cost a third of the
     *       CPU to the first frame (docs/performance.md); the app's hot paths (search ~0.2 ms a
     *       keystroke, the cue clock) have room for C1's code.</li>
     * </ul>
     */
    static final List<String> JAVA_OPTIONS = List.of(
            "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE,
            "-Xshare:auto",
            "-Xlog:cds=off,cds+dynamic=off,class+path=off",
            "-XX:TieredStopAtLevel=1");

    private enum Os { LINUX, WINDOWS, MAC }

    private final Map<String, String> args;
    private final Os os;
    private final Path target;

    private Packager(Map<String, String> args) {
        this.args = args;
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
        this.target = Path.of(arg("target")).toAbsolutePath();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected name=value, got " + a);
            }
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        try {
            new Packager(args).run();
        } catch (PackagingException e) {
            System.err.println("[installer] " + e.getMessage());
            System.exit(1);
        }
    }

    private String arg(String name) {
        String v = args.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing argument " + name + "=...");
        }
        return v;
    }

    private void run() throws IOException, InterruptedException {
        Path work = target.resolve("jpackage");
        Path appDest = target.resolve("app");
        Path installers = target.resolve("installer");
        for (Path p : List.of(work, appDest, installers)) {
            deleteTree(p);
        }
        Path input = Files.createDirectories(work.resolve("input"));
        Path jar = Path.of(arg("jar")).toAbsolutePath();
        Files.copy(jar, input.resolve(NAME + ".jar"));
        Path packaging = Path.of(arg("packaging")).toAbsolutePath();
        Files.copy(packaging.resolve(CLASS_LIST), input.resolve(CLASS_LIST));

        String modules = jdkModules(jar);
        log("JDK modules the app needs (jdeps): " + modules);

        Path runtime = work.resolve("runtime");
        List<String> jlink = new ArrayList<>(List.of(
                "--add-modules", modules,
                "--output", runtime.toString(),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // the JDK's own classes in a base archive: the runtime's java starts with sharing on
                "--generate-cds-archive"));
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (Files.isDirectory(jmods)) {
            jlink.addAll(0, List.of("--module-path", jmods.toString()));
        }
        tool("jlink", jlink);

        List<String> common = new ArrayList<>(List.of(
                "--name", NAME,
                "--app-version", arg("version"),
                "--vendor", VENDOR,
                "--description", DESCRIPTION,
                "--copyright", "Apache License 2.0"));

        List<String> image = new ArrayList<>(common);
        image.addAll(List.of(
                "--type", "app-image",
                "--dest", appDest.toString(),
                "--input", input.toString(),
                "--main-jar", NAME + ".jar",
                "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--icon", icon().toString()));
        for (String option : JAVA_OPTIONS) {
            image.addAll(List.of("--java-options", option));
        }
        tool("jpackage", image);
        Path appImage = appDest.resolve(os == Os.MAC ? NAME + ".app" : NAME);
        if (os == Os.LINUX) {
            writeLinuxLauncher(appImage);
        }
        log("app image: " + target.relativize(appImage));

        List<String> types = installerTypes();
        if (!types.isEmpty()) {
            Path resources = linuxResources(packaging, work);
            for (String type : types) {
                List<String> pkg = new ArrayList<>(common);
                pkg.addAll(List.of("--type", type, "--app-image", appImage.toString(), "--dest", installers.toString()));
                pkg.addAll(installerOptions(type, resources));
                tool("jpackage", pkg);
            }
            try (Stream<Path> made = Files.list(installers)) {
                made.sorted().forEach(p -> log("installer: " + target.relativize(p) + " (" + size(p) + ")"));
            }
        }

        // last, so the installers carry no archive made for this folder (theirs is made on install)
        trainInPlace(appImage);
    }

    /**
     * On Linux the app image's {@code bin/formcoach} is a short shell script that starts the bundled
     * runtime with the options jpackage writes into {@code lib/app/formcoach.cfg} (decision 0018).
     * JDK 17's native launcher asks {@code rpm -qf} and then {@code dpkg -S} which package it came
     * from every time it starts, before the JVM: about 200 ms on the build machine, and more on a
     * desktop with thousands of packages, for an answer that only locates its own library.
     */
    private void writeLinuxLauncher(Path appImage) throws IOException {
        StringBuilder sh = new StringBuilder();
        sh.append("#!/bin/sh\n")
                .append("# Form Coach's launcher, written by src/packaging/Packager.java (docs/decisions/0018):\n")
                .append("# the bundled runtime, with the options jpackage also wrote into lib/app/").append(NAME).append(".cfg.\n")
                .append("self=$(readlink -f -- \"$0\" 2>/dev/null) || self=$0\n")
                .append("case $self in\n")
                .append("    /*/bin/*) ;;\n")
                .append("    *) echo \"formcoach: cannot tell where Form Coach is installed from '$0'\" >&2; exit 1 ;;\n")
                .append("esac\n")
                .append("root=${self%/bin/*}\n")
                .append("app=$root/lib/app\n")
                .append("exec \"$root/lib/runtime/bin/java\" \\\n")
                .append("    \"-Djpackage.app-version=").append(arg("version")).append("\" \\\n");
        for (String option : JAVA_OPTIONS) {
            sh.append("    \"").append(option.replace("$APPDIR", "$app")).append("\" \\\n");
        }
        sh.append("    \"-Djpackage.app-path=$self\" \\\n")
                .append("    -cp \"$app/").append(NAME).append(".jar\" ").append(MAIN_CLASS).append(" \"$@\"\n");
        Path launcher = appImage.resolve("bin").resolve(NAME);
        Files.writeString(launcher, sh.toString(), StandardCharsets.UTF_8);
        if (!launcher.toFile().setExecutable(true, false)) {
            throw new PackagingException("could not make " + launcher + " executable");
        }
        log("launcher: " + target.relativize(launcher) + " (a shell script: decision 0018)");
    }

    /** The JDK modules the jar uses, by jdeps; JavaFX and the other libraries are inside the jar. */
    private String jdkModules(Path jar) {
        String out = tool("jdeps", List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Runtime.version().feature() + "", jar.toString())).strip();
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(out.split(",")));
        modules.removeIf(String::isBlank);
        // service providers jdeps cannot see in the byte code: the jar: file system reads the
        // bundled assets (without it the library does not load)
        modules.addAll(SERVICE_MODULES);
        if (modules.isEmpty()) {
            throw new PackagingException("jdeps found no modules in " + jar + ": " + out);
        }
        return String.join(",", modules);
    }

    private Path icon() {
        Path icons = Path.of(arg("icons")).toAbsolutePath();
        return switch (os) {
            case WINDOWS -> icons.resolve(NAME + ".ico");
            case MAC -> icons.resolve(NAME + ".icns");
            case LINUX -> icons.resolve(NAME + "-256.png");
        };
    }

    private List<String> installerTypes() {
        String given = args.get("types");
        if ("none".equals(given)) {
            return List.of();
        }
        if (given != null && !given.isBlank()) {
            return Arrays.stream(given.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return switch (os) {
            case LINUX -> List.of("deb", "rpm");
            case WINDOWS -> List.of("msi", "exe");
            case MAC -> List.of("dmg", "pkg");
        };
    }

    private List<String> installerOptions(String type, Path resources) {
        List<String> o = new ArrayList<>();
        o.addAll(List.of("--license-file", Path.of(arg("license")).toAbsolutePath().toString()));
        switch (type) {
            case "deb", "rpm" -> {
                requireCommand(type.equals("deb") ? "dpkg-deb" : "rpmbuild",
                        type.equals("deb") ? "apt-get install fakeroot" : "apt-get install rpm");
                o.addAll(List.of(
                        "--resource-dir", resources.toString(),
                        "--install-dir", "/opt",
                        "--linux-shortcut",
                        "--linux-menu-group", "Education;Sports;",
                        "--linux-package-deps", type.equals("deb") ? "libgtk-3-0" : "gtk3",
                        "--linux-app-category", type.equals("deb") ? "misc" : "Applications/Productivity",
                        "--linux-rpm-license-type", "ASL 2.0",
                        "--linux-deb-maintainer", "formcoach@users.noreply.github.com"));
            }
            case "msi", "exe" -> o.addAll(List.of(
                    "--win-menu", "--win-menu-group", TITLE, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            case "dmg", "pkg" -> o.addAll(List.of(
                    "--mac-package-name", TITLE, "--mac-package-identifier", "app.formcoach"));
            default -> throw new PackagingException("unknown installer type " + type);
        }
        return o;
    }

    /**
     * jpackage's Linux resource folder: our desktop entry, icon, and the deb/rpm scripts with the
     * install folder filled in (jpackage fills its own placeholders, such as
     * DESKTOP_COMMANDS_INSTALL, afterwards).
     */
    private Path linuxResources(Path packaging, Path work) throws IOException {
        Path src = packaging.resolve("linux");
        Path out = Files.createDirectories(work.resolve("resources"));
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8)
                        .replace("@INSTALL_DIR@", "/opt/" + NAME)
                        .replace("@ARCHIVE@", ARCHIVE)
                        .replace("@CLASS_LIST@", CLASS_LIST);
                Files.writeString(out.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        Files.copy(Path.of(arg("icons")).resolve(NAME + "-256.png"), out.resolve(NAME + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    /**
     * The app image's shared archive, made where it will be used: a static dump of the classes the
     * recorded class list names, from the jar at the path the launcher gives the JVM. A failure here
     * leaves the app working without it, so it is reported, not fatal.
     */
    private void trainInPlace(Path appImage) throws IOException, InterruptedException {
        Path appDir = os == Os.MAC ? appImage.resolve("Contents/app") : appImage.resolve("lib/app");
        Path home = switch (os) {
            case MAC -> appImage.resolve("Contents/runtime/Contents/Home");
            case WINDOWS -> appImage.resolve("runtime");
            case LINUX -> appImage.resolve("lib/runtime");
        };
        Path java = home.resolve(os == Os.WINDOWS ? "bin/java.exe" : "bin/java");
        List<String> cmd = List.of(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST),
                "-XX:SharedArchiveFile=" + appDir.resolve(ARCHIVE),
                "-cp", appDir.resolve(NAME + ".jar").toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work().resolve("cds-dump.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(appDir.resolve(ARCHIVE))) {
            p.destroyForcibly();
            log("WARNING: no class-data-sharing archive for the app image (see target/jpackage/cds-dump.log); it runs without one");
            return;
        }
        log("app image CDS archive: " + target.relativize(appDir.resolve(ARCHIVE)) + " (" + size(appDir.resolve(ARCHIVE))
                + ", " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms)");
    }

    private Path work() {
        return target.resolve("jpackage");
    }

    private static void requireCommand(String command, String install) {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
        if (!found) {
            throw new PackagingException(command + " is needed for this installer type (" + install
                    + "), or choose the types with -Dinstaller.types=deb|rpm|none");
        }
    }

    /** Runs a JDK tool in this JVM; its output is returned, and shown when it fails. */
    private static String tool(String name, List<String> toolArgs) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new PackagingException("this JDK has no " + name + " (a full JDK 17+ is needed)"));
        log(name + " " + String.join(" ", toolArgs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = tool.run(ps, ps, toolArgs.toArray(String[]::new));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        if (rc != 0) {
            throw new PackagingException(name + " failed (exit " + rc + "):\n" + text);
        }
        return text;
    }

    private static String size(Path p) {
        try {
            long bytes = Files.isDirectory(p) ? treeSize(p) : Files.size(p);
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }

    private static final class PackagingException extends RuntimeException {
        PackagingException(String message) {
            super(message);
        }
    }
}

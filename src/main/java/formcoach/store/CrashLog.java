package formcoach.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes what went wrong in an unexpected failure (an uncaught exception on any thread, an
 * internal error of the command line) to {@code logs/crash-<time>.log} in the data folder, so the
 * person can see one plain line and send the file. Only the newest {@link #KEEP} reports are kept.
 *
 * <p>A report holds the time, the version, the Java and OS versions, the thread and the stack
 * trace: never the command line's arguments, standard input or anything read from the data
 * folder, so no pain-check answer can end up in it.
 */
public final class CrashLog {
    public static final String FOLDER = "logs";
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private CrashLog() {
    }

    /**
     * Writes the report; returns where, or empty when even that failed (a data folder that cannot
     * be written), in which case the system's temporary folder is tried.
     */
    public static Optional<Path> write(Path dataDir, Throwable error, String version, Clock clock) {
        String text = report(error, version, clock);
        for (Path folder : new Path[] {dataDir.resolve(FOLDER), Path.of(System.getProperty("java.io.tmpdir"), "formcoach-" + FOLDER)}) {
            try {
                Files.createDirectories(folder);
                String stamp = LocalDateTime.now(clock).format(STAMP);
                Path file = folder.resolve("crash-" + stamp + ".log");
                for (int i = 2; Files.exists(file); i++) {
                    file = folder.resolve("crash-" + stamp + "-" + i + ".log");
                }
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                rotate(folder);
                return Optional.of(file);
            } catch (IOException | RuntimeException e) {
                // try the next place
            }
        }
        return Optional.empty();
    }

    static String report(Throwable error, String version, Clock clock) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("Form Coach " + version + " crash report, " + LocalDateTime.now(clock));
        pw.println("Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.version"));
        pw.println("Thread: " + Thread.currentThread().getName());
        pw.println();
        error.printStackTrace(pw);
        pw.flush();
        return sw.toString();
    }

    /** Keeps the newest {@link #KEEP} reports (names sort by time). */
    static void rotate(Path folder) throws IOException {
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "crash-*.log")) {
            files.forEach(reports::add);
        }
        reports.sort(null);
        for (int i = 0; i < reports.size() - KEEP; i++) {
            Files.deleteIfExists(reports.get(i));
        }
    }
}

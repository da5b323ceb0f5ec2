package formcoach.cli;

import formcoach.store.CrashLog;
import formcoach.store.DataDirs;
import formcoach.store.StoreException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the command line. Exit codes: 0 done, 2 bad input (one line on standard error naming what
 * was wrong), 1 internal error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** What the launcher should do: exit with a code, or open the window with these options. */
    public record Outcome(int exitCode, boolean openGui, Optional<Path> dataDir, boolean smoke) {
    }

    /** Subcommands added by each feature; listed here so the root stays in one place. */
    private static final Class<?>[] SUBCOMMANDS = {
            RoutineCommand.class,
            PainCheckCommand.class,
            LibraryCommand.class,
            VideoCommand.class,
            LogCommand.class,
    };

    /** Held so that the level set on them is not lost to garbage collection. */
    private static final java.util.logging.Logger[] QUIET = {
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")};

    public static CommandLine commandLine(FormCoachCommand root, PrintWriter out, PrintWriter err) {
        // PDFBox reports missing system fonts while it builds its font cache; the report embeds
        // its own fonts, so these warnings say nothing a person can act on
        for (java.util.logging.Logger l : QUIET) {
            l.setLevel(java.util.logging.Level.OFF);
        }
        CommandLine cl = new CommandLine(root);
        for (Class<?> sub : SUBCOMMANDS) {
            cl.addSubcommand(sub);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("formcoach: " + oneLine(ex.getMessage())
                    + " (see 'formcoach " + commandPath(ex.getCommandLine()) + "--help')");
            ex.getCommandLine().getErr().flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof BadInputException || ex instanceof StoreException) {
                e.println("formcoach: " + oneLine(ex.getMessage()));
                e.flush();
                return BAD_INPUT;
            }
            return internalError(root, ex, e);
        });
        cl.setExecutionStrategy(parseResult -> {
            noteUnusableDataFolder(root, parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cl;
    }

    /**
     * An error nobody planned for: the stack trace goes to a crash report in the data folder's
     * {@code logs/}, and the person gets one line naming it.
     */
    static int internalError(FormCoachCommand root, Throwable ex, PrintWriter e) {
        return internalErrorFor(DataDirs.resolve(Optional.ofNullable(root.dataDir)), ex, e);
    }

    /** The report and the one line for an unexpected error with this data folder; returns the exit code, 1. */
    public static int internalErrorFor(Path dataDir, Throwable ex, PrintWriter e) {
        Optional<Path> log = CrashLog.write(dataDir, ex, Version.get(), java.time.Clock.systemDefaultZone());
        e.println("formcoach: internal error: " + oneLine(String.valueOf(ex))
                + log.map(p -> ". The details were written to " + p).orElse(". No crash report could be written."));
        if (System.getenv("FORMCOACH_DEBUG") != null) {
            ex.printStackTrace(e);
        }
        e.flush();
        return INTERNAL_ERROR;
    }

    /**
     * Every command that uses the data folder says so when the folder cannot be used: reading
     * commands go on with the built-in content, writing ones then fail with exit 2.
     */
    private static void noteUnusableDataFolder(FormCoachCommand root, CommandLine.ParseResult pr) {
        CommandLine.ParseResult last = pr;
        List<String> path = new java.util.ArrayList<>();
        while (last.hasSubcommand()) {
            last = last.subcommand();
            path.add(last.commandSpec().name());
            if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
                return;
            }
        }
        if (path.isEmpty() || pr.isUsageHelpRequested() || pr.isVersionHelpRequested() || "help".equals(path.get(0))
                || path.equals(List.of("library", "check"))) {
            return;
        }
        CliContext ctx = root.context();
        ctx.store().folderProblem().ifPresent(why -> {
            PrintWriter err = pr.commandSpec().commandLine().getErr();
            err.println("formcoach: note: the data folder " + ctx.dataDir() + " cannot be used: " + why
                    + ". Nothing can be saved there and only the built-in content is shown (choose another folder with --data-dir).");
            err.flush();
        });
    }

    /**
     * The window's own arguments ({@code --smoke}, {@code --data-dir DIR}) read without building the
     * whole command line, which costs a quarter of a second of start-up; anything else (a
     * subcommand, help, a mistake) is left to {@link #run}.
     */
    public static Optional<Outcome> guiOnly(String[] args) {
        Path dir = null;
        boolean smoke = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--smoke".equals(a) && !smoke) {
                smoke = true;
            } else if ("--data-dir".equals(a) && dir == null && i + 1 < args.length && plainValue(args[i + 1])) {
                dir = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=") && dir == null && plainValue(a.substring("--data-dir=".length()))) {
                dir = Path.of(a.substring("--data-dir=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Outcome(OK, true, Optional.ofNullable(dir), smoke));
    }

    private static boolean plainValue(String v) {
        return !v.isEmpty() && !v.startsWith("-");
    }

    public static Outcome run(String[] args, PrintWriter out, PrintWriter err) {
        FormCoachCommand root = new FormCoachCommand();
        PrintWriter notes = new NotesOnce(err);
        CommandLine cl = commandLine(root, out, notes);
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli passes errors such as OutOfMemoryError or StackOverflowError through
            code = internalError(root, e, notes);
        }
        err.flush();
        out.flush();
        err.flush();
        if (code == FormCoachCommand.OPEN_GUI) {
            return new Outcome(OK, true, Optional.ofNullable(root.dataDir), root.smoke);
        }
        return new Outcome(code, false, Optional.ofNullable(root.dataDir), false);
    }

    /**
     * Standard error that prints each note once: a notice is printed when the store raises it,
     * and a command that lists its own notes does not repeat it.
     */
    private static final class NotesOnce extends PrintWriter {
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        NotesOnce(PrintWriter err) {
            super(err, true);
        }

        @Override
        public void println(String x) {
            if (x != null && x.startsWith("formcoach: note: ") && !seen.add(oneLine(x))) {
                return;
            }
            super.println(x);
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }
}

package formcoach.cli;

import formcoach.store.StoreException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
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
            LogCommand.class,
    };

    public static CommandLine commandLine(FormCoachCommand root, PrintWriter out, PrintWriter err) {
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
            e.println("formcoach: internal error: " + oneLine(String.valueOf(ex)));
            if (System.getenv("FORMCOACH_DEBUG") != null) {
                ex.printStackTrace(e);
            }
            e.flush();
            return INTERNAL_ERROR;
        });
        return cl;
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
        CommandLine cl = commandLine(root, out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        if (code == FormCoachCommand.OPEN_GUI) {
            return new Outcome(OK, true, Optional.ofNullable(root.dataDir), root.smoke);
        }
        return new Outcome(code, false, Optional.ofNullable(root.dataDir), false);
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

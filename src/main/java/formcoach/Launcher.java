package formcoach;

import formcoach.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. A plain class (not the JavaFX {@code Application}) so that
 * {@code java -jar formcoach.jar} works with JavaFX on the class path, and so that the command line
 * never loads the toolkit.
 */
public final class Launcher {
    /** Held so the level set on it is not lost to garbage collection before JavaFX logs. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        // --smoke-ready (open the window, report when the library is ready, exit) goes with the
        // window's own arguments only; anything else with it is left to the command line to refuse
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        boolean smokeReady = rest.remove("--smoke-ready")
                && Cli.guiOnly(rest.toArray(String[]::new)).isPresent();
        String[] given = smokeReady ? rest.toArray(String[]::new) : args;
        Cli.Outcome outcome = Cli.guiOnly(given).orElseGet(() -> {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            return Cli.run(given, out, err);
        });
        if (!outcome.openGui()) {
            System.exit(outcome.exitCode());
        }
        // an exception nobody caught, on the FX thread or in background work: a crash report in the
        // data folder's logs/ and one plain line, instead of a stack trace on the terminal
        java.nio.file.Path dataDir = formcoach.store.DataDirs.resolve(outcome.dataDir());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            java.util.Optional<java.nio.file.Path> log = formcoach.store.CrashLog.write(dataDir, error,
                    formcoach.cli.Version.get(), java.time.Clock.systemDefaultZone());
            String where = log.map(p -> "The details were written to " + p + ".").orElse("No crash report could be written.");
            System.err.println("formcoach: unexpected error: " + error + ". " + where);
            formcoach.app.App.showCrash("Something went wrong inside Form Coach (" + error.getClass().getSimpleName()
                    + "). Your saved data is not affected. " + where);
        });
        // JavaFX warns that it was loaded from the class path; that is how this jar is meant to run
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            formcoach.app.App.launchWith(outcome.dataDir(), outcome.smoke(), smokeReady);
        } catch (UnsupportedOperationException | IllegalStateException | UnsatisfiedLinkError e) {
            // no display, no GTK: say so in one line instead of a stack trace
            System.err.println("formcoach: cannot open the window (" + e.getMessage() + "). "
                    + "On a machine without a display, use the command line: formcoach --help");
            System.exit(1);
        }
    }
}

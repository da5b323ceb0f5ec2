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
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli.Outcome outcome = Cli.guiOnly(args).orElseGet(() -> {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            return Cli.run(args, out, err);
        });
        if (!outcome.openGui()) {
            System.exit(outcome.exitCode());
        }
        formcoach.app.App.launchWith(outcome.dataDir(), outcome.smoke());
    }
}

package formcoach.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The root command. Without a subcommand it asks the launcher to open the window; with one it
 * runs that subcommand over the same cores as the GUI and never touches the display.
 */
@Command(name = "formcoach",
        mixinStandardHelpOptions = true,
        versionProvider = FormCoachCommand.VersionProvider.class,
        description = {
                "Form Coach: form cues for back training, a warm-up and cool-down timer, and a post-workout pain checker.",
                "Run without a command to open the app."},
        subcommands = {
                picocli.CommandLine.HelpCommand.class
        })
public final class FormCoachCommand implements Callable<Integer> {
    /** Exit code the root command returns to mean "no subcommand: open the window". */
    static final int OPEN_GUI = -100;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for Form Coach's data (default: ${FORMCOACH_DATA_DIR:-the usual place for this OS}).")
    Path dataDir;

    @Option(names = "--smoke", description = "Open the main window, print the time to the first frame, and exit.")
    boolean smoke;

    private CliContext context;

    @Override
    public Integer call() {
        return OPEN_GUI;
    }

    /** The shared context, created on first use with the parsed {@code --data-dir}. */
    public synchronized CliContext context() {
        if (context == null) {
            context = new CliContext(Optional.ofNullable(dataDir), Clock.systemDefaultZone(), spec == null ? null : spec.commandLine().getErr());
        }
        return context;
    }

    /** Finds the root command's context from any subcommand's spec. */
    public static CliContext contextOf(CommandSpec anySpec) {
        return ((FormCoachCommand) anySpec.root().userObject()).context();
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Form Coach " + Version.get()};
        }
    }
}

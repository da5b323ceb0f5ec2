package formcoach.reliability;

import formcoach.cli.Cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Reaches the command line's internal-error handler the way an unexpected exception in a command would. */
final class CrashReportProbe {
    private CrashReportProbe() {
    }

    static int internalError(Path dataDir, Throwable error, PrintWriter err) {
        return Cli.internalErrorFor(dataDir, error, err);
    }
}

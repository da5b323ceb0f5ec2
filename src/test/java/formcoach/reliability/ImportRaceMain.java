package formcoach.reliability;

import formcoach.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Child process for {@link IdsUnderTheLockTest}: runs the real {@code routine import FILE} command
 * {@code count} times and prints the id each acknowledged import was given, one a line.
 */
public final class ImportRaceMain {
    private ImportRaceMain() {
    }

    public static void main(String[] args) {
        String dataDir = args[0];
        String file = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Cli.Outcome o = Cli.run(new String[] {"routine", "import", file, "--data-dir", dataDir}, new PrintWriter(out), new PrintWriter(err));
            if (o.exitCode() == 0) {
                // "Imported 'My stretch' as my-stretch-7 (…)."
                String line = out.toString().strip();
                String id = line.replaceFirst("^Imported '.*' as ([a-z0-9-]+).*$", "$1");
                System.out.println("ACK " + id);
            } else {
                System.out.println("FAIL " + o.exitCode() + " " + err.toString().strip());
            }
        }
        System.out.flush();
    }
}

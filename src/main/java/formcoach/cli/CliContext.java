package formcoach.cli;

import formcoach.store.DataDirs;
import formcoach.store.JsonStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What every subcommand shares: the data folder (from {@code --data-dir}, {@code FORMCOACH_DATA_DIR}
 * or the OS default) and the clock. The store is opened lazily, so commands that only read assets
 * never touch the data folder.
 */
public final class CliContext {
    private final Optional<Path> dataDirOverride;
    private final Clock clock;
    private final PrintWriter err;
    private JsonStore store;

    public CliContext(Optional<Path> dataDirOverride, Clock clock) {
        this(dataDirOverride, clock, null);
    }

    /** @param err where the store's notices (files moved aside, restored, newer) are printed as they happen; null for none */
    public CliContext(Optional<Path> dataDirOverride, Clock clock, PrintWriter err) {
        this.dataDirOverride = dataDirOverride;
        this.clock = clock;
        this.err = err;
    }

    public Path dataDir() {
        return DataDirs.resolve(dataDirOverride);
    }

    public Clock clock() {
        return clock;
    }

    public synchronized JsonStore store() {
        if (store == null) {
            store = new JsonStore(dataDir(), clock);
            if (err != null) {
                store.onNotice(n -> {
                    err.println("formcoach: note: " + Cli.oneLine(n.message()));
                    err.flush();
                });
            }
        }
        return store;
    }
}

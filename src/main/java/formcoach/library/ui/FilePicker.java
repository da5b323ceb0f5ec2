package formcoach.library.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the person for a file; behind an interface so tests can answer without a native dialog. */
interface FilePicker {
    Optional<Path> chooseImport(Window owner);

    /** The native save dialog asks before an existing file is replaced. */
    Optional<Path> chooseExport(Window owner, String suggestedName);
}

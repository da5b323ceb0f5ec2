package formcoach.paincheck.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a PDF. The real one is a file chooser; tests give a fixed path. */
@FunctionalInterface
public interface ReportDialog {
    /** The file to write, or empty when the person cancelled. Called on the FX thread. */
    Optional<Path> ask(Window owner, String suggestedName);

    /** The system's save dialog, starting in the home folder. */
    public static ReportDialog fileChooser() {
        return (owner, name) -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the pain check summary for your GP or physio");
            fc.setInitialFileName(name);
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
            File home = new File(System.getProperty("user.home"));
            if (home.isDirectory()) {
                fc.setInitialDirectory(home);
            }
            File f = fc.showSaveDialog(owner);
            if (f == null) {
                return Optional.empty();
            }
            Path p = f.toPath();
            return Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    ? p : p.resolveSibling(p.getFileName() + ".pdf"));
        };
    }
}

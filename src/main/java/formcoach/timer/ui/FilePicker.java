package formcoach.timer.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks the person for a routine file to import or a place to export one; tests answer without a dialog. */
interface FilePicker {
    Optional<Path> openRoutine(Window owner);

    /** A path the person agreed to write, replacing what is there if they said so in the dialog. */
    Optional<Path> saveRoutine(Window owner, String suggestedName);

    FilePicker DIALOGS = new FilePicker() {
        @Override
        public Optional<Path> openRoutine(Window owner) {
            FileChooser fc = chooser("Import a routine");
            File f = fc.showOpenDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        }

        @Override
        public Optional<Path> saveRoutine(Window owner, String suggestedName) {
            FileChooser fc = chooser("Export the routine");
            fc.setInitialFileName(suggestedName);
            File f = fc.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        }

        private FileChooser chooser(String title) {
            FileChooser fc = new FileChooser();
            fc.setTitle(title);
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Routine (JSON)", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            return fc;
        }
    };
}

package formcoach.library.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The platform's file dialogs, remembering the last folder used in this run. */
final class FxFilePicker implements FilePicker {
    private File lastFolder = new File(System.getProperty("user.home"));

    @Override
    public Optional<Path> chooseImport(Window owner) {
        FileChooser fc = chooser("Import exercises");
        return remember(fc.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseExport(Window owner, String suggestedName) {
        FileChooser fc = chooser("Export exercises");
        fc.setInitialFileName(suggestedName);
        return remember(fc.showSaveDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Exercise files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }
}

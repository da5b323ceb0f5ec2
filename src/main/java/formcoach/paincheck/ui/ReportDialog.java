package formcoach.paincheck.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks where to save a PDF (and, for the clinician report, the name and date of birth to print). Tests give fixed answers. */
@FunctionalInterface
public interface ReportDialog {
    /** The file to write, or empty when the person cancelled. Called on the FX thread. */
    Optional<Path> ask(Window owner, String suggestedName);

    /** Where to save, and the name and date of birth to print on the report (either may be null: left off). */
    record Request(Path out, String name, LocalDate birthDate) {
    }

    /**
     * Asks for the name and date of birth (filled in with what is kept in the settings) and then where
     * to save. Empty when the person cancelled either step. This default asks only for the file and
     * keeps the name and date as they are.
     */
    default Optional<Request> askWithPerson(Window owner, String suggestedName, String name, LocalDate birthDate) {
        return ask(owner, suggestedName).map(p -> new Request(p, name, birthDate));
    }

    /** The app's dialogs: the name and date of birth first, then the system's save dialog starting in the home folder. */
    static ReportDialog fileChooser() {
        return new Standard(LocalDate::now);
    }

    /** The two fields of the "who is this for" step and the message under them. */
    final class PersonForm {
        final TextField name = new TextField();
        final DatePicker birthDate = new DatePicker();
        final Label problem = new Label();
        final VBox root;
        private final Supplier<LocalDate> today;

        PersonForm(String currentName, LocalDate currentBirthDate, Supplier<LocalDate> today) {
            this.today = today;
            name.setId("report-name");
            name.setPromptText("Optional, e.g. Anna Smith");
            name.setText(currentName == null ? "" : currentName);
            name.setPrefColumnCount(24);
            birthDate.setId("report-birth-date");
            PickerDates.apply(birthDate);
            birthDate.setPromptText("Optional, e.g. 12 May 1990");
            birthDate.setValue(currentBirthDate);
            birthDate.setMaxWidth(Double.MAX_VALUE);
            problem.setId("report-person-problem");
            problem.getStyleClass().add("danger-text");
            problem.setWrapText(true);
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            Label intro = new Label("A GP or physio may want to know who the summary is about. Both are optional; "
                    + "they are kept on this computer for the next PDF and printed only on the PDF.");
            intro.setWrapText(true);
            intro.setMaxWidth(420);
            GridPane g = new GridPane();
            g.setHgap(10);
            g.setVgap(8);
            Label nameLabel = new Label("_Name");
            nameLabel.setMnemonicParsing(true);
            nameLabel.setLabelFor(name);
            Label dobLabel = new Label("_Date of birth");
            dobLabel.setMnemonicParsing(true);
            dobLabel.setLabelFor(birthDate);
            g.addRow(0, nameLabel, name);
            g.addRow(1, dobLabel, birthDate);
            GridPane.setHgrow(name, Priority.ALWAYS);
            root = new VBox(12, intro, g, problem);
            root.setPadding(new Insets(8, 4, 4, 4));
            root.setId("report-person-form");
            // the dialog is a window of its own: it needs the feature's stylesheet for the problem's colour
            root.getStylesheets().add(PainCheckViewBuilder.STYLESHEET);
        }

        /** Null when the answers can be used, else what is wrong (shown under the fields). */
        String check() {
            LocalDate d = birthDate.getValue();
            String typed = birthDate.getEditor().getText();
            if (d == null && typed != null && !typed.isBlank()) {
                return "The date of birth \u201c" + typed.strip() + "\u201d is not a date. Write it like 12 May 1990, or leave it empty.";
            }
            if (d != null && d.isAfter(today.get())) {
                return "The date of birth " + PickerDates.FORMAT.format(d) + " is in the future. Check the year, or leave it empty.";
            }
            if (d != null && d.isBefore(today.get().minusYears(130))) {
                return "The date of birth " + PickerDates.FORMAT.format(d) + " is more than 130 years ago. Check the year, or leave it empty.";
            }
            if (name.getText().strip().length() > 120) {
                return "The name is longer than 120 characters. Shorten it, or leave it empty.";
            }
            return null;
        }

        String nameOrNull() {
            String n = name.getText().strip();
            return n.isEmpty() ? null : n;
        }
    }

    /** The real dialogs. */
    final class Standard implements ReportDialog {
        private final Supplier<LocalDate> today;

        Standard(Supplier<LocalDate> today) {
            this.today = today;
        }

        @Override
        public Optional<Path> ask(Window owner, String name) {
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
        }

        @Override
        public Optional<Request> askWithPerson(Window owner, String suggestedName, String name, LocalDate birthDate) {
            PersonForm form = new PersonForm(name, birthDate, today);
            Dialog<ButtonType> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle("PDF for your GP or physio");
            d.setHeaderText("Who is the summary about?");
            ButtonType next = new ButtonType("Choose where to save\u2026", ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
            d.getDialogPane().setContent(form.root);
            if (owner != null && owner.getScene() != null) {
                d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
            // a wrong date keeps the dialog open with the reason under the fields
            d.getDialogPane().lookupButton(next).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                String problem = form.check();
                form.problem.setText(problem == null ? "" : problem);
                if (problem != null) {
                    e.consume();
                }
            });
            d.setOnShown(e -> form.name.requestFocus());
            Optional<ButtonType> answer = d.showAndWait();
            if (answer.isEmpty() || answer.get() != next) {
                return Optional.empty();
            }
            return ask(owner, suggestedName).map(p -> new Request(p, form.nameOrNull(), form.birthDate.getValue()));
        }
    }
}

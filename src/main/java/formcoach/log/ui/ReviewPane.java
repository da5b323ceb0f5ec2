package formcoach.log.ui;

import formcoach.library.Exercise;
import formcoach.library.ExerciseSearch;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.log.LogBook;
import formcoach.log.LogImportException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Import a Strong or Hevy export (Ctrl+I) and review the exercise names that did not match the
 * library: pick a row, find the exercise with the library's search (Enter uses it) or keep the name
 * as the person's own (Ctrl+K).
 */
final class ReviewPane {
    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination KEEP = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final LogModel model;
    private final LogActions actions;
    private final Function<Window, Optional<Path>> chooser;
    private final VBox root = new VBox(10);
    final TableView<LogBook.Unmatched> table = new TableView<>();
    final TextField searchField = new TextField();
    final ListView<Exercise> hits = new ListView<>();
    final Label status = new Label();
    private ExerciseSearch search;

    ReviewPane(LogModel model, LogActions actions, Function<Window, Optional<Path>> chooser) {
        this.model = model;
        this.actions = actions;
        this.chooser = chooser;
        build();
        model.changesProperty().addListener((o, a, b) -> refresh());
    }

    Node view() {
        return root;
    }

    private void build() {
        Label title = new Label("Import and review names");
        title.getStyleClass().add("title-3");
        Button importButton = new Button("Import a Strong or Hevy export… (Ctrl+I)");
        importButton.setId("log-import");
        importButton.setOnAction(e -> importFile());
        status.setId("log-import-status");
        status.setWrapText(true);

        table.setId("log-review-table");
        table.setPlaceholder(new Label("Every exercise name in the log matches the library or is kept as your own."));
        TableColumn<LogBook.Unmatched, String> name = new TableColumn<>("Name in the export");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(320);
        TableColumn<LogBook.Unmatched, Number> sessions = new TableColumn<>("Sessions");
        sessions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sessions()));
        TableColumn<LogBook.Unmatched, Number> sets = new TableColumn<>("Sets");
        sets.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sets()));
        TableColumn<LogBook.Unmatched, String> maybe = new TableColumn<>("Closest in the library");
        maybe.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(", ",
                c.getValue().suggestions().stream().limit(3).map(Exercise::name).toList())));
        maybe.setPrefWidth(360);
        table.getColumns().setAll(List.of(name, sessions, sets, maybe));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        searchField.setId("log-review-search");
        searchField.setPromptText("Find the library exercise this name means (↓ to the list, Enter uses it)");
        hits.setId("log-review-hits");
        hits.setPrefHeight(140);
        hits.setPlaceholder(new Label("No library exercise matches this search; Ctrl+K keeps the name as your own."));
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name());
            }
        });
        Button use = new Button("Use this exercise (Enter)");
        use.setOnAction(e -> useSelected());
        Button keep = new Button("Keep as my own exercise (Ctrl+K)");
        keep.setId("log-review-keep");
        keep.setOnAction(e -> keepOwn());
        Label hint = new Label("Tab from the table to the search. A choice is remembered for later imports.");
        hint.getStyleClass().add("text-muted");
        HBox buttons = new HBox(8, use, keep);
        root.getChildren().addAll(new HBox(12, title), new HBox(12, importButton), status, table, searchField, hits, buttons, hint);
        root.setPadding(new Insets(16));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                searchField.setText(b.name().replaceAll("\\([^)]*\\)", " ").strip());
                hits.getItems().setAll(b.suggestions());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                searchField.requestFocus();
                e.consume();
            }
        });
        searchField.textProperty().addListener((o, a, b) -> {
            if (search != null && searchField.isFocused()) {
                List<Exercise> out = new ArrayList<>();
                for (SearchHit h : search.search(b, SearchFilter.NONE, 8)) {
                    out.add(h.exercise());
                }
                hits.getItems().setAll(out);
            }
        });
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (hits.getSelectionModel().getSelectedItem() == null && !hits.getItems().isEmpty()) {
                    hits.getSelectionModel().selectFirst();
                }
                useSelected();
                e.consume();
            }
        });
        hits.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                useSelected();
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KEEP.match(e)) {
                keepOwn();
                e.consume();
            } else if (IMPORT.match(e)) {
                importFile();
                e.consume();
            }
        });
    }

    void focus() {
        if (!table.getItems().isEmpty()) {
            table.requestFocus();
            if (table.getSelectionModel().getSelectedIndex() < 0) {
                table.getSelectionModel().selectFirst();
            }
        } else {
            root.lookup("#log-import").requestFocus();
        }
    }

    private void useSelected() {
        LogBook.Unmatched u = table.getSelectionModel().getSelectedItem();
        Exercise e = hits.getSelectionModel().getSelectedItem();
        if (u == null || e == null) {
            status.setText("Pick a name in the table and an exercise in the list first.");
            return;
        }
        actions.run(b -> b.resolve(u.name(), Optional.of(e.id())),
                n -> status.setText("'" + u.name() + "' is now " + e.name() + " (" + n + " sessions updated)."));
    }

    private void keepOwn() {
        LogBook.Unmatched u = table.getSelectionModel().getSelectedItem();
        if (u == null) {
            return;
        }
        actions.run(b -> b.resolve(u.name(), Optional.empty()),
                n -> status.setText("'" + u.name() + "' is kept as your own exercise; it counts in your weekly sets, not in a muscle group."));
    }

    void importFile() {
        Optional<Path> file = chooser.apply(root.getScene() == null ? null : root.getScene().getWindow());
        if (file.isEmpty()) {
            return;
        }
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        status.setText("Importing " + file.get().getFileName() + "…");
        actions.run(b -> {
            try {
                return b.importFile(file.get(), Optional.empty());
            } catch (LogImportException e) {
                throw new IllegalArgumentException(file.get().getFileName() + ": " + e.getMessage());
            }
        }, r -> status.setText("Read " + r.format() + ": " + r.sessionsInFile() + " sessions, " + r.setsInFile() + " sets. Added "
                + r.added() + " sessions" + (r.alreadyThere() > 0 ? " (" + r.alreadyThere() + " were already in the log)" : "") + "; "
                + r.unmatched().size() + " names to review below."), status::setText);
    }

    void refresh() {
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        if (search == null) {
            search = new ExerciseSearch(book.library());
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(book.unmatched());
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(Math.max(0, Math.min(selected, table.getItems().size() - 1)));
        }
    }
}

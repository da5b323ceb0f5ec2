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
import formcoach.log.MuscleGroup;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Import a Strong or Hevy export (Ctrl+I) and review the exercise names that did not match the
 * library: pick a row, find the exercise with the library's search (Enter uses it) or keep the name
 * as the person's own (Ctrl+K) with the muscle groups it works ticked, so its sets count for them.
 * The lifts kept as the person's own are listed below; picking one shows its groups to change.
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
    final ListView<LogBook.OwnLift> ownList = new ListView<>();
    final Map<MuscleGroup, CheckBox> primaryBoxes = new EnumMap<>(MuscleGroup.class);
    final Map<MuscleGroup, CheckBox> secondaryBoxes = new EnumMap<>(MuscleGroup.class);
    private final ScrollPane scroll = new ScrollPane(root);
    /** The name Ctrl+K keeps: the row picked last in the table or in the list of the person's own lifts. */
    private String target;
    private ExerciseSearch search;

    ReviewPane(LogModel model, LogActions actions, Function<Window, Optional<Path>> chooser) {
        this.model = model;
        this.actions = actions;
        this.chooser = chooser;
        build();
        model.changesProperty().addListener((o, a, b) -> refresh());
    }

    Node view() {
        return scroll;
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
        Button keep = new Button("Keep as my own, working the muscles ticked (Ctrl+K)");
        keep.setId("log-review-keep");
        keep.setOnAction(e -> keepOwn());
        Label hint = new Label("Tab from the table to the search. A choice is remembered for later imports.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox buttons = new HBox(8, use, keep);
        for (Button b : new Button[] {use, keep}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        Label musclesTitle = new Label("Muscles a lift of your own works (a working set counts 1 for a primary group, 0.5 for a secondary one)");
        musclesTitle.setWrapText(true);
        musclesTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane primary = new FlowPane(12, 6);
        FlowPane secondary = new FlowPane(12, 6);
        for (MuscleGroup g : MuscleGroup.values()) {
            CheckBox p = new CheckBox(g.displayName());
            p.setId("log-own-primary-" + g.id());
            CheckBox sec = new CheckBox(g.displayName());
            sec.setId("log-own-secondary-" + g.id());
            // a group is primary or secondary, not both
            p.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    sec.setSelected(false);
                }
            });
            sec.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    p.setSelected(false);
                }
            });
            primaryBoxes.put(g, p);
            secondaryBoxes.put(g, sec);
            primary.getChildren().add(p);
            secondary.getChildren().add(sec);
        }
        GridPane muscles = new GridPane();
        muscles.setHgap(12);
        muscles.setVgap(6);
        Label primaryLabel = new Label("Primary");
        primaryLabel.getStyleClass().add("text-bold");
        Label secondaryLabel = new Label("Secondary");
        secondaryLabel.getStyleClass().add("text-bold");
        muscles.addRow(0, primaryLabel, primary);
        muscles.addRow(1, secondaryLabel, secondary);
        GridPane.setHgrow(primary, Priority.ALWAYS);
        GridPane.setHgrow(secondary, Priority.ALWAYS);

        Label ownTitle = new Label("Your own lifts (pick one to change its muscles, then Ctrl+K)");
        ownTitle.getStyleClass().add("title-4");
        ownList.setId("log-own-lifts");
        ownList.setPrefHeight(110);
        ownList.setMinHeight(80);
        ownList.setPlaceholder(new Label("No lift is kept as your own yet."));
        ownList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LogBook.OwnLift o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.name() + "   ·   " + o.muscles().describe() + "   ·   " + o.sets() + " sets");
            }
        });
        ownList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                target = b.name();
                showGroups(b.muscles().primary(), b.muscles().secondary());
                table.getSelectionModel().clearSelection();
            }
        });

        table.setMinHeight(150);
        root.getChildren().addAll(new HBox(12, title), new HBox(12, importButton), status, table, searchField, hits, musclesTitle,
                muscles, buttons, hint, ownTitle, ownList);
        root.setPadding(new Insets(16));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                searchField.setText(b.name().replaceAll("\\([^)]*\\)", " ").strip());
                hits.getItems().setAll(b.suggestions());
                target = b.name();
                showGroups(List.of(), List.of());
                ownList.getSelectionModel().clearSelection();
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

    private void showGroups(List<MuscleGroup> primary, List<MuscleGroup> secondary) {
        for (MuscleGroup g : MuscleGroup.values()) {
            primaryBoxes.get(g).setSelected(primary.contains(g));
            secondaryBoxes.get(g).setSelected(secondary.contains(g));
        }
    }

    private List<MuscleGroup> ticked(Map<MuscleGroup, CheckBox> boxes) {
        return boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }

    private void keepOwn() {
        String name = target;
        if (name == null) {
            status.setText("Pick a name in the table (or one of your own lifts below) first.");
            return;
        }
        List<MuscleGroup> primary = ticked(primaryBoxes);
        List<MuscleGroup> secondary = ticked(secondaryBoxes);
        formcoach.log.LogSettings.OwnMuscles m = new formcoach.log.LogSettings.OwnMuscles(name, primary, secondary);
        actions.run(b -> {
            b.keepOwn(name, primary, secondary);
            return m;
        }, x -> status.setText("'" + name + "' is kept as your own exercise; " + (x.isEmpty()
                ? "it counts in your weekly sets, not in a muscle group (tick the muscles it works and press Ctrl+K again to count it there)."
                : "its working sets count for " + x.describe() + ".")));
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
        String ownSelected = ownList.getSelectionModel().getSelectedItem() == null ? null : ownList.getSelectionModel().getSelectedItem().name();
        table.getItems().setAll(book.unmatched());
        ownList.getItems().setAll(book.ownLifts());
        if (ownSelected != null) {
            ownList.getItems().stream().filter(o -> o.name().equals(ownSelected)).findFirst()
                    .ifPresent(o -> ownList.getSelectionModel().select(o));
        } else if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(Math.max(0, Math.min(selected, table.getItems().size() - 1)));
        } else {
            target = null;
        }
    }
}

package formcoach.library.ui;

import atlantafx.base.controls.CustomTextField;
import formcoach.library.Category;
import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.JsonId;
import formcoach.library.Muscle;
import formcoach.library.Origin;
import formcoach.library.Source;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.stream.Collectors;

/** Lays out the browse screen and binds it to {@link BrowseModel}; actions come in as callbacks. */
final class BrowseViewBuilder implements Builder<Region> {
    /** What the buttons and the list ask the controller to do. */
    interface Actions {
        void open(Exercise e);

        void beforeYouLift();

        void newExercise();

        void importFile();

        void export(boolean customOnly);

        void clearFilters();
    }

    private final BrowseModel model;
    private final Actions actions;
    private final CustomTextField search = new CustomTextField();
    private final ListView<BrowseModel.Row> list = new ListView<>();

    BrowseViewBuilder(BrowseModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    CustomTextField search() {
        return search;
    }

    ListView<BrowseModel.Row> list() {
        return list;
    }

    @Override
    public Region build() {
        VBox top = new VBox(12, createHeader(), createSearch(), createFilters(), createBanner());
        VBox root = new VBox(12, top, createList());
        root.getStyleClass().addAll("library-page", "browse");
        root.setId("library-browse");
        return root;
    }

    private Node createHeader() {
        Label title = new Label("Library");
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(0, title, count);
        left.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button lift = new Button("Before you lift…", new FontIcon("mdi2c-cards-outline"));
        lift.setId("before-you-lift");
        lift.getStyleClass().add("accent");
        lift.setTooltip(new Tooltip("Pick today's lifts and run through their cue cards"));
        lift.setOnAction(e -> actions.beforeYouLift());
        Button add = new Button("New exercise…", new FontIcon("mdi2p-plus"));
        add.setId("new-exercise");
        add.setOnAction(e -> actions.newExercise());
        MenuButton io = new MenuButton("Import / export", new FontIcon("mdi2s-swap-vertical"));
        io.setId("import-export");
        MenuItem imp = new MenuItem("Import exercises from a file…");
        imp.setId("import-file");
        imp.setOnAction(e -> actions.importFile());
        MenuItem expAll = new MenuItem("Export the whole library…");
        expAll.setId("export-all");
        expAll.setOnAction(e -> actions.export(false));
        MenuItem expMine = new MenuItem("Export my own exercises…");
        expMine.setId("export-mine");
        expMine.disableProperty().bind(model.hasCustomProperty().not());
        expMine.setOnAction(e -> actions.export(true));
        io.getItems().addAll(imp, new SeparatorMenuItem(), expAll, expMine);
        for (Node n : List.of(lift, add, io)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            n.disableProperty().bind(model.actionsEnabledBinding().not());
        }
        HBox buttons = new HBox(8, lift, add, io);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox wide = new HBox(12, left, spacer, buttons);
        wide.setAlignment(Pos.CENTER_LEFT);
        wide.getStyleClass().add("browse-header");
        // take the width the page offers, not what the buttons want: fitHeader() makes them fit it
        wide.setMinWidth(0);
        add.setTooltip(new Tooltip("New exercise…"));
        io.setTooltip(new Tooltip("Import / export"));
        fitHeader(wide, left, buttons, List.of(add, io));
        return wide;
    }

    /**
     * In a narrow window the header's buttons would push the whole page past the window's right edge, so
     * the two secondary ones drop their words (keeping icon, tooltip and accessible text) until it fits.
     */
    private static void fitHeader(HBox header, Region left, Region buttons, List<ButtonBase> squeezable) {
        double[] withWords = {-1};
        Runnable fit = () -> {
            boolean compact = squeezable.get(0).getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
            if (!compact) {
                withWords[0] = buttons.prefWidth(-1);
            }
            if (withWords[0] <= 0) {
                return;
            }
            double need = header.snappedLeftInset() + header.snappedRightInset() + left.prefWidth(-1)
                    + 2 * header.getSpacing() + withWords[0];
            boolean squeeze = header.getWidth() < need;
            if (squeeze != compact) {
                for (ButtonBase b : squeezable) {
                    b.setContentDisplay(squeeze ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
                }
            }
        };
        header.widthProperty().addListener((o, a, w) -> fit.run());
        left.widthProperty().addListener((o, a, w) -> fit.run());
    }

    private Node createSearch() {
        search.setId("library-search");
        search.getStyleClass().add("library-search");
        search.setPromptText("Search: row, lat pull-down, RDL… (Ctrl+F)");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        Button clear = new Button(null, new FontIcon("mdi2c-close"));
        clear.getStyleClass().addAll("flat", "button-icon", "search-clear");
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip("Clear the search (Esc)"));
        clear.setOnAction(e -> {
            search.clear();
            search.requestFocus();
        });
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setMaxWidth(Double.MAX_VALUE);
        return search;
    }

    private Node createFilters() {
        CheckComboBox<Category> cat = filter("filter-category", "Category", List.of(Category.values()), model.categories());
        CheckComboBox<Muscle> mus = filter("filter-muscle", "Muscle", List.of(Muscle.values()), model.muscles());
        CheckComboBox<Equipment> eq = filter("filter-equipment", "Equipment", List.of(Equipment.values()), model.equipment());
        CheckComboBox<Fault> fault = filter("filter-fault", "Fault", List.of(Fault.values()), model.faults());
        CheckComboBox<Origin> source = filter("filter-source", "Source", List.of(Origin.values()), model.origins());
        ToggleButton fav = new ToggleButton("Favourites only", new FontIcon("mdi2s-star-outline"));
        fav.setId("favourites-only");
        fav.selectedProperty().bindBidirectional(model.favouritesOnlyProperty());
        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.getStyleClass().add("flat");
        clear.visibleProperty().bind(model.filteredBinding());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> actions.clearFilters());
        FlowPane row = new FlowPane(8, 8, cat, mus, eq, fault, source, fav, clear);
        row.getStyleClass().add("browse-filters");
        row.disableProperty().bind(model.loadedProperty().not());
        return row;
    }

    private static <T extends JsonId> CheckComboBox<T> filter(String id, String title, List<T> values, ObservableList<T> picked) {
        CheckComboBox<T> c = CheckCombos.create(id, title, values, picked);
        c.getStyleClass().add("filter");
        // the combo would otherwise grow to its longest item ("Adductors (inner thigh)")
        c.setPrefWidth(170);
        c.setMaxWidth(170);
        return c;
    }

    private Node createBanner() {
        VBox box = new VBox(4);
        box.setId("library-banner");
        box.getStyleClass().add("banner");
        Label title = new Label();
        title.setId("library-banner-title");
        title.getStyleClass().add("banner-title");
        title.setWrapText(true);
        Label detail = new Label();
        detail.setId("library-banner-detail");
        detail.setWrapText(true);
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        detail.visibleProperty().bind(detail.managedProperty());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText("Dismiss");
        close.setOnAction(e -> model.showBanner(null));
        VBox texts = new VBox(4, title, detail);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(8, texts, close);
        box.getChildren().add(row);
        Runnable update = () -> {
            BrowseModel.Banner b = model.bannerProperty().get();
            box.setVisible(b != null);
            box.setManaged(b != null);
            box.getStyleClass().removeAll("banner-error", "banner-ok");
            if (b != null) {
                box.getStyleClass().add(b.error() ? "banner-error" : "banner-ok");
                title.setText(b.title());
                detail.setText(b.detail());
            }
        };
        model.bannerProperty().addListener((o, a, b) -> update.run());
        update.run();
        return box;
    }

    private Node createList() {
        list.setId("library-results");
        list.getStyleClass().add("library-results");
        list.setItems(model.rows());
        list.setCellFactory(v -> new RowCell(actions));
        list.setFixedCellSize(58);
        Label loading = new Label("Loading exercises…");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        VBox loadingBox = new VBox(10, spinner, loading);
        loadingBox.setAlignment(Pos.CENTER);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.loadErrorProperty().get().isEmpty()) {
                return model.loadErrorProperty().get();
            }
            String q = model.queryProperty().get();
            return q == null || q.isBlank()
                    ? (model.favouritesOnlyProperty().get() ? "No favourites yet. Star an exercise on its page to keep it here."
                    : "No exercise matches these filters.")
                    : "No exercise matches \u201c" + q.strip() + "\u201d" + (model.filteredBinding().get() ? " with these filters." : ".");
        }, model.queryProperty(), model.loadErrorProperty(), model.favouritesOnlyProperty(), model.filteredBinding()));
        Button clear = new Button("Clear the search and filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            model.queryProperty().set("");
            actions.clearFilters();
        });
        clear.visibleProperty().bind(model.loadErrorProperty().isEmpty());
        VBox emptyBox = new VBox(8, empty, clear);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setMaxWidth(420);
        StackPane placeholder = new StackPane();
        placeholder.setId("library-placeholder");
        Runnable ph = () -> placeholder.getChildren().setAll(
                model.loadedProperty().get() || !model.loadErrorProperty().get().isEmpty() ? emptyBox : loadingBox);
        model.loadedProperty().addListener((o, a, b) -> ph.run());
        model.loadErrorProperty().addListener((o, a, b) -> ph.run());
        ph.run();
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /** Name and a star on the left; what kind of exercise and where it came from on the right. */
    private static final class RowCell extends ListCell<BrowseModel.Row> {
        private final FontIcon star = new FontIcon("mdi2s-star");
        private final Label name = new Label();
        private final Label sub = new Label();
        private final Label source = new Label();
        private final Label category = new Label();
        private final HBox box;

        RowCell(Actions actions) {
            star.getStyleClass().add("row-star");
            StackPane starBox = new StackPane(star);
            starBox.setMinWidth(22);
            starBox.setPrefWidth(22);
            name.getStyleClass().add("row-name");
            sub.getStyleClass().addAll("row-sub", "text-muted");
            name.setMinWidth(0);
            sub.setMinWidth(0);
            formcoach.ui.FullText.install(name);
            formcoach.ui.FullText.install(sub);
            VBox texts = new VBox(2, name, sub);
            texts.setAlignment(Pos.CENTER_LEFT);
            texts.setMinWidth(0);
            HBox.setHgrow(texts, Priority.ALWAYS);
            source.getStyleClass().addAll("chip", "chip-source");
            source.setMinWidth(Region.USE_PREF_SIZE);
            category.getStyleClass().add("chip");
            category.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(10, starBox, texts, source, category);
            box.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    actions.open(getItem().exercise());
                }
            });
        }

        @Override
        protected void updateItem(BrowseModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Exercise e = row.exercise();
            star.setVisible(row.favourite());
            name.setText(e.name());
            String equipment = e.equipment().stream().map(Equipment::displayName).collect(Collectors.joining(", "));
            String also = row.alsoCalled().isEmpty() ? "" : "also called \u201c" + row.alsoCalled() + "\u201d";
            sub.setText(equipment.isEmpty() ? also : also.isEmpty() ? equipment : equipment + "  ·  " + also);
            boolean foreign = e.source() != Source.BUILTIN;
            source.setText(foreign ? e.source().displayName() : "");
            source.setVisible(foreign);
            source.setManaged(foreign);
            source.getStyleClass().removeAll("chip-custom", "chip-imported");
            source.getStyleClass().add(e.source() == Source.CUSTOM ? "chip-custom" : "chip-imported");
            category.setText(e.category() == null ? "" : e.category().displayName());
            category.getStyleClass().removeIf(s -> s.startsWith("chip-cat-"));
            if (e.category() != null) {
                category.getStyleClass().add("chip-cat-" + e.category().id());
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(e.name() + (row.favourite() ? ", favourite" : "") + ", " + category.getText());
        }
    }
}

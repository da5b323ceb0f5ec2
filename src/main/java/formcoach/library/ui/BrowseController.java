package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.library.LibraryException;
import formcoach.library.Problem;
import formcoach.ui.UiContext;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Wires the browse screen: search as you type, keyboard moves between field and list, import/export off the FX thread. */
final class BrowseController {
    /** What browse asks of the section that holds it. */
    interface Host {
        void open(Exercise e);

        void beforeYouLift();

        void newExercise();
    }

    private final UiContext ctx;
    private final FilePicker files;
    private final BrowseModel model = new BrowseModel();
    private final BrowseInteractor interactor = new BrowseInteractor(model);
    private final BrowseViewBuilder builder;
    private final Region view;

    BrowseController(UiContext ctx, FilePicker files, Host host) {
        this.ctx = ctx;
        this.files = files;
        this.builder = new BrowseViewBuilder(model, new BrowseViewBuilder.Actions() {
            @Override
            public void open(Exercise e) {
                host.open(e);
            }

            @Override
            public void beforeYouLift() {
                host.beforeYouLift();
            }

            @Override
            public void newExercise() {
                host.newExercise();
            }

            @Override
            public void importFile() {
                BrowseController.this.importFile();
            }

            @Override
            public void export(boolean customOnly) {
                BrowseController.this.export(customOnly);
            }

            @Override
            public void clearFilters() {
                BrowseController.this.clearFilters();
            }
        });
        this.view = builder.build();
        model.queryProperty().addListener((o, a, b) -> interactor.refresh());
        model.favouritesOnlyProperty().addListener((o, a, b) -> interactor.refresh());
        ListChangeListener<Object> refilter = c -> interactor.refresh();
        model.categories().addListener(refilter);
        model.muscles().addListener(refilter);
        model.equipment().addListener(refilter);
        model.faults().addListener(refilter);
        model.origins().addListener(refilter);
        wireKeys(host);
    }

    Region view() {
        return view;
    }

    BrowseModel model() {
        return model;
    }

    TextField searchField() {
        return builder.search();
    }

    ListView<BrowseModel.Row> list() {
        return builder.list();
    }

    void attach(Library library) {
        interactor.attach(library);
    }

    void loadFailed(String message) {
        interactor.loadFailed(message);
    }

    /** Coming back to the list: stars and custom exercises may have changed meanwhile. */
    void shown() {
        Exercise selected = list().getSelectionModel().getSelectedItem() == null ? null
                : list().getSelectionModel().getSelectedItem().exercise();
        interactor.refresh();
        if (selected != null) {
            for (int i = 0; i < model.rows().size(); i++) {
                if (model.rows().get(i).exercise().id().equals(selected.id())) {
                    list().getSelectionModel().select(i);
                    list().scrollTo(Math.max(0, i - 3));
                    break;
                }
            }
        }
    }

    void focusSearch() {
        TextField f = searchField();
        f.requestFocus();
        f.selectAll();
    }

    void clearFilters() {
        model.categories().clear();
        model.muscles().clear();
        model.equipment().clear();
        model.faults().clear();
        model.origins().clear();
        model.favouritesOnlyProperty().set(false);
    }

    private void wireKeys(Host host) {
        TextField field = searchField();
        ListView<BrowseModel.Row> list = list();
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !model.rows().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !model.rows().isEmpty()
                    && (!field.getText().isBlank() || list.getSelectionModel().getSelectedItem() != null)) {
                // Enter on a search opens its best match; on an empty field it would open an arbitrary first row
                BrowseModel.Row r = list.getSelectionModel().getSelectedItem();
                host.open((r == null ? model.rows().get(0) : r).exercise());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        // a new search starts at its best match
        model.queryProperty().addListener((o, a, b) -> {
            if (!model.rows().isEmpty()) {
                list.getSelectionModel().clearSelection();
                list.scrollTo(0);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                field.requestFocus();
                field.end();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                host.open(list.getSelectionModel().getSelectedItem().exercise());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.BACK_SPACE) {
                field.requestFocus();
                field.end();
                if (e.getCode() == KeyCode.BACK_SPACE) {
                    field.deletePreviousChar();
                }
                e.consume();
            }
        });
        // typing while the list has focus goes on typing into the search
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (!e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && ch != null && ch.length() == 1
                    && !Character.isISOControl(ch.charAt(0)) && ch.charAt(0) != ' ') {
                field.requestFocus();
                field.end();
                field.insertText(field.getCaretPosition(), ch);
                e.consume();
            }
        });
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    void importFile() {
        Optional<Path> file = files.chooseImport(window());
        file.ifPresent(this::importFile);
    }

    void importFile(Path file) {
        model.startWork();
        model.showBanner(new BrowseModel.Banner(false, "Importing " + file.getFileName() + "…", ""));
        Fx.background(ctx.executor(), () -> interactor.importFile(file), report -> {
            model.endWork();
            interactor.showImport(report);
        }, error -> {
            model.endWork();
            interactor.showImportRefused(refusal(error));
        });
    }

    /** The core's message names the first bad record and field; a few more problems follow on their own lines. */
    static String refusal(Throwable error) {
        if (error instanceof LibraryException le && le.problems().size() > 1) {
            String more = le.problems().stream().skip(1).limit(4).map(Problem::toString).collect(Collectors.joining("\n"));
            return le.getMessage() + "\n" + more + (le.problems().size() > 5 ? "\n…" : "");
        }
        return Fx.message(error);
    }

    void export(boolean customOnly) {
        files.chooseExport(window(), BrowseInteractor.suggestedExportName(customOnly)).ifPresent(p -> export(p, customOnly));
    }

    void export(Path file, boolean customOnly) {
        model.startWork();
        Fx.background(ctx.executor(), () -> interactor.export(file, customOnly), n -> {
            model.endWork();
            interactor.showExport(n, file, customOnly);
        }, error -> {
            model.endWork();
            interactor.showExportFailed(Fx.message(error));
        });
    }
}

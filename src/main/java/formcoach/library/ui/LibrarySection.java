package formcoach.library.ui;

import formcoach.ui.Focus;
import formcoach.ui.Stylesheets;
import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.ui.Notices;
import formcoach.ui.Section;
import formcoach.ui.UiContext;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The Library on the rail: browse and search, an exercise's page, "before you lift" and the form for
 * the person's own exercises. The list is on screen at once and fills in when the library has loaded
 * in the background; nothing here waits on the FX thread.
 *
 * <p>Pages form a history: Back (Alt+Left, Backspace, Esc) returns to the page before, ending at the
 * list with its search and filters as they were.
 *
 * <p>In a window {@value #SIDE_BY_SIDE_FROM} px wide or wider the list and the lift stand side by side:
 * the list on the left, and on the right the lift picked in it (moving through the list with the arrows
 * changes the lift; Enter or Tab goes into it). In a narrower window the list and a lift's page take
 * turns. Resizing across the width keeps the search, the filters, the pick and the focus.
 */
public final class LibrarySection implements Section {
    static final String STYLESHEET = "/formcoach/library/ui/library.css";
    /** The window width (px) from which the list and the lift stand side by side. */
    static final double SIDE_BY_SIDE_FROM = 1600;
    /** How many load problems get a notice of their own before the rest are counted. */
    private static final int NOTICES_SHOWN = 3;

    enum Kind { BROWSE, DETAIL, FORM, CARDS }

    record Place(Kind kind, String id) {
        static final Place BROWSE = new Place(Kind.BROWSE, "");
    }

    private final UiContext ctx;
    private final StackPane root = new StackPane();
    /** Side by side: the list (in {@link #listPane}) and the lift ({@link #liftPane}). */
    private final HBox split = new HBox();
    private final StackPane listPane = new StackPane();
    private final StackPane liftPane = new StackPane();
    private final Node liftHint = liftHint();
    private final BrowseController browse;
    private final Deque<Place> history = new ArrayDeque<>();
    private Place current = Place.BROWSE;
    private Library library;
    private DetailController detail;
    private CueCardsController cards;
    private ExerciseFormController form;
    /** An exercise asked for (by the navigator) before the library had loaded. */
    private String pendingOpen;
    /** True while the window is wide enough for the list and the lift side by side. */
    private boolean wide;
    /** The lift on the right when side by side (null: none picked yet). */
    private String liftShown;

    public LibrarySection(UiContext ctx, CompletableFuture<Library> library) {
        this(ctx, library, new FxFilePicker());
    }

    LibrarySection(UiContext ctx, CompletableFuture<Library> library, FilePicker files) {
        this.ctx = Objects.requireNonNull(ctx);
        this.browse = new BrowseController(ctx, files, new BrowseController.Host() {
            @Override
            public void open(Exercise e) {
                go(new Place(Kind.DETAIL, e.id()));
            }

            @Override
            public void beforeYouLift() {
                LibrarySection.this.beforeYouLift();
            }

            @Override
            public void newExercise() {
                LibrarySection.this.newExercise();
            }
        });
        root.getStyleClass().add("library-section");
        root.getStylesheets().add(Stylesheets.of(LibrarySection.class, STYLESHEET));
        root.getChildren().setAll(browse.view());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        split.getStyleClass().add("library-split");
        split.setId("library-split");
        listPane.getStyleClass().add("library-split-list");
        liftPane.getStyleClass().add("library-split-lift");
        HBox.setHgrow(liftPane, Priority.ALWAYS);
        listPane.setMinWidth(Region.USE_PREF_SIZE);
        listPane.setMaxWidth(Region.USE_PREF_SIZE);
        split.getChildren().setAll(listPane, liftPane);
        browse.list().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> picked(row));
        watchWindowWidth();
        library.whenComplete((lib, error) -> Fx.later(() -> {
            if (error != null) {
                loadFailed(error);
            } else {
                loaded(lib);
            }
        }));
    }

    @Override
    public String id() {
        return "library";
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (current.kind() == Kind.BROWSE) {
            browse.shown();
            // at once, not later: a key typed right after the switch (Ctrl+1) may already be queued ahead
            // of anything run later, and would go to the node that had the focus in the section left behind
            Focus.whenInScene(browse.view(), browse::focusSearch);
        } else if (current.kind() == Kind.DETAIL && detail != null) {
            Focus.whenInScene(detail.view(), detail::focusStart);
        }
    }

    @Override
    public void open(String exerciseId) {
        if (exerciseId == null || exerciseId.isBlank()) {
            return;
        }
        if (library == null) {
            pendingOpen = exerciseId;
            return;
        }
        if (library.find(exerciseId).isEmpty()) {
            ctx.notices().post(Notices.Kind.INFO, "The library has no exercise with the id '" + exerciseId + "'.");
            return;
        }
        history.clear();
        history.push(Place.BROWSE);
        show(new Place(Kind.DETAIL, exerciseId));
    }

    // ------------------------------------------------------------------ loading

    private void loaded(Library lib) {
        library = lib;
        // the lift's page, the cue cards and the exercise form are built when first needed: the
        // list is what start-up shows, and the other pages cost the window ~150 ms to build
        browse.attach(lib);
        reportProblems(lib.problems());
        if (pendingOpen != null) {
            String id = pendingOpen;
            pendingOpen = null;
            open(id);
        }
    }

    /** The lift's page, built at its first use (the library has loaded). */
    private DetailController detailPage() {
        if (detail == null) {
            detail = new DetailController(ctx, library, new DetailController.Host() {
                @Override
                public void back() {
                    LibrarySection.this.back();
                }

                @Override
                public void openExercise(String id) {
                    go(new Place(Kind.DETAIL, id));
                }

                @Override
                public void edit(Exercise e) {
                    go(new Place(Kind.FORM, e.id()));
                    formPage().startEdit(e);
                }

                @Override
                public void duplicate(Exercise e) {
                    go(new Place(Kind.FORM, ""));
                    formPage().startDuplicate(e);
                }

                @Override
                public void deleted(String id) {
                    history.removeIf(p -> p.kind() == Kind.DETAIL && p.id().equals(id));
                    if (id.equals(liftShown)) {
                        liftShown = null;
                    }
                    current = Place.BROWSE;
                    back();
                }
            });
        }
        return detail;
    }

    /** The "before you lift" cue cards, built at their first use. */
    private CueCardsController cardsPage() {
        if (cards == null) {
            cards = new CueCardsController(ctx, library, this::back);
        }
        return cards;
    }

    /** The exercise form, built at its first use. */
    private ExerciseFormController formPage() {
        if (form == null) {
            form = new ExerciseFormController(ctx, library, new ExerciseFormController.Host() {
                @Override
                public void cancelForm() {
                    back();
                }

                @Override
                public void saved(Exercise e) {
                    Place p = new Place(Kind.DETAIL, e.id());
                    if (p.equals(history.peek())) {
                        history.pop();
                    }
                    show(p);
                }
            });
        }
        return form;
    }

    private void loadFailed(Throwable error) {
        String msg = "The exercise library could not be loaded: " + Fx.message(error)
                + " Nothing stored was changed; start Form Coach again to retry.";
        browse.loadFailed(msg);
        ctx.notices().post(Notices.Kind.ERROR, msg);
    }

    private void reportProblems(List<String> problems) {
        for (int i = 0; i < Math.min(NOTICES_SHOWN, problems.size()); i++) {
            ctx.notices().post(Notices.Kind.WARNING, "Library: " + problems.get(i));
        }
        if (problems.size() > NOTICES_SHOWN) {
            ctx.notices().post(Notices.Kind.WARNING, "Library: " + (problems.size() - NOTICES_SHOWN)
                    + " more problems; `formcoach library check` lists them all.");
        }
    }

    // ------------------------------------------------------------------ pages

    private void go(Place p) {
        history.push(current);
        show(p);
    }

    void back() {
        while (!history.isEmpty()) {
            Place p = history.pop();
            // a page whose exercise is gone (deleted meanwhile) is skipped
            if (p.kind() != Kind.DETAIL || library.find(p.id()).isPresent()) {
                show(p);
                return;
            }
        }
        show(Place.BROWSE);
    }

    private void show(Place p) {
        current = p;
        switch (p.kind()) {
            case BROWSE -> {
                browse.shown();
                arrange();
                if (wide && !browse.list().getSelectionModel().isEmpty()) {
                    // back from the lift beside the list: on in the list where it was
                    Focus.whenInScene(browse.list(), browse.list()::requestFocus);
                } else {
                    Focus.whenInScene(browse.view(), browse::focusSearch);
                }
            }
            case DETAIL -> {
                if (!detailPage().show(p.id())) {
                    back();
                    return;
                }
                liftShown = p.id();
                if (wide) {
                    selectInList(p.id());
                }
                arrange();
                Focus.whenInScene(detail.view(), detail::focusStart);
            }
            case FORM, CARDS -> arrange();
        }
    }

    /** Puts the current page on screen: alone, or the list and the lift side by side when the window is wide. */
    private void arrange() {
        Node page = switch (current.kind()) {
            case BROWSE, DETAIL -> wide ? split : current.kind() == Kind.BROWSE ? browse.view() : detailPage().view();
            case FORM -> formPage().view();
            case CARDS -> cardsPage().view();
        };
        if (page == split) {
            if (listPane.getChildren().isEmpty() || listPane.getChildren().get(0) != browse.view()) {
                listPane.getChildren().setAll(browse.view());
            }
            Node lift = liftShown != null && detail != null ? detail.view() : liftHint;
            if (liftPane.getChildren().isEmpty() || liftPane.getChildren().get(0) != lift) {
                liftPane.getChildren().setAll(lift);
            }
        }
        if (root.getChildren().size() != 1 || root.getChildren().get(0) != page) {
            root.getChildren().setAll(page);
        }
    }

    // ------------------------------------------------------------------ side by side

    /** Follows the width of the window (the scene's root), switching between side by side and one page at a time. */
    private void watchWindowWidth() {
        javafx.beans.value.ChangeListener<Number> onWidth = (o, a, w) -> setWide(w.doubleValue() >= SIDE_BY_SIDE_FROM);
        Region[] watched = {null};
        javafx.beans.value.ChangeListener<javafx.scene.Parent> onRoot = (o, a, r) -> {
            if (watched[0] != null) {
                watched[0].widthProperty().removeListener(onWidth);
            }
            watched[0] = r instanceof Region region ? region : null;
            if (watched[0] != null) {
                watched[0].widthProperty().addListener(onWidth);
                setWide(watched[0].getWidth() >= SIDE_BY_SIDE_FROM);
            }
        };
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.rootProperty().removeListener(onRoot);
            }
            if (scene != null) {
                scene.rootProperty().addListener(onRoot);
            }
            onRoot.changed(null, null, scene == null ? null : scene.getRoot());
        });
    }

    private void setWide(boolean now) {
        if (now == wide) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        wide = now;
        listPane.setPrefWidth(now ? listWidth() : Region.USE_COMPUTED_SIZE);
        if (now && current.kind() == Kind.DETAIL) {
            selectInList(current.id());
        } else if (now && current.kind() == Kind.BROWSE) {
            picked(browse.list().getSelectionModel().getSelectedItem());
        }
        arrange();
        // moving the list between parents takes it out of the scene for a moment, and the focus with it
        if (focus != null && focus.getScene() == root.getScene() && root.getScene().getFocusOwner() != focus) {
            focus.requestFocus();
        }
    }

    /** Wide enough for three filters in a row and the rows' chips, leaving the lift most of the window. */
    private double listWidth() {
        return 600;
    }

    /** A row picked in the list (by the arrows or a click): side by side, its lift shows on the right. */
    private void picked(BrowseModel.Row row) {
        if (!wide || row == null || library == null
                || (current.kind() != Kind.BROWSE && current.kind() != Kind.DETAIL)) {
            return;
        }
        String id = row.exercise().id();
        if (id.equals(liftShown) || detailPage().show(id)) {
            liftShown = id;
            if (current.kind() == Kind.DETAIL) {
                current = new Place(Kind.DETAIL, id);
            }
            arrange();
        }
    }

    private void selectInList(String id) {
        var rows = browse.list().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).exercise().id().equals(id)) {
                if (browse.list().getSelectionModel().getSelectedIndex() != i) {
                    browse.list().getSelectionModel().select(i);
                    browse.list().scrollTo(Math.max(0, i - 3));
                }
                return;
            }
        }
    }

    private static Node liftHint() {
        Label head = new Label("Pick a lift in the list");
        head.getStyleClass().add("title-3");
        Label how = new Label("Its page opens here. From the search, \u2193 goes into the list, \u2191 \u2193 change the lift, "
                + "and Enter or Tab goes into its page.");
        how.setWrapText(true);
        how.getStyleClass().add("text-muted");
        FontIcon icon = new FontIcon("mdi2a-arrow-left");
        icon.getStyleClass().add("lift-hint-icon");
        VBox box = new VBox(10, icon, head, how);
        box.setId("library-lift-hint");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.setPadding(new Insets(24));
        return new StackPane(box);
    }

    private void beforeYouLift() {
        if (library == null) {
            return;
        }
        go(new Place(Kind.CARDS, ""));
        cardsPage().start();
    }

    private void newExercise() {
        if (library == null) {
            return;
        }
        go(new Place(Kind.FORM, ""));
        formPage().startNew();
    }

    private void onKey(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            if (current.kind() != Kind.FORM) {
                if (current.kind() != Kind.BROWSE) {
                    history.clear();
                    show(Place.BROWSE);
                }
                browse.focusSearch();
                e.consume();
            }
        }
    }

    // ------------------------------------------------------------------ for tests in this package

    Place current() {
        return current;
    }

    boolean sideBySide() {
        return wide;
    }

    /** The lift on the right when side by side, or null. */
    String liftShown() {
        return wide && root.getChildren().contains(split) && liftPane.getChildren().contains(detail == null ? null : detail.view())
                ? liftShown : null;
    }

    BrowseController browse() {
        return browse;
    }

    /** The pages beyond the list built so far ("detail", "cards", "form"), without building any. */
    java.util.Set<String> pagesBuilt() {
        java.util.Set<String> built = new java.util.TreeSet<>();
        if (detail != null) {
            built.add("detail");
        }
        if (cards != null) {
            built.add("cards");
        }
        if (form != null) {
            built.add("form");
        }
        return built;
    }

    DetailController detail() {
        return library == null ? null : detailPage();
    }

    CueCardsController cards() {
        return library == null ? null : cardsPage();
    }

    ExerciseFormController form() {
        return library == null ? null : formPage();
    }

    Library library() {
        return library;
    }
}

package formcoach.library.ui;

import formcoach.ui.Stylesheets;
import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.ui.Notices;
import formcoach.ui.Section;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

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
 */
public final class LibrarySection implements Section {
    static final String STYLESHEET = "/formcoach/library/ui/library.css";
    /** How many load problems get a notice of their own before the rest are counted. */
    private static final int NOTICES_SHOWN = 3;

    enum Kind { BROWSE, DETAIL, FORM, CARDS }

    record Place(Kind kind, String id) {
        static final Place BROWSE = new Place(Kind.BROWSE, "");
    }

    private final UiContext ctx;
    private final StackPane root = new StackPane();
    private final BrowseController browse;
    private final Deque<Place> history = new ArrayDeque<>();
    private Place current = Place.BROWSE;
    private Library library;
    private DetailController detail;
    private CueCardsController cards;
    private ExerciseFormController form;
    /** An exercise asked for (by the navigator) before the library had loaded. */
    private String pendingOpen;

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
    public String title() {
        return "Library";
    }

    @Override
    public String icon() {
        return "mdi2d-dumbbell";
    }

    @Override
    public KeyCode shortcut() {
        return KeyCode.DIGIT1;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (current.kind() == Kind.BROWSE) {
            browse.shown();
            Platform.runLater(browse::focusSearch);
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
        detail = new DetailController(ctx, lib, new DetailController.Host() {
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
                form.startEdit(e);
            }

            @Override
            public void duplicate(Exercise e) {
                go(new Place(Kind.FORM, ""));
                form.startDuplicate(e);
            }

            @Override
            public void deleted(String id) {
                history.removeIf(p -> p.kind() == Kind.DETAIL && p.id().equals(id));
                current = Place.BROWSE;
                back();
            }
        });
        cards = new CueCardsController(ctx, lib, this::back);
        form = new ExerciseFormController(ctx, lib, new ExerciseFormController.Host() {
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
        browse.attach(lib);
        reportProblems(lib.problems());
        if (pendingOpen != null) {
            String id = pendingOpen;
            pendingOpen = null;
            open(id);
        }
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
                root.getChildren().setAll(browse.view());
                browse.shown();
                Platform.runLater(browse::focusSearch);
            }
            case DETAIL -> {
                if (!detail.show(p.id())) {
                    back();
                    return;
                }
                root.getChildren().setAll(detail.view());
                Platform.runLater(detail::focusStart);
            }
            case FORM -> root.getChildren().setAll(form.view());
            case CARDS -> root.getChildren().setAll(cards.view());
        }
    }

    private void beforeYouLift() {
        if (library == null) {
            return;
        }
        go(new Place(Kind.CARDS, ""));
        cards.start();
    }

    private void newExercise() {
        if (library == null) {
            return;
        }
        go(new Place(Kind.FORM, ""));
        form.startNew();
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

    BrowseController browse() {
        return browse;
    }

    DetailController detail() {
        return detail;
    }

    CueCardsController cards() {
        return cards;
    }

    ExerciseFormController form() {
        return form;
    }

    Library library() {
        return library;
    }
}

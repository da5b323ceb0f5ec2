package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.ui.UiContext;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/** Wires an exercise's page: star and delete are saved off the FX thread; links and Back go through the host. */
final class DetailController {
    interface Host {
        void back();

        void openExercise(String id);

        void edit(Exercise e);

        void duplicate(Exercise e);

        void deleted(String id);
    }

    private final UiContext ctx;
    private final Host host;
    private final DetailModel model = new DetailModel();
    private final DetailInteractor interactor;
    private final FeelPanel feel;
    private final DetailViewBuilder builder;
    private final Region view;

    DetailController(UiContext ctx, Library library, Host host) {
        this.ctx = ctx;
        this.host = host;
        this.interactor = new DetailInteractor(library, model);
        this.feel = new FeelPanel(interactor.feel());
        feel.setOnOpenExercise(host::openExercise);
        this.builder = new DetailViewBuilder(model, new DetailViewBuilder.Actions() {
            @Override
            public void back() {
                host.back();
            }

            @Override
            public void toggleStar() {
                DetailController.this.toggleStar();
            }

            @Override
            public void edit() {
                host.edit(model.exercise());
            }

            @Override
            public void duplicate() {
                host.duplicate(model.exercise());
            }

            @Override
            public void askDelete() {
                model.askDelete();
            }

            @Override
            public void confirmDelete() {
                DetailController.this.delete();
            }

            @Override
            public void cancelDelete() {
                model.dismissDelete();
            }

            @Override
            public void open(String exerciseId) {
                host.openExercise(exerciseId);
            }
        }, feel);
        this.view = builder.build();
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    Region view() {
        return view;
    }

    /** Gives the keyboard to the page's first control, so a keyboard user sees at once where they are. */
    void focusStart() {
        // the scroll pane puts its content into the scene only once it has a skin; before that the
        // request would be dropped and the scene would hand focus to the rail instead
        view.applyCss();
        builder.firstFocus().requestFocus();
    }

    DetailModel model() {
        return model;
    }

    FeelPanel feel() {
        return feel;
    }

    /** False when the exercise is not (or no longer) in the library. */
    boolean show(String id) {
        return interactor.show(id);
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean back = (e.getCode() == KeyCode.LEFT && e.isAltDown())
                || (!typing && (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.ESCAPE));
        if (back) {
            if (model.confirmingDeleteProperty().get() && e.getCode() == KeyCode.ESCAPE) {
                model.dismissDelete();
            } else {
                host.back();
            }
            e.consume();
        }
    }

    void toggleStar() {
        Exercise ex = model.exercise();
        if (ex == null) {
            return;
        }
        // the star turns at once; the saved answer confirms it, a failed save turns it back
        boolean before = model.favouriteProperty().get();
        model.showFavourite(!before);
        Fx.background(ctx.executor(), () -> interactor.toggleFavourite(ex.id()), now -> {
            if (ex.equals(model.exercise())) {
                model.showFavourite(now);
            }
        }, error -> {
            if (ex.equals(model.exercise())) {
                model.showFavourite(before);
                model.showMessage("The star was not saved: " + Fx.message(error));
            }
        });
    }

    void delete() {
        Exercise ex = model.exercise();
        if (ex == null) {
            return;
        }
        model.dismissDelete();
        Fx.background(ctx.executor(), () -> {
            interactor.delete(ex.id());
            return ex.id();
        }, host::deleted, error -> model.showMessage(Fx.message(error)));
    }
}

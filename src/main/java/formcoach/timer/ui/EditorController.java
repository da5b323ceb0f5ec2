package formcoach.timer.ui;

import formcoach.store.StoreException;
import formcoach.timer.Routine;
import formcoach.timer.RoutineException;
import formcoach.timer.Routines;
import formcoach.timer.TimerExercises;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * Wires the routine editor. Saving and duplicating write the routines file on the background
 * executor; the editor is disabled until the result is back.
 */
final class EditorController {
    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ctx;
    private final EditorModel model = new EditorModel();
    private final EditorInteractor interactor;
    private final Region view;
    private Routines routines;
    /** back to the picker: the routine to select (or null) and a message */
    private BiConsumer<String, String> onClose = (id, msg) -> { };

    EditorController(UiContext ctx, TimerExercises exercises) {
        this.ctx = ctx;
        this.interactor = new EditorInteractor(model, exercises);
        this.view = new EditorViewBuilder(model, exercises, new EditorViewBuilder.Actions(
                this::save,
                this::cancel,
                this::duplicate,
                model::openAdd,
                model::closeAdd,
                this::addStep,
                interactor::removeSelected,
                interactor::moveSelected,
                interactor::select,
                this::discard,
                this::keepEditing)).build();
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    Region view() {
        return view;
    }

    EditorModel model() {
        return model;
    }

    void setOnClose(BiConsumer<String, String> c) {
        onClose = c;
    }

    void setRoutines(Routines r) {
        routines = r;
        interactor.setValidator(r.validator());
    }

    void edit(Routine r) {
        interactor.setLeadIn(ctx.settings().leadInSeconds());
        interactor.edit(r, routines.isBuiltin(r.id()));
    }

    void create() {
        interactor.setLeadIn(ctx.settings().leadInSeconds());
        interactor.create();
    }

    void select(int stepIndex) {
        interactor.select(stepIndex);
    }

    void focus() {
        view.lookup("#editor-name").requestFocus();
    }

    /** Cancel: leaves at once when nothing was changed, else asks first ("Discard your changes?"). */
    void cancel() {
        if (interactor.dirty() && !model.confirmingDiscardProperty().get()) {
            model.askDiscard();
            // at once, not later: an Enter typed right after Cancel must answer the question, not reach
            // the hidden Cancel
            focusNow("#editor-keep-editing");
            return;
        }
        discard();
    }

    /** Leaves without saving (after the person said so). */
    void discard() {
        model.dismissDiscard();
        onClose.accept(model.idProperty().get(), null);
    }

    void keepEditing() {
        model.dismissDiscard();
        view.lookup("#editor-name").requestFocus();
    }

    /** A step was picked in "Add step": it is added after the selected one and the keyboard goes to its name. */
    private void addStep(formcoach.timer.TimerExercises.ExerciseRef e) {
        interactor.addStep(e);
        // at once, not later: the keys typed right after Enter belong in the new step's name
        focusNow("#editor-step-name");
    }

    private void focusNow(String id) {
        javafx.scene.Node n = view.lookup(id);
        if (n != null) {
            formcoach.ui.Focus.now(view, n);
        }
    }

    private void onKey(KeyEvent e) {
        if (MOVE_UP.match(e) && model.editable().get()) {
            interactor.moveSelected(-1);
            e.consume();
        } else if (MOVE_DOWN.match(e) && model.editable().get()) {
            interactor.moveSelected(1);
            e.consume();
        } else if (SAVE.match(e)) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && model.addingProperty().get()) {
            model.closeAdd();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && model.confirmingDiscardProperty().get()) {
            keepEditing();
            e.consume();
        }
    }

    private void save() {
        if (!model.canSave().get() || !interactor.validate()) {
            return;
        }
        Routine draft = interactor.draft();
        model.setBusy(true);
        model.tell("");
        CompletableFuture.supplyAsync(() -> {
            try {
                return interactor.doSave(routines, draft);
            } catch (RoutineException | StoreException e) {
                throw new CompletionException(e);
            }
        }, ctx.executor()).whenComplete((saved, err) -> Platform.runLater(() -> {
            model.setBusy(false);
            if (err != null) {
                Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                model.tell("Not saved: " + cause.getMessage());
            } else {
                onClose.accept(saved.id(), "Saved " + saved.name() + ".");
            }
        }));
    }

    private void duplicate() {
        String id = model.idProperty().get();
        if (id == null) {
            return;
        }
        model.setBusy(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return routines.duplicate(id);
            } catch (RoutineException | StoreException e) {
                throw new CompletionException(e);
            }
        }, ctx.executor()).whenComplete((copy, err) -> Platform.runLater(() -> {
            model.setBusy(false);
            if (err != null) {
                Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                model.tell("Could not duplicate: " + cause.getMessage());
            } else {
                edit(copy);
                model.tell("This is your own copy; it is saved already. Change it and press Save.");
            }
        }));
    }
}

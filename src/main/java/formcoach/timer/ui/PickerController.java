package formcoach.timer.ui;

import formcoach.store.Settings;
import formcoach.timer.Routine;
import formcoach.timer.Routines;
import formcoach.timer.TimerExercises;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wires the picker: store operations run on the background executor with the buttons disabled
 * meanwhile (one change at a time, as {@link Routines} expects), results come back on the FX thread.
 */
final class PickerController {
    /** Where the picker's buttons lead. */
    record Exits(Consumer<Routine> start, Consumer<Routine> edit, Runnable create, Runnable tempo) {
    }

    private final UiContext ctx;
    private final FilePicker files;
    private final PickerModel model = new PickerModel();
    private final PickerInteractor interactor;
    private final Region view;
    private Exits exits;
    private String pendingSelect;

    PickerController(UiContext ctx, TimerExercises exercises, FilePicker files) {
        this.ctx = ctx;
        this.files = files;
        this.interactor = new PickerInteractor(model, exercises);
        interactor.showSettings(ctx.settings());
        this.view = new PickerViewBuilder(model, new PickerViewBuilder.Actions(
                () -> interactor.selectedRoutine().ifPresent(r -> exits.start().accept(r)),
                () -> interactor.selectedRoutine().ifPresent(r -> exits.edit().accept(r)),
                this::duplicate,
                () -> exits.create().run(),
                this::askDelete,
                this::delete,
                model::cancelDelete,
                this::importFile,
                this::exportFile,
                () -> exits.tempo().run(),
                this::saveSound,
                row -> {
                    model.select(row);
                    interactor.select(row, leadIn());
                })).build();
        // Enter starts the selected routine from the list too (a ListView keeps Enter for itself)
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && model.canStart().get() && model.confirmDeleteProperty().get().isEmpty()
                    && e.getTarget() instanceof ListView<?>) {
                e.consume();
                interactor.selectedRoutine().ifPresent(r -> exits.start().accept(r));
            }
        });
        ctx.settingsProperty().addListener((o, a, b) -> {
            if (a == null || a.leadInSeconds() != b.leadInSeconds()) {
                interactor.showSettings(b);
                if (interactor.routines() != null) {
                    interactor.refresh(selectedId(), b.leadInSeconds());
                }
            } else {
                interactor.showSettings(b);
            }
        });
    }

    void setExits(Exits e) {
        exits = e;
    }

    Region view() {
        return view;
    }

    PickerModel model() {
        return model;
    }

    Optional<Routine> selectedRoutine() {
        return interactor.selectedRoutine();
    }

    void loaded(Routines routines) {
        interactor.setRoutines(routines);
        interactor.refresh(pendingSelect, leadIn());
        pendingSelect = null;
    }

    /** Selects a routine by id (now, or once the routines are loaded). */
    void select(String id) {
        if (interactor.routines() == null) {
            pendingSelect = id;
        } else {
            interactor.refresh(id, leadIn());
        }
    }

    /** After an edit was saved elsewhere: show the list again with that routine selected. */
    void refresh(String selectId, String message) {
        if (interactor.routines() == null) {
            return;
        }
        interactor.refresh(selectId == null ? selectedId() : selectId, leadIn());
        model.tell(message == null ? "" : message, PickerModel.MessageKind.INFO);
    }

    /** Lists {@code id} first and selects it, with its one-line reason; nulls put the usual order back. */
    void preferFirst(String id, String reason) {
        String was = model.firstChoiceProperty().get();
        model.putFirst(id, reason);
        if (interactor.routines() != null && !java.util.Objects.equals(was, id)) {
            interactor.refresh(id != null ? id : selectedId(), leadIn());
        }
    }

    void loadFailed(String message) {
        model.tell(message, PickerModel.MessageKind.ERROR);
    }

    void focus() {
        view.lookup("#picker-list").requestFocus();
    }

    private String selectedId() {
        return model.selectedProperty().get() == null ? null : model.selectedProperty().get().id();
    }

    private int leadIn() {
        return ctx.settings().leadInSeconds();
    }

    private void duplicate() {
        String id = selectedId();
        if (id != null) {
            inBackground(() -> interactor.doDuplicate(id));
        }
    }

    private void askDelete() {
        PickerModel.RoutineRow row = model.selectedProperty().get();
        if (row != null && !row.builtin()) {
            model.askDelete("Delete " + row.name() + "? Your history keeps its sessions.");
        }
    }

    private void delete() {
        String id = selectedId();
        model.cancelDelete();
        if (id != null) {
            inBackground(() -> interactor.doDelete(id));
        }
    }

    private void importFile() {
        Optional<Path> file = files.openRoutine(view.getScene() == null ? null : view.getScene().getWindow());
        String keep = selectedId();
        file.ifPresent(f -> inBackground(() -> interactor.doImport(f, keep)));
    }

    private void exportFile() {
        Optional<Routine> r = interactor.selectedRoutine();
        if (r.isEmpty()) {
            return;
        }
        String id = r.get().id();
        files.saveRoutine(view.getScene() == null ? null : view.getScene().getWindow(), id + ".json")
                .ifPresent(f -> inBackground(() -> interactor.doExport(id, f)));
    }

    private void inBackground(Supplier<PickerInteractor.Outcome> work) {
        model.setBusy(true);
        model.clearMessage();
        ctx.inBackground(work).whenComplete((o, err) -> Platform.runLater(() -> {
            model.setBusy(false);
            if (err != null) {
                model.tell("Something went wrong: " + err.getMessage() + ". Your routines were left as they were.",
                        PickerModel.MessageKind.ERROR);
            } else {
                interactor.changed(o, leadIn());
            }
        }));
    }

    private void saveSound() {
        double v = model.volumeProperty().get() / 100.0;
        boolean m = model.mutedProperty().get();
        boolean voice = model.voiceProperty().get();
        Integer chosen = model.leadInProperty().get();
        int lead = chosen == null ? Settings.defaults().leadInSeconds() : chosen;
        Settings s = ctx.settings();
        if (Math.abs(s.volume() - v) < 1e-6 && s.muted() == m && s.voice() == voice && s.leadInSeconds() == lead) {
            return;
        }
        ctx.updateSettings(st -> st.withSound(v, m, voice).withLeadInSeconds(lead));
    }
}

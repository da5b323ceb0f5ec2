package formcoach.timer.ui;

import formcoach.store.Settings;
import formcoach.store.StoreException;
import formcoach.timer.Durations;
import formcoach.timer.Routine;
import formcoach.timer.RoutineException;
import formcoach.timer.RoutineKind;
import formcoach.timer.RoutineProblem;
import formcoach.timer.RoutineStep;
import formcoach.timer.Routines;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerPlan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The picker's only door to the core: lists routines from {@link Routines}, lays out the selected
 * one's steps and running time, and runs duplicate, delete, import and export. The methods named
 * {@code do...} touch the store and run on a background thread; they return what to show, which
 * {@link #changed} puts in the model on the FX thread.
 */
final class PickerInteractor {
    /** What a store operation wants shown: the routine to select and a message. */
    record Outcome(String selectId, String message, PickerModel.MessageKind kind) {
    }

    private final PickerModel model;
    private final TimerExercises exercises;
    private Routines routines;

    PickerInteractor(PickerModel model, TimerExercises exercises) {
        this.model = model;
        this.exercises = exercises;
    }

    void setRoutines(Routines r) {
        routines = r;
        model.markLoaded();
    }

    Routines routines() {
        return routines;
    }

    void showSettings(Settings s) {
        model.volumeProperty().set(Math.round(s.volume() * 100));
        model.mutedProperty().set(s.muted());
        model.voiceProperty().set(s.voice());
        model.leadInProperty().set(s.leadInSeconds());
    }

    /** Rebuilds the list, keeping (or moving to) {@code selectId}; falls back to the first routine. */
    void refresh(String selectId, int leadIn) {
        List<PickerModel.RoutineRow> rows = new ArrayList<>();
        // warm-ups first, then cool-downs, then the rest: the order of a training day
        List<Routine> ordered = new ArrayList<>(routines.builtins());
        ordered.sort(java.util.Comparator.comparing(r -> r.kind() == null ? RoutineKind.CUSTOM : r.kind()));
        ordered.addAll(routines.userRoutines());
        ordered.sort(java.util.Comparator.comparing(r -> !r.id().equals(model.firstChoiceProperty().get())));
        for (Routine r : ordered) {
            boolean valid = routines.validate(r).isEmpty();
            String total = valid ? Durations.words(totalSeconds(r, leadIn)) : "needs fixing";
            rows.add(new PickerModel.RoutineRow(r.id(), r.name(), r.kind(), routines.isBuiltin(r.id()), total, valid));
        }
        PickerModel.RoutineRow pick = rows.stream().filter(r -> r.id().equals(selectId)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0));
        model.showRoutines(rows, pick);
        select(pick, leadIn);
    }

    /** Fills the details for the selected row. */
    void select(PickerModel.RoutineRow row, int leadIn) {
        if (row == null) {
            model.showDetails("", "", List.of());
            model.showTotal("", "");
            return;
        }
        Routine r = routines.find(row.id()).orElseThrow();
        List<PickerModel.StepLine> lines = new ArrayList<>();
        for (int i = 0; i < r.steps().size(); i++) {
            RoutineStep s = r.steps().get(i);
            if (s == null) {
                continue;
            }
            String time = Durations.words(Math.max(0, s.seconds())) + (s.sides() == 2 ? " × 2 sides" : "");
            String reps = s.reps() == null ? "" : s.reps() + " reps";
            String cue = exercises.cueOf(s.exerciseId());
            lines.add(new PickerModel.StepLine(i + 1, s.name() == null ? "" : s.name(), time, reps, cue == null ? "" : cue));
        }
        model.showDetails(r.name(), r.description() == null ? "" : r.description(), lines);
        List<RoutineProblem> problems = routines.validate(r);
        if (problems.isEmpty()) {
            long total = totalSeconds(r, leadIn);
            model.showTotal("Takes " + Durations.words(total) + ": " + Durations.words(r.workSeconds())
                    + " of moves, plus " + leadIn + " s to get ready before each step"
                    + (hasTwoSides(r) ? " and " + TimerPlan.DEFAULT_SWITCH_SECONDS + " s to switch sides" : "") + ".", "");
        } else {
            model.showTotal("", "This routine cannot run until it is fixed: " + problems.get(0).text()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "") + ". Open it in the editor.");
        }
    }

    /** The routine as stored, for the timer and the editor. */
    Optional<Routine> selectedRoutine() {
        PickerModel.RoutineRow row = model.selectedProperty().get();
        return row == null ? Optional.empty() : routines.find(row.id());
    }

    boolean isBuiltin(String id) {
        return routines.isBuiltin(id);
    }

    // ------------------------------------------------ store operations (background thread)

    Outcome doDuplicate(String id) {
        try {
            Routine copy = routines.duplicate(id);
            return new Outcome(copy.id(), "Made your own copy: " + copy.name() + ". Edit it as you like.", PickerModel.MessageKind.INFO);
        } catch (RoutineException | StoreException e) {
            return new Outcome(id, "Could not duplicate: " + e.getMessage(), PickerModel.MessageKind.ERROR);
        }
    }

    Outcome doDelete(String id) {
        String name = routines.find(id).map(Routine::name).orElse(id);
        try {
            routines.delete(id);
            return new Outcome(null, "Deleted " + name + ".", PickerModel.MessageKind.INFO);
        } catch (RoutineException | StoreException e) {
            return new Outcome(id, "Could not delete " + name + ": " + e.getMessage(), PickerModel.MessageKind.ERROR);
        }
    }

    Outcome doImport(Path file, String keepSelected) {
        try {
            Routines.Imported imp = routines.importFrom(file);
            String msg = "Imported " + imp.routine().name() + ".";
            if (imp.idChanged()) {
                msg += imp.requestedId() == null || imp.requestedId().isBlank()
                        ? " It had no id, so it is now '" + imp.routine().id() + "'."
                        : " Its id '" + imp.requestedId() + "' was taken, so it is now '" + imp.routine().id() + "'.";
            }
            return new Outcome(imp.routine().id(), msg, PickerModel.MessageKind.INFO);
        } catch (RoutineException | StoreException e) {
            return new Outcome(keepSelected, "Import refused. " + e.getMessage(), PickerModel.MessageKind.ERROR);
        }
    }

    Outcome doExport(String id, Path file) {
        try {
            // the save dialog has already asked before replacing a file
            routines.exportTo(id, file, true);
            return new Outcome(id, "Exported to " + file + ".", PickerModel.MessageKind.INFO);
        } catch (RoutineException e) {
            return new Outcome(id, "Export failed: " + e.getMessage(), PickerModel.MessageKind.ERROR);
        }
    }

    /** Shows an outcome (FX thread). */
    void changed(Outcome o, int leadIn) {
        refresh(o.selectId(), leadIn);
        model.tell(o.message(), o.kind());
    }

    static long totalSeconds(Routine r, int leadIn) {
        return TimerPlan.of(r, leadIn, TimerPlan.DEFAULT_SWITCH_SECONDS).totalNanos() / 1_000_000_000L;
    }

    private static boolean hasTwoSides(Routine r) {
        return r.steps().stream().anyMatch(s -> s != null && s.sides() == 2);
    }
}

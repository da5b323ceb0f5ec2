package formcoach.timer.ui;

import formcoach.store.StoreException;
import formcoach.timer.Durations;
import formcoach.timer.Routine;
import formcoach.timer.RoutineException;
import formcoach.timer.RoutineKind;
import formcoach.timer.RoutineProblem;
import formcoach.timer.RoutineStep;
import formcoach.timer.RoutineValidator;
import formcoach.timer.Routines;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerExercises.ExerciseRef;
import formcoach.timer.TimerPlan;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editor's door to the core: fills the model from a routine, re-checks the whole routine with
 * {@link RoutineValidator} on every change and puts each message beside its field, edits the step
 * list, and saves through {@link Routines} (on a background thread, see {@link #doSave}).
 */
final class EditorInteractor {
    /** stands in for the id of a routine that has none yet: the store gives it one from its name */
    private static final String NEW_ID = "new-routine";

    private final EditorModel model;
    private final TimerExercises exercises;
    private final InvalidationListener recheck = o -> validate();
    private RoutineValidator validator;
    private int leadIn = TimerPlan.DEFAULT_LEAD_IN_SECONDS;
    private boolean loading;
    private boolean validating;

    EditorInteractor(EditorModel model, TimerExercises exercises) {
        this.model = model;
        this.exercises = exercises;
        model.name.addListener(recheck);
        model.kind.addListener(recheck);
        model.steps.addListener((ListChangeListener<StepDraft>) c -> {
            boolean structural = false;
            while (c.next()) {
                // the list also reports its steps' message changes (for the cells); those need no new check
                structural |= !c.wasUpdated();
                c.getRemoved().forEach(d -> {
                    for (var in : d.inputs()) {
                        in.removeListener(recheck);
                    }
                });
                c.getAddedSubList().forEach(d -> {
                    for (var in : d.inputs()) {
                        in.addListener(recheck);
                    }
                });
            }
            if (structural) {
                validate();
            }
        });
        model.filter.addListener(o -> filterLibrary());
    }

    void setValidator(RoutineValidator v) {
        validator = v;
    }

    void setLeadIn(int seconds) {
        leadIn = seconds;
    }

    /** Opens a routine; built-ins open read-only. */
    void edit(Routine r, boolean builtin) {
        loading = true;
        model.id.set(r.id());
        model.readOnly.set(builtin);
        model.heading.set(builtin ? "Built-in routine (read-only)" : "Edit routine");
        model.name.set(r.name() == null ? "" : r.name());
        model.kind.set(r.kind() == null ? RoutineKind.CUSTOM : r.kind());
        model.description.set(r.description() == null ? "" : r.description());
        List<StepDraft> drafts = new ArrayList<>();
        for (RoutineStep s : r.steps()) {
            if (s != null) {
                drafts.add(StepDraft.of(s));
            }
        }
        model.steps.setAll(drafts);
        finishLoading();
    }

    /** A new, empty routine of the person's. */
    void create() {
        loading = true;
        model.id.set(null);
        model.readOnly.set(false);
        model.heading.set("New routine");
        model.name.set("");
        model.kind.set(RoutineKind.WARMUP);
        model.description.set("");
        model.steps.clear();
        finishLoading();
    }

    /** The routine as it was opened (or last saved), to tell whether anything was changed. */
    private Routine original;

    /** Something was changed since the routine was opened. */
    boolean dirty() {
        return !model.readOnly.get() && original != null && !draft().equals(original);
    }

    private void finishLoading() {
        loading = false;
        model.confirmingDiscard.set(false);
        model.message.set(model.readOnly.get()
                ? "Built-in routines cannot be changed. Duplicate it to make your own copy, then edit that." : "");
        model.adding.set(false);
        model.filter.set("");
        filterLibrary();
        select(model.steps.isEmpty() ? -1 : 0);
        validate();
        original = draft();
    }

    void select(int index) {
        int i = index >= 0 && index < model.steps.size() ? index : -1;
        model.selectedIndex.set(i);
        model.selectedStep.set(i < 0 ? null : model.steps.get(i));
    }

    void addStep(ExerciseRef ex) {
        StepDraft d = new StepDraft(ex.id());
        d.name.set(ex.name());
        d.seconds.set("30");
        // the library writes "each side" for moves done one side at a time
        d.sides.set(ex.tempo().toLowerCase(Locale.ROOT).contains("each side") ? 2 : 1);
        int at = model.selectedIndex.get() < 0 ? model.steps.size() : model.selectedIndex.get() + 1;
        model.steps.add(at, d);
        select(at);
        model.adding.set(false);
    }

    void removeSelected() {
        int i = model.selectedIndex.get();
        if (i < 0) {
            return;
        }
        model.steps.remove(i);
        select(Math.min(i, model.steps.size() - 1));
    }

    /** Moves the selected step up (-1) or down (+1); the selection follows it. */
    void moveSelected(int delta) {
        int i = model.selectedIndex.get();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= model.steps.size()) {
            return;
        }
        StepDraft d = model.steps.get(i);
        List<StepDraft> l = new ArrayList<>(model.steps);
        l.remove(i);
        l.add(j, d);
        model.steps.setAll(l);
        select(j);
    }

    void filterLibrary() {
        String f = model.filter.get() == null ? "" : model.filter.get().strip().toLowerCase(Locale.ROOT);
        List<ExerciseRef> out = new ArrayList<>();
        for (ExerciseRef e : exercises.all()) {
            if (f.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(f) || e.category().toLowerCase(Locale.ROOT).contains(f)
                    || e.id().contains(f)) {
                out.add(e);
            }
        }
        model.library.setAll(out);
    }

    /** Checks everything and puts each message beside its field. Returns true when the routine can be saved. */
    boolean validate() {
        if (loading || validating || validator == null) {
            return model.valid.get();
        }
        validating = true;
        try {
            return check();
        } finally {
            validating = false;
        }
    }

    private boolean check() {
        List<RoutineStep> steps = new ArrayList<>();
        boolean parseProblem = false;
        for (StepDraft d : model.steps) {
            d.clearErrors();
            Integer secs = parse(d.seconds.get());
            if (secs == null) {
                d.secondsError.set("type the step's length in whole seconds, e.g. 30");
                parseProblem = true;
            }
            Integer reps = null;
            String repsText = d.reps.get() == null ? "" : d.reps.get().strip();
            if (!repsText.isEmpty()) {
                reps = parse(repsText);
                if (reps == null) {
                    d.repsError.set("reps must be a whole number, or empty");
                    parseProblem = true;
                }
            }
            steps.add(new RoutineStep(d.exerciseId, d.name.get(), secs == null ? RoutineValidator.MIN_SECONDS : secs,
                    d.sides.get() == null ? 0 : d.sides.get(), reps, null));
        }
        Routine r = new Routine(model.id.get() == null ? NEW_ID : model.id.get(), model.name.get(), model.kind.get(), null, steps);
        model.nameError.set("");
        model.kindError.set("");
        model.stepsError.set("");
        boolean problem = parseProblem;
        for (RoutineProblem p : validator.validate(r)) {
            if (p.step() < 0) {
                switch (p.field()) {
                    case "name" -> model.nameError.set(p.text());
                    case "kind" -> model.kindError.set(p.text());
                    case "steps" -> model.stepsError.set(p.text());
                    default -> {
                        // the id is the store's business, not the person's
                        continue;
                    }
                }
                problem = true;
                continue;
            }
            StepDraft d = model.steps.get(p.step());
            String text = besideField(p.text());
            switch (p.field()) {
                case "name" -> d.nameError.set(text);
                case "seconds" -> {
                    if (d.secondsError.get().isEmpty()) {
                        d.secondsError.set(text);
                    }
                }
                case "sides" -> d.sidesError.set(text);
                case "reps" -> {
                    if (d.repsError.get().isEmpty()) {
                        d.repsError.set(text);
                    }
                }
                default -> d.exerciseError.set(text);
            }
            problem = true;
        }
        model.valid.set(!problem);
        if (!steps.isEmpty() && !parseProblem && steps.stream().allMatch(s -> s.seconds() > 0 && (s.sides() == 1 || s.sides() == 2))) {
            long total = TimerPlan.of(r, leadIn, TimerPlan.DEFAULT_SWITCH_SECONDS).totalNanos() / 1_000_000_000L;
            model.totalText.set("Total " + Durations.words(total) + " (" + Durations.words(r.workSeconds()) + " of moves)");
        } else {
            model.totalText.set("");
        }
        return !problem;
    }

    /** The routine as it will be stored. Call only when {@link #validate()} says it is fine. */
    Routine draft() {
        List<RoutineStep> steps = new ArrayList<>();
        for (StepDraft d : model.steps) {
            String reps = d.reps.get() == null ? "" : d.reps.get().strip();
            String note = d.note.get() == null ? "" : d.note.get().strip();
            steps.add(new RoutineStep(d.exerciseId, d.name.get().strip(), parse(d.seconds.get()), d.sides.get(),
                    reps.isEmpty() ? null : parse(reps), note.isEmpty() ? null : note));
        }
        String desc = model.description.get() == null ? "" : model.description.get().strip();
        return new Routine(model.id.get(), model.name.get().strip(), model.kind.get(), desc.isEmpty() ? null : desc, steps);
    }

    /** Stores the draft (background thread): a new routine gets its id from its name. */
    Routine doSave(Routines routines, Routine draft) throws RoutineException, StoreException {
        return draft.id() == null ? routines.create(draft) : routines.save(draft);
    }

    private static Integer parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "step 3 (Arm circles): a step lasts …" shown beside the seconds field reads better without the step. */
    private static String besideField(String text) {
        int i = text.indexOf("): ");
        if (text.startsWith("step ") && i > 0) {
            return text.substring(i + 3);
        }
        int j = text.indexOf(": ");
        return text.startsWith("step ") && j > 0 ? text.substring(j + 2) : text;
    }
}

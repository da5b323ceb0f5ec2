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
        model.nameProperty().addListener(recheck);
        model.kindProperty().addListener(recheck);
        model.steps().addListener((ListChangeListener<StepDraft>) c -> {
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
        model.filterProperty().addListener(o -> filterLibrary());
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
        model.open(r.id(), builtin, builtin ? "Built-in routine (read-only)" : "Edit routine");
        model.nameProperty().set(r.name() == null ? "" : r.name());
        model.kindProperty().set(r.kind() == null ? RoutineKind.CUSTOM : r.kind());
        model.descriptionProperty().set(r.description() == null ? "" : r.description());
        List<StepDraft> drafts = new ArrayList<>();
        for (RoutineStep s : r.steps()) {
            if (s != null) {
                drafts.add(StepDraft.of(s));
            }
        }
        model.showSteps(drafts);
        finishLoading();
    }

    /** A new, empty routine of the person's. */
    void create() {
        loading = true;
        model.open(null, false, "New routine");
        model.nameProperty().set("");
        model.kindProperty().set(RoutineKind.WARMUP);
        model.descriptionProperty().set("");
        model.showSteps(List.of());
        finishLoading();
    }

    /** The routine as it was opened (or last saved), to tell whether anything was changed. */
    private Routine original;

    /** Something was changed since the routine was opened. */
    boolean dirty() {
        return !model.readOnlyProperty().get() && original != null && !draft().equals(original);
    }

    private void finishLoading() {
        loading = false;
        model.dismissDiscard();
        model.tell(model.readOnlyProperty().get()
                ? "Built-in routines cannot be changed. Duplicate it to make your own copy, then edit that." : "");
        model.closeAdd();
        model.filterProperty().set("");
        filterLibrary();
        select(model.steps().isEmpty() ? -1 : 0);
        validate();
        original = draft();
    }

    void select(int index) {
        int i = index >= 0 && index < model.steps().size() ? index : -1;
        model.showSelected(i, i < 0 ? null : model.steps().get(i));
    }

    void addStep(ExerciseRef ex) {
        StepDraft d = new StepDraft(ex.id());
        d.name.set(ex.name());
        d.seconds.set("30");
        // the library writes "each side" for moves done one side at a time
        d.sides.set(ex.tempo().toLowerCase(Locale.ROOT).contains("each side") ? 2 : 1);
        int at = model.selectedIndexProperty().get() < 0 ? model.steps().size() : model.selectedIndexProperty().get() + 1;
        model.insertStep(at, d);
        select(at);
        model.closeAdd();
    }

    void removeSelected() {
        int i = model.selectedIndexProperty().get();
        if (i < 0) {
            return;
        }
        model.removeStep(i);
        select(Math.min(i, model.steps().size() - 1));
    }

    /** Moves the selected step up (-1) or down (+1); the selection follows it. */
    void moveSelected(int delta) {
        int i = model.selectedIndexProperty().get();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= model.steps().size()) {
            return;
        }
        StepDraft d = model.steps().get(i);
        List<StepDraft> l = new ArrayList<>(model.steps());
        l.remove(i);
        l.add(j, d);
        model.showSteps(l);
        select(j);
    }

    void filterLibrary() {
        String f = model.filterProperty().get() == null ? "" : model.filterProperty().get().strip().toLowerCase(Locale.ROOT);
        List<ExerciseRef> out = new ArrayList<>();
        for (ExerciseRef e : exercises.all()) {
            if (f.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(f) || e.category().toLowerCase(Locale.ROOT).contains(f)
                    || e.id().contains(f)) {
                out.add(e);
            }
        }
        model.showLibrary(out);
    }

    /** Checks everything and puts each message beside its field. Returns true when the routine can be saved. */
    boolean validate() {
        if (loading || validating || validator == null) {
            return model.validProperty().get();
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
        for (StepDraft d : model.steps()) {
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
        Routine r = new Routine(model.idProperty().get() == null ? NEW_ID : model.idProperty().get(), model.nameProperty().get(), model.kindProperty().get(), null, steps);
        String nameProblem = "";
        String kindProblem = "";
        String stepsProblem = "";
        boolean problem = parseProblem;
        for (RoutineProblem p : validator.validate(r)) {
            if (p.step() < 0) {
                switch (p.field()) {
                    case "name" -> nameProblem = p.text();
                    case "kind" -> kindProblem = p.text();
                    case "steps" -> stepsProblem = p.text();
                    default -> {
                        // the id is the store's business, not the person's
                        continue;
                    }
                }
                problem = true;
                continue;
            }
            StepDraft d = model.steps().get(p.step());
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
        model.showRoutineErrors(nameProblem, kindProblem, stepsProblem);
        String totalText = "";
        if (!steps.isEmpty() && !parseProblem && steps.stream().allMatch(s -> s.seconds() > 0 && (s.sides() == 1 || s.sides() == 2))) {
            long total = TimerPlan.of(r, leadIn, TimerPlan.DEFAULT_SWITCH_SECONDS).totalNanos() / 1_000_000_000L;
            totalText = "Total " + Durations.words(total) + " (" + Durations.words(r.workSeconds()) + " of moves)";
        }
        model.showCheck(!problem, totalText);
        return !problem;
    }

    /** The routine as it will be stored. Call only when {@link #validate()} says it is fine. */
    Routine draft() {
        List<RoutineStep> steps = new ArrayList<>();
        for (StepDraft d : model.steps()) {
            String reps = d.reps.get() == null ? "" : d.reps.get().strip();
            String note = d.note.get() == null ? "" : d.note.get().strip();
            steps.add(new RoutineStep(d.exerciseId, d.name.get().strip(), parse(d.seconds.get()), d.sides.get(),
                    reps.isEmpty() ? null : parse(reps), note.isEmpty() ? null : note));
        }
        String desc = model.descriptionProperty().get() == null ? "" : model.descriptionProperty().get().strip();
        return new Routine(model.idProperty().get(), model.nameProperty().get().strip(), model.kindProperty().get(), desc.isEmpty() ? null : desc, steps);
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

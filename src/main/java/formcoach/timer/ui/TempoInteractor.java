package formcoach.timer.ui;

import formcoach.timer.Durations;
import formcoach.timer.RoutineException;
import formcoach.timer.Tempo;
import formcoach.timer.TempoRoutine;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerExercises.ExerciseRef;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tempo trainer's door to the core: offers the lifts (rows, pull-downs, pull-ups, deadlifts),
 * fills in a lift's own tempo when it is picked, checks the tempo as typed and builds the
 * {@link TempoRoutine} the timer runs.
 */
final class TempoInteractor {
    static final Set<String> LIFT_CATEGORIES = Set.of("row", "pulldown", "pullup", "deadlift");
    static final String FALLBACK_TEMPO = "2-1-2";

    private final TempoModel model;
    private final TimerExercises exercises;
    private int leadIn = 3;

    TempoInteractor(TempoModel model, TimerExercises exercises) {
        this.model = model;
        this.exercises = exercises;
        model.tempoProperty().addListener(o -> validate());
        model.repsProperty().addListener(o -> validate());
        model.liftProperty().addListener((o, a, b) -> liftChosen(b));
        model.queryProperty().addListener(o -> refilter());
    }

    void setLeadIn(int s) {
        leadIn = s;
        validate();
    }

    /** Loads the lifts and picks the first (or keeps the current one). */
    void load() {
        List<ExerciseRef> lifts = exercises.search(model.queryProperty().get(), LIFT_CATEGORIES);
        ExerciseRef keep = model.liftProperty().get();
        model.showLifts(lifts);
        if (keep == null || !lifts.contains(keep)) {
            model.pick(lifts.isEmpty() ? null : lifts.get(0));
        }
        validate();
    }

    /** The search changed: the list narrows; the lift picked stays picked while it is still listed. */
    private void refilter() {
        List<ExerciseRef> lifts = exercises.search(model.queryProperty().get(), LIFT_CATEGORIES);
        ExerciseRef keep = model.liftProperty().get();
        model.showLifts(lifts);
        if ((keep == null || !lifts.contains(keep)) && !lifts.isEmpty()) {
            model.pick(lifts.get(0));
        }
    }

    /** Picks the lift, tempo and reps of the last set, when that lift is still in the library. */
    void restore(formcoach.timer.TempoChoice c) {
        exercises.find(c.liftId()).filter(e -> LIFT_CATEGORIES.contains(e.category())).ifPresent(e -> {
            model.pick(e);
            try {
                Tempo.parse(c.tempo());
                model.tempoProperty().set(c.tempo());
            } catch (RoutineException ex) {
                // keep the lift's own tempo
            }
            if (c.reps() >= 1 && c.reps() <= TempoRoutine.MAX_REPS) {
                model.repsProperty().set(c.reps());
            }
        });
        validate();
    }

    /** What to remember of the set about to run. */
    Optional<formcoach.timer.TempoChoice> choice() {
        ExerciseRef e = model.liftProperty().get();
        Integer reps = model.repsProperty().get();
        return e == null || reps == null ? Optional.empty()
                : Optional.of(new formcoach.timer.TempoChoice(e.id(), model.tempoProperty().get(), reps));
    }

    private void liftChosen(ExerciseRef e) {
        if (e == null) {
            model.showCues("", "");
        } else {
            // the lift's own tempo from the library when it is one we can count, else a safe slow default
            String t = e.tempo();
            try {
                Tempo.parse(t);
            } catch (RoutineException ex) {
                t = FALLBACK_TEMPO;
            }
            model.tempoProperty().set(t.strip());
            model.showCues(e.cue(), e.momentumCue().orElse(""));
        }
        validate();
    }

    boolean validate() {
        ExerciseRef e = model.liftProperty().get();
        Integer reps = model.repsProperty().get();
        Tempo t;
        try {
            t = Tempo.parse(model.tempoProperty().get());
            model.showTempoError("");
        } catch (RoutineException ex) {
            model.showTempoError(ex.getMessage());
            model.showPlan("", false);
            return false;
        }
        if (e == null || reps == null || reps < 1 || reps > TempoRoutine.MAX_REPS) {
            model.showPlan(e == null ? "Pick a lift." : "Reps must be 1-" + TempoRoutine.MAX_REPS + ".", false);
            return false;
        }
        long secs = (long) t.secondsPerRep() * reps;
        model.showPlan(reps + " reps × " + t.secondsPerRep() + " s (pull " + t.pull() + " s, squeeze " + t.squeeze()
                + " s, lower " + t.lower() + " s) = " + Durations.words(secs) + ", after " + leadIn + " s to get ready.", true);
        return true;
    }

    /** The set to run, when the form is valid. */
    Optional<TempoRoutine> build() {
        if (!validate()) {
            return Optional.empty();
        }
        ExerciseRef e = model.liftProperty().get();
        try {
            return Optional.of(TempoRoutine.of(e.id(), e.name(), model.tempoProperty().get(), model.repsProperty().get()));
        } catch (RoutineException ex) {
            model.showTempoError(ex.getMessage());
            return Optional.empty();
        }
    }
}

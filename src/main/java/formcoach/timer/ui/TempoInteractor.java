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
        model.tempo.addListener(o -> validate());
        model.reps.addListener(o -> validate());
        model.lift.addListener((o, a, b) -> liftChosen(b));
        model.query.addListener(o -> refilter());
    }

    void setLeadIn(int s) {
        leadIn = s;
        validate();
    }

    /** Loads the lifts and picks the first (or keeps the current one). */
    void load() {
        List<ExerciseRef> lifts = exercises.search(model.query.get(), LIFT_CATEGORIES);
        ExerciseRef keep = model.lift.get();
        model.lifts.setAll(lifts);
        if (keep == null || !lifts.contains(keep)) {
            model.lift.set(lifts.isEmpty() ? null : lifts.get(0));
        }
        validate();
    }

    /** The search changed: the list narrows; the lift picked stays picked while it is still listed. */
    private void refilter() {
        List<ExerciseRef> lifts = exercises.search(model.query.get(), LIFT_CATEGORIES);
        ExerciseRef keep = model.lift.get();
        model.lifts.setAll(lifts);
        if ((keep == null || !lifts.contains(keep)) && !lifts.isEmpty()) {
            model.lift.set(lifts.get(0));
        }
    }

    /** Picks the lift, tempo and reps of the last set, when that lift is still in the library. */
    void restore(formcoach.timer.TempoChoice c) {
        exercises.find(c.liftId()).filter(e -> LIFT_CATEGORIES.contains(e.category())).ifPresent(e -> {
            model.lift.set(e);
            try {
                Tempo.parse(c.tempo());
                model.tempo.set(c.tempo());
            } catch (RoutineException ex) {
                // keep the lift's own tempo
            }
            if (c.reps() >= 1 && c.reps() <= TempoRoutine.MAX_REPS) {
                model.reps.set(c.reps());
            }
        });
        validate();
    }

    /** What to remember of the set about to run. */
    Optional<formcoach.timer.TempoChoice> choice() {
        ExerciseRef e = model.lift.get();
        Integer reps = model.reps.get();
        return e == null || reps == null ? Optional.empty()
                : Optional.of(new formcoach.timer.TempoChoice(e.id(), model.tempo.get(), reps));
    }

    private void liftChosen(ExerciseRef e) {
        if (e == null) {
            model.liftCue.set("");
            model.momentumCue.set("");
        } else {
            // the lift's own tempo from the library when it is one we can count, else a safe slow default
            String t = e.tempo();
            try {
                Tempo.parse(t);
            } catch (RoutineException ex) {
                t = FALLBACK_TEMPO;
            }
            model.tempo.set(t.strip());
            model.liftCue.set(e.cue());
            model.momentumCue.set(e.momentumCue().orElse(""));
        }
        validate();
    }

    boolean validate() {
        ExerciseRef e = model.lift.get();
        Integer reps = model.reps.get();
        Tempo t;
        try {
            t = Tempo.parse(model.tempo.get());
            model.tempoError.set("");
        } catch (RoutineException ex) {
            model.tempoError.set(ex.getMessage());
            model.planText.set("");
            model.valid.set(false);
            return false;
        }
        if (e == null || reps == null || reps < 1 || reps > TempoRoutine.MAX_REPS) {
            model.planText.set(e == null ? "Pick a lift." : "Reps must be 1-" + TempoRoutine.MAX_REPS + ".");
            model.valid.set(false);
            return false;
        }
        long secs = (long) t.secondsPerRep() * reps;
        model.planText.set(reps + " reps × " + t.secondsPerRep() + " s (pull " + t.pull() + " s, squeeze " + t.squeeze()
                + " s, lower " + t.lower() + " s) = " + Durations.words(secs) + ", after " + leadIn + " s to get ready.");
        model.valid.set(true);
        return true;
    }

    /** The set to run, when the form is valid. */
    Optional<TempoRoutine> build() {
        if (!validate()) {
            return Optional.empty();
        }
        ExerciseRef e = model.lift.get();
        try {
            return Optional.of(TempoRoutine.of(e.id(), e.name(), model.tempo.get(), model.reps.get()));
        } catch (RoutineException ex) {
            model.tempoError.set(ex.getMessage());
            return Optional.empty();
        }
    }
}

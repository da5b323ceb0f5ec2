package formcoach.timer.ui;

import formcoach.ui.Stylesheets;
import formcoach.store.StoreException;
import formcoach.timer.Routine;
import formcoach.timer.Routines;
import formcoach.timer.TempoRoutine;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerPlan;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The timer section's screens (picker, timer, editor, tempo set-up) in one place, one shown at a
 * time. Loads the routines on the background executor when it is built and starts the sound
 * outputs the same way, so neither delays the first frame.
 */
final class TimerScreens {
    private final UiContext ctx;
    private final StackPane root = new StackPane();
    private final SoundHub sound;
    private final PickerController picker;
    private final RunController run;
    private final EditorController editor;
    private final TempoController tempo;
    /** the run on screen is a tempo set (its end goes back to the trainer) */
    private boolean tempoRun;
    private Routines routines;
    /** the training log's and pain check's links: the SEE_PROFESSIONAL question, sore-back first, "Log this session" */
    private final formcoach.beforeyoulift.ui.TimerLinks links;

    TimerScreens(UiContext ctx, TimerExercises exercises, TimerUiOptions options) {
        this.ctx = ctx;
        this.sound = new SoundHub(ctx, options.sound());
        this.picker = new PickerController(ctx, exercises, options.files());
        this.run = new RunController(ctx, exercises, options, sound);
        this.editor = new EditorController(ctx, exercises);
        this.tempo = new TempoController(ctx, exercises);
        root.setId("timer-section");
        root.getStyleClass().add("timer-section");
        root.getStylesheets().add(Stylesheets.of(TimerScreens.class, "timer.css"));
        picker.setExits(new PickerController.Exits(this::startRoutine, this::edit, this::create, this::showTempo));
        // after a tempo set the trainer comes back, with its lift; after a routine, the routines
        run.setOnBack(() -> {
            if (tempoRun) {
                showTempo();
            } else {
                showPicker(null, null);
            }
        });
        editor.setOnClose(this::showPicker);
        tempo.setExits(this::startTempo, () -> showPicker(null, null));
        links = new formcoach.beforeyoulift.ui.TimerLinks(ctx, (javafx.scene.layout.Pane) run.view().lookup("#run-summary"), run.view());
        run.setOnRecorded(links::recorded);
        show(picker.view());
        sound.ensureStarted();
        load(exercises);
    }

    private void load(TimerExercises exercises) {
        CompletableFuture.supplyAsync(() -> {
            try {
                links.readNow();
                return Routines.load(ctx.store(), exercises::knows);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, ctx.executor()).whenComplete((r, err) -> Platform.runLater(() -> {
            if (err != null) {
                Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                picker.loadFailed("Your routines could not be read: " + cause.getMessage());
                return;
            }
            routines = r;
            r.notices().forEach(n -> ctx.notices().post(Notices.Kind.WARNING, n));
            editor.setRoutines(r);
            picker.loaded(r);
            links.first(picker::preferFirst);
        }));
    }

    Region root() {
        return root;
    }

    PickerController picker() {
        return picker;
    }

    RunController run() {
        return run;
    }

    EditorController editor() {
        return editor;
    }

    TempoController tempo() {
        return tempo;
    }

    boolean loaded() {
        return routines != null;
    }

    /** Section.open: select a routine in the picker (unless a run is on screen). */
    void open(String routineId) {
        picker.select(routineId);
        if (!run.active()) {
            showPicker(routineId, null);
        }
    }

    /** The section came to the front: put the keyboard where it is useful. */
    void shown() {
        Node current = root.getChildren().isEmpty() ? null : root.getChildren().get(0);
        if (current == run.view()) {
            run.view().requestFocus();
        } else if (current == picker.view()) {
            picker.focus();
        }
        if (routines != null) {
            links.refresh(picker::preferFirst);
        }
    }

    void showPicker(String selectId, String message) {
        if (selectId != null || message != null) {
            picker.refresh(selectId, message);
        }
        show(picker.view());
        picker.focus();
    }

    void startRoutine(Routine r) {
        links.beforeStart(root, r.name(), () -> runRoutine(r), picker::focus);
    }

    private void runRoutine(Routine r) {
        tempoRun = false;
        show(run.view());
        run.start(TimerPlan.of(r, ctx.settings().leadInSeconds(), TimerPlan.DEFAULT_SWITCH_SECONDS), false, null);
    }

    void startTempo(TempoRoutine t, String momentumCue) {
        links.beforeStart(root, "the tempo set", () -> runTempo(t, momentumCue), tempo::focus);
    }

    private void runTempo(TempoRoutine t, String momentumCue) {
        tempoRun = true;
        show(run.view());
        run.start(t.plan(ctx.settings().leadInSeconds()), true, momentumCue);
    }

    void edit(Routine r) {
        if (routines == null) {
            return;
        }
        editor.edit(r);
        show(editor.view());
        editor.focus();
    }

    void create() {
        if (routines == null) {
            return;
        }
        editor.create();
        show(editor.view());
        editor.focus();
    }

    void showTempo() {
        tempo.load();
        show(tempo.view());
        tempo.focus();
    }

    private void show(Region screen) {
        if (root.getChildren().size() != 1 || root.getChildren().get(0) != screen) {
            root.getChildren().setAll(screen);
        }
    }

    /** Completes once sound and speech are attached. */
    java.util.concurrent.CompletableFuture<Void> soundAttached() {
        return sound.attached();
    }
}

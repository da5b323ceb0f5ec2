package formcoach.timer.ui;

import formcoach.timer.TimerExercises;
import formcoach.ui.Section;
import formcoach.ui.UiContext;
import javafx.scene.Node;

import java.util.Objects;

/**
 * The "Warm-up &amp; cool-down" section of the rail: pick a routine, run it on a screen readable
 * across the room, edit routines, and count tempo sets. Nothing is built until the section is
 * first shown.
 */
public final class TimerSection implements Section {
    private final UiContext ctx;
    private final TimerExercises exercises;
    private final TimerUiOptions options;
    private TimerScreens screens;
    private String pendingOpen;

    public TimerSection(UiContext ctx, TimerExercises exercises) {
        this(ctx, exercises, TimerUiOptions.system());
    }

    TimerSection(UiContext ctx, TimerExercises exercises, TimerUiOptions options) {
        this.ctx = Objects.requireNonNull(ctx);
        this.exercises = Objects.requireNonNull(exercises);
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public String id() {
        return "timer";
    }

    @Override
    public Node view() {
        return screens().root();
    }

    @Override
    public void shown() {
        screens().shown();
        if (pendingOpen != null) {
            screens.open(pendingOpen);
            pendingOpen = null;
        }
    }

    /** Selects the routine with this id in the picker (ignored while a routine is running). */
    @Override
    public void open(String routineId) {
        if (routineId == null) {
            return;
        }
        if (screens == null) {
            pendingOpen = routineId;
        } else {
            screens.open(routineId);
        }
    }

    TimerScreens screens() {
        if (screens == null) {
            screens = new TimerScreens(ctx, exercises, options);
        }
        return screens;
    }
}

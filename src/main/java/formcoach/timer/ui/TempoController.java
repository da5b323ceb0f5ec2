package formcoach.timer.ui;

import formcoach.timer.TempoRoutine;
import formcoach.timer.TimerExercises;
import formcoach.ui.UiContext;
import javafx.scene.layout.Region;

import java.util.function.BiConsumer;

/** Wires the tempo trainer's set-up; the set itself runs on the timer screen. */
final class TempoController {
    private final UiContext ctx;
    private final TempoModel model = new TempoModel();
    private final TempoInteractor interactor;
    private final Region view;
    private BiConsumer<TempoRoutine, String> onStart = (t, cue) -> { };
    private Runnable onBack = () -> { };

    TempoController(UiContext ctx, TimerExercises exercises) {
        this.ctx = ctx;
        this.interactor = new TempoInteractor(model, exercises);
        this.view = new TempoViewBuilder(model, this::start, () -> onBack.run()).build();
    }

    Region view() {
        return view;
    }

    TempoModel model() {
        return model;
    }

    void setExits(BiConsumer<TempoRoutine, String> start, Runnable back) {
        onStart = start;
        onBack = back;
    }

    /** Refreshes the lifts; call on the FX thread once the library is readable. */
    void load() {
        interactor.setLeadIn(ctx.settings().leadInSeconds());
        interactor.load();
    }

    void focus() {
        view.lookup("#tempo-lifts").requestFocus();
    }

    private void start() {
        interactor.build().ifPresent(t -> onStart.accept(t, model.momentumCue.get()));
    }
}

package formcoach.timer.ui;

import formcoach.timer.TempoChoice;
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
    private boolean restored;

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

    /** Refreshes the lifts; call on the FX thread once the library is readable. The first time, the last set's lift comes back. */
    void load() {
        interactor.setLeadIn(ctx.settings().leadInSeconds());
        interactor.load();
        if (!restored) {
            restored = true;
            javafx.scene.Node list = view.lookup("#tempo-lifts");
            java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return TempoChoice.load(ctx.store());
                } catch (formcoach.store.StoreException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, ctx.executor()).whenComplete((loaded, error) -> javafx.application.Platform.runLater(() -> {
                if (loaded != null) {
                    loaded.value().ifPresent(interactor::restore);
                    loaded.notice().ifPresent(n -> ctx.notices().post(formcoach.ui.Notices.Kind.WARNING, n.message()));
                }
                if (list != null && list.isFocused() && model.liftProperty().get() != null) {
                    ((javafx.scene.control.ListView<?>) list).scrollTo(model.lifts().indexOf(model.liftProperty().get()));
                }
            }));
        }
    }

    void focus() {
        view.lookup("#tempo-search").requestFocus();
    }

    private void start() {
        interactor.choice().ifPresent(c -> ctx.executor().execute(() -> {
            try {
                c.save(ctx.store());
            } catch (formcoach.store.StoreException e) {
                javafx.application.Platform.runLater(() -> ctx.notices().post(formcoach.ui.Notices.Kind.WARNING,
                        "The tempo trainer's lift was not remembered: " + e.getMessage()));
            }
        }));
        interactor.build().ifPresent(t -> onStart.accept(t, model.momentumCueProperty().get()));
    }
}

package formcoach.timer.ui;

import formcoach.store.Settings;
import formcoach.timer.CueClock;
import formcoach.timer.SessionLog;
import formcoach.timer.SessionRecorder;
import formcoach.timer.TimerEngine;
import formcoach.timer.TimerExercises;
import formcoach.timer.TimerPlan;
import formcoach.timer.sound.CuePlayer;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Wires the timer screen and drives its runs. {@link RunInteractor} owns the engine and the person's
 * commands; this class gives it what needs the window or a thread: the keys, full screen (F11), the
 * sound ({@link CuePlayer} through the app's {@link SoundHub}), the session record (written on the
 * background executor, answered on the FX thread), and the two drivers of the engine. An
 * {@link AnimationTimer} calls {@link TimerEngine#tick()} once per frame on the FX thread, and a
 * {@link CueClock} thread ticks the same engine too (every few milliseconds), so cues keep time while
 * the FX thread is held up. Both threads touch the engine: its methods are synchronized, and its
 * listeners may be called on either thread ({@link RunInteractor} only sets atomic flags from a cue,
 * {@link CuePlayer} only hands tones to the sound output). The engine works out what fell due from
 * its end times, so a late or stalled tick delays a cue but never shifts the schedule.
 *
 * <p>Per frame: one tick (allocates only when a cue is due), three reads of primitives and two
 * property sets; labels change only when the shown second or the phase changes (see
 * {@link RunInteractor}).
 */
final class RunController implements RunInteractor.Driver {
    private final UiContext ctx;
    private final TimerExercises exercises;
    private final SoundHub sound;
    private final boolean runTicker;
    private final RunModel model = new RunModel();
    private final RunInteractor interactor;
    private final SessionLog log;
    private final Region view;
    private final AnimationTimer ticker = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame();
        }
    };
    private Runnable onBack = () -> { };
    /** Told of each run's session record (the training log's "Log this session"). */
    private java.util.function.BiConsumer<TimerPlan, formcoach.timer.SessionRecord> onRecorded = (p, r) -> { };
        /** catches the engine up off the FX thread, so tones keep time while the screen is held up */
    private CueClock cueClock;
    private CuePlayer player;
    private int runNumber;
    private KeyCombination savedExitKey;

    RunController(UiContext ctx, TimerExercises exercises, TimerUiOptions options, SoundHub sound) {
        this.ctx = ctx;
        this.exercises = exercises;
        this.sound = sound;
        this.runTicker = options.runTicker();
        this.interactor = new RunInteractor(model, exercises, options.clock(), this);
        this.log = new SessionLog(ctx.store(), ctx.clock());
        this.view = new RunViewBuilder(model, interactor::stop, this::keepGoing, interactor::restart, this::back).build();
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.showMuted(ctx.settings().muted());
        model.followSoundNotice(sound.noticeProperty());
        ctx.settingsProperty().addListener((o, a, b) -> applySettings(b));
        // F11 (or any other way into full screen): the clock fills the screen
        javafx.beans.value.ChangeListener<Boolean> full = (o, a, b) -> model.showBigClock(b);
        view.sceneProperty().addListener((o, oldScene, scene) -> {
            if (oldScene != null && oldScene.getWindow() instanceof Stage old) {
                old.fullScreenProperty().removeListener(full);
            }
            if (scene != null) {
                scene.windowProperty().addListener((w, was, now) -> {
                    if (was instanceof Stage st) {
                        st.fullScreenProperty().removeListener(full);
                    }
                    if (now instanceof Stage st) {
                        st.fullScreenProperty().addListener(full);
                        model.showBigClock(st.isFullScreen());
                    }
                });
                if (scene.getWindow() instanceof Stage st) {
                    st.fullScreenProperty().addListener(full);
                    model.showBigClock(st.isFullScreen());
                }
            }
        });
    }

    Region view() {
        return view;
    }

    RunModel model() {
        return model;
    }

    void setOnBack(Runnable r) {
        onBack = r;
    }

    void setOnRecorded(java.util.function.BiConsumer<TimerPlan, formcoach.timer.SessionRecord> r) {
        onRecorded = r;
    }

    /** A run is on screen and not finished. */
    boolean active() {
        return interactor.active();
    }

    TimerEngine engine() {
        return interactor.engine();
    }

    RunInteractor interactor() {
        return interactor;
    }

    /** Starts {@code plan} at once with its lead-in. */
    void start(TimerPlan p, boolean tempoSet, String momentum) {
        interactor.start(p, tempoSet, momentum);
    }

    /** One frame: catch the engine up to now and refresh what changed. */
    void frame() {
        interactor.tick();
    }

    // ------------------------------------------------------------------ RunInteractor.Driver

    @Override
    public void attach(TimerEngine engine, TimerPlan p, boolean tempoSet) {
        Settings s = ctx.settings();
        player = new CuePlayer(p, sound.sound(), sound.speech(), exercises::cueOf, s.voice());
        player.setVolume(s.volume());
        player.setMuted(s.muted());
        sound.voiceWanted(s.voice() && !s.muted());
        engine.addListener(player);
        if (!tempoSet) {
            int run = ++runNumber;
            engine.addListener(new SessionRecorder(engine, log, ctx.clock(), ctx.executor(),
                    problem -> Platform.runLater(() -> {
                        ctx.notices().post(Notices.Kind.ERROR, problem);
                        if (run == runNumber) {
                            interactor.recordFailed(problem);
                        }
                    }),
                    rec -> Platform.runLater(() -> {
                        if (run == runNumber) {
                            interactor.recorded(rec);
                            onRecorded.accept(p, rec);
                        }
                    })));
        }
    }

    @Override
    public void started(TimerEngine engine) {
        if (runTicker) {
            ticker.start();
            cueClock = CueClock.start(engine, task -> {
                Thread t = new Thread(task, "formcoach-cue-clock");
                t.setDaemon(true);
                t.setPriority(Thread.MAX_PRIORITY);
                t.start();
            });
        }
        view.requestFocus();
    }

    @Override
    public void ended() {
        ticker.stop();
        closeCueClock();
    }

    // ------------------------------------------------------------------ the person's commands

    private void back() {
        if (interactor.engine() != null && !interactor.active()) {
            leave();
            return;
        }
        interactor.back();
    }

    private void keepGoing() {
        interactor.keepGoing();
        view.requestFocus();
    }

    /** Back to the routines; only once the run is over. */
    void leave() {
        ended();
        exitFullScreen();
        onBack.run();
    }

    private void closeCueClock() {
        if (cueClock != null) {
            cueClock.close();
            cueClock = null;
        }
    }

    private void toggleMute() {
        ctx.updateSettings(s -> s.withSound(s.volume(), !s.muted(), s.voice()));
    }

    private void applySettings(Settings s) {
        model.showMuted(s.muted());
        if (player != null) {
            player.setVolume(s.volume());
            player.setMuted(s.muted());
            player.setVoice(s.voice());
        }
        sound.voiceWanted(s.voice() && !s.muted());
    }

    private void onKey(KeyEvent e) {
        if (interactor.engine() == null) {
            return;
        }
        boolean running = interactor.active();
        KeyCode k = e.getCode();
        boolean handled = true;
        boolean confirming = model.confirmingStopProperty().get();
        if (confirming && k == KeyCode.ENTER) {
            interactor.stop();
        } else if (confirming && k == KeyCode.ESCAPE) {
            keepGoing();
        } else if (k == KeyCode.ESCAPE) {
            if (running) {
                interactor.askStop();
            } else {
                leave();
            }
        } else if (k == KeyCode.ENTER && !running) {
            leave();
        } else if (k == KeyCode.SPACE && running) {
            interactor.togglePause();
        } else if (k == KeyCode.RIGHT && running) {
            interactor.skip();
        } else if (k == KeyCode.LEFT && running) {
            back();
        } else if (k == KeyCode.R) {
            interactor.restart();
        } else if (k == KeyCode.M) {
            toggleMute();
        } else if (k == KeyCode.F11) {
            toggleFullScreen();
        } else {
            handled = k == KeyCode.SPACE || k == KeyCode.LEFT || k == KeyCode.RIGHT;
        }
        if (handled) {
            e.consume();
        }
    }

    private void toggleFullScreen() {
        if (view.getScene() == null || !(view.getScene().getWindow() instanceof Stage st)) {
            return;
        }
        if (st.isFullScreen()) {
            exitFullScreen();
        } else {
            // Esc must stay "stop the routine" on this screen, so F11 is the way out of full screen
            savedExitKey = st.getFullScreenExitKeyCombination();
            st.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            st.setFullScreenExitHint("F11 leaves full screen");
            st.setFullScreen(true);
        }
    }

    private void exitFullScreen() {
        if (view.getScene() != null && view.getScene().getWindow() instanceof Stage st && st.isFullScreen()) {
            st.setFullScreen(false);
            if (savedExitKey != null) {
                st.setFullScreenExitKeyCombination(savedExitKey);
            }
        }
    }
}

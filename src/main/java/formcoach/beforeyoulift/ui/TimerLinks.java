package formcoach.beforeyoulift.ui;

import formcoach.beforeyoulift.SoreSpell;
import formcoach.log.SessionDraft;
import formcoach.log.ui.SessionDrafts;
import formcoach.timer.RoutineStep;
import formcoach.timer.SessionRecord;
import formcoach.timer.TimerPlan;
import formcoach.ui.UiContext;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What the timer asks and offers for the other jobs, so that its screens need only hook lines:
 * the SEE_PROFESSIONAL question before a routine starts, the sore-back mobility routine first in the
 * picker during a {@link SoreSpell}, and "Log this session (L)" on a recorded run's summary.
 */
public final class TimerLinks {
    public static final String LOG_BUTTON_ID = "run-log-session";

    private final UiContext ctx;
    private final PainWatch pain;
    private final Button log = new Button("Log this session (L)", new FontIcon("mdi2n-notebook-edit-outline"));
    private SessionDraft draft;

    /**
     * @param summary  the run's summary card (the log button goes at its end)
     * @param runView  the run screen (L offers the log there once the run is recorded)
     */
    public TimerLinks(UiContext ctx, Pane summary, Region runView) {
        this.ctx = ctx;
        this.pain = new PainWatch(ctx);
        log.setId(LOG_BUTTON_ID);
        log.setFocusTraversable(false);
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setVisible(false);
        log.setManaged(false);
        log.setOnAction(e -> logSession());
        summary.getChildren().add(log);
        // on the typed "l", as "before you lift" does: the Log section takes the keyboard at once
        runView.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("l".equalsIgnoreCase(e.getCharacter()) && !e.isShortcutDown() && !e.isAltDown() && log.isVisible()) {
                logSession();
                e.consume();
            }
        });
    }

    /** Asks first when the last pain check said SEE_PROFESSIONAL or higher and nothing cleared it. */
    public void beforeStart(StackPane host, String routineName, Runnable go, Runnable cancel) {
        hideLog();
        pain.gate(host, "start " + routineName, go, cancel);
    }

    /** Reads the pain checks again; {@code firstRoutine} gets the routine to offer first and its one-line reason, or nulls. */
    public void refresh(BiConsumer<String, String> firstRoutine) {
        pain.refresh(s -> first(s, firstRoutine));
    }

    /** Reads the pain checks on this (background) thread, so the first start needs no wait. */
    public void readNow() {
        pain.readNow();
    }

    /** Tells {@code firstRoutine} what the checks as last read say (nothing when not read yet). */
    public void first(BiConsumer<String, String> firstRoutine) {
        pain.current().ifPresent(s -> first(s, firstRoutine));
    }

    private void first(PainWatch.State s, BiConsumer<String, String> firstRoutine) {
        firstRoutine.accept(s.spell().map(x -> SoreSpell.MOBILITY_ROUTINE).orElse(null),
                s.spell().map(x -> x.warmUpReason(ctx.clock().getZone())).orElse(null));
    }

    /** A run was recorded: offer to log it. Tempo sets are not recorded, so never offered. */
    public void recorded(TimerPlan plan, SessionRecord rec) {
        List<SessionDraft.Step> steps = plan.steps().stream()
                .map((RoutineStep s) -> new SessionDraft.Step(s.exerciseId(), s.name(), s.seconds(), s.sides(), s.reps())).toList();
        draft = SessionDraft.fromTimer(LocalDateTime.ofInstant(rec.startedAt(), ctx.clock().getZone()), rec.routineName(), steps,
                rec.stepsCompleted(), rec.durationSeconds(), rec.completed());
        log.setVisible(true);
        log.setManaged(true);
    }

    public void hideLog() {
        draft = null;
        log.setVisible(false);
        log.setManaged(false);
    }

    private void logSession() {
        Optional.ofNullable(draft).ifPresent(d -> SessionDrafts.offer(ctx, d));
    }
}

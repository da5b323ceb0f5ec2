package formcoach.beforeyoulift.ui;

import formcoach.library.Exercise;
import formcoach.log.SessionDraft;
import formcoach.log.TrainingSignals;
import formcoach.log.ui.SessionDrafts;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * What "before you lift" asks and offers for the other jobs, kept out of its screens so that they
 * need only a few hook lines:
 * <ul>
 *   <li>on opening, the SEE_PROFESSIONAL question ({@link PainWatch#gate});</li>
 *   <li>before the first cue card, the training log's question when groups are still recovering or
 *       the load jumped: "Train anyway", "Choose lighter" or "Cancel";</li>
 *   <li>on the last card, "Log this session (L)": the Log section opens with today's lifts, sets
 *       empty and ready to type; nothing is saved until the person saves it there.</li>
 * </ul>
 */
public final class BeforeLiftLinks {
    public static final String LOAD_QUESTION_ID = "lift-load-question";
    public static final String LOG_BUTTON_ID = "lift-log-session";
    public static final String LIGHTER_ID = "lift-picker-lighter";

    private final UiContext ctx;
    private final Collection<Exercise> library;
    private final StackPane host;
    private final PainWatch pain;
    private final Label lighter = new Label();
    private volatile TrainingSignals.BeforeLift signals;
    private boolean loadAsked;
    private int opened;
    /** True from the log's read starting on the FX thread until its answer is back there. */
    private boolean reading;
    /** The cards asked for before the log was read: they open (after the log's question, when it has one) once it is. */
    private Runnable waiting;

    /**
     * @param host     the whole "before you lift" screen (questions are shown over it)
     * @param picker   the picker's box (the "choose lighter" line goes under its intro)
     * @param cardsBar the cue cards' bottom bar (the log button goes in it)
     * @param onLastCard true while the last card ("after your sets") is on show
     * @param picked   the lifts picked, in order
     */
    public BeforeLiftLinks(UiContext ctx, Collection<Exercise> library, StackPane host, Pane picker, Pane cardsBar,
                           ObservableBooleanValue onLastCard, Supplier<List<Exercise>> picked) {
        this.ctx = ctx;
        this.library = List.copyOf(library);
        this.host = host;
        this.pain = new PainWatch(ctx);
        lighter.setId(LIGHTER_ID);
        lighter.setWrapText(true);
        lighter.setMinHeight(Region.USE_PREF_SIZE);
        lighter.getStyleClass().add("text-bold");
        lighter.setVisible(false);
        lighter.setManaged(false);
        picker.getChildren().add(Math.min(3, picker.getChildren().size()), lighter);
        Button log = new Button("Log this session (L)", new FontIcon("mdi2n-notebook-edit-outline"));
        log.setId(LOG_BUTTON_ID);
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setFocusTraversable(false);
        log.visibleProperty().bind(onLastCard);
        log.managedProperty().bind(onLastCard);
        log.setOnAction(e -> logSession(picked.get()));
        cardsBar.getChildren().add(Math.min(1, cardsBar.getChildren().size()), log);
        // on the typed "l", not on the pressed key: the log's first field takes the keyboard at once,
        // and would otherwise get the "l" that follows the press
        host.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("l".equalsIgnoreCase(e.getCharacter()) && !e.isShortcutDown() && !e.isAltDown() && onLastCard.get() && log.isVisible()
                    && log.getScene() != null && AskCard.on(host, LOAD_QUESTION_ID).isEmpty()) {
                logSession(picked.get());
                e.consume();
            }
        });
    }

    /** "Before you lift" opened: read the log's signals, and ask first when the last pain check said to see a professional. */
    public void opened(Runnable leave, Runnable focus) {
        int mine = ++opened;
        AskCard.on(host, LOAD_QUESTION_ID).ifPresent(AskCard::close);
        AskCard.on(host, PainWatch.GATE_ID).ifPresent(AskCard::close);
        loadAsked = false;
        signals = null;
        waiting = null;
        lighter.setVisible(false);
        lighter.setManaged(false);
        readSignals(mine);
        // read afresh each time: a check saved a minute ago in the pain check counts
        pain.refresh(state -> {
            if (mine == opened) {
                pain.gate(host, "go on to your lifts", focus, leave);
            }
        });
    }

    /** Reads the log's signals in the background; cards asked for meanwhile go on once they are read. */
    private void readSignals(int mine) {
        reading = true;
        ctx.executor().execute(() -> {
            TrainingSignals.BeforeLift b;
            try {
                b = TrainingSignals.load(ctx.store(), ctx.clock(), library).beforeYouLift(LocalDateTime.now(ctx.clock()));
            } catch (Exception e) {
                // the log is advice here: when it cannot be read, the cue cards go on without its question
                b = new TrainingSignals.BeforeLift(LocalDateTime.now(ctx.clock()), List.of(), List.of());
            }
            TrainingSignals.BeforeLift read = b;
            Platform.runLater(() -> {
                if (mine != opened) {
                    return;
                }
                signals = read;
                reading = false;
                Runnable w = waiting;
                waiting = null;
                if (w != null) {
                    w.run();
                }
            });
        });
    }

    /**
     * Before the first cue card: when the log shows groups still recovering or a load jump, asks
     * "Train anyway" ({@code cards}), "Choose lighter" (back to the picker with a line saying what
     * to spare) or "Cancel" ({@code leave}). Asked once each time "before you lift" is opened. The
     * log is read when "before you lift" opens (well under a second); when the cards are asked for
     * before it has been read, they wait for it, so the question, when due, always comes before
     * the warm-up question and never over it. A log that cannot be read lets the cards go on.
     */
    public void beforeCards(Runnable cards, Runnable backToPicker, Runnable leave) {
        if (loadAsked) {
            cards.run();
            return;
        }
        TrainingSignals.BeforeLift s = signals;
        if (s == null) {
            // the last request counts (Start pressed twice opens the cards once)
            waiting = () -> ask(signals, cards, backToPicker, leave);
            if (!reading) {
                readSignals(opened);
            }
        } else {
            ask(s, cards, backToPicker, leave);
        }
    }

    private void ask(TrainingSignals.BeforeLift s, Runnable cards, Runnable backToPicker, Runnable leave) {
        if (s.isEmpty()) {
            cards.run();
            return;
        }
        AskCard.show(host, LOAD_QUESTION_ID, "Before the cue cards: your training log says", "Train these lifts as planned, "
                        + "choose something lighter, or stop here? The article's rule is 48–72 hours between hard sessions "
                        + "for a muscle group, and no big jumps in sets from one week to the next.",
                s.lines(),
                List.of(new AskCard.Answer("lift-load-anyway", "Train anyway", "mdi2a-arrow-right", () -> {
                            loadAsked = true;
                            cards.run();
                        }),
                        new AskCard.Answer("lift-load-lighter", "Choose lighter", "mdi2f-feather", () -> {
                            loadAsked = true;
                            lighter.setText(lighterWords(s));
                            lighter.setVisible(true);
                            lighter.setManaged(true);
                            backToPicker.run();
                        }),
                        new AskCard.Answer("lift-load-cancel", "Cancel", "mdi2c-close", leave)));
    }

    static String lighterWords(TrainingSignals.BeforeLift s) {
        StringBuilder sb = new StringBuilder("Lighter today: ");
        if (!s.recovering().isEmpty()) {
            sb.append("spare ").append(String.join(", ", s.recovering().stream()
                    .map(r -> r.group().displayName().toLowerCase(java.util.Locale.ROOT)).toList()))
                    .append(" (still recovering): pick lifts for other groups, or the same lifts with fewer, lighter sets.");
        } else {
            sb.append("keep this week's sets near your usual: fewer sets, or lighter loads, than you planned.");
        }
        return sb.toString();
    }

    private void logSession(List<Exercise> lifts) {
        if (lifts.isEmpty()) {
            return;
        }
        SessionDrafts.offer(ctx, SessionDraft.fromPlan(LocalDateTime.now(ctx.clock()), lifts));
    }

    PainWatch pain() {
        return pain;
    }
}

package formcoach.beforeyoulift.ui;

import formcoach.beforeyoulift.ProfessionalGate;
import formcoach.beforeyoulift.SoreSpell;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckRecord;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the saved pain checks mean for training, read through {@link PainCheckHistory} on the
 * background executor: the SEE_PROFESSIONAL question ({@link ProfessionalGate}) and a sore spell
 * ({@link SoreSpell}). A screen keeps one, refreshes it when it is shown and after each start, and
 * asks {@link #gate} before it starts; the answer is known at once when the checks have been read,
 * so a start is not held up by a file read on the FX thread.
 */
public final class PainWatch {
    public static final String GATE_ID = "pain-gate";

    /** The checks' meaning now. */
    public record State(Optional<ProfessionalGate.Ask> ask, Optional<SoreSpell.Spell> spell, List<PainCheckRecord> checks) {
    }

    private final UiContext ctx;
    private volatile State state;

    public PainWatch(UiContext ctx) {
        this.ctx = ctx;
    }

    /** The state as last read, if it has been read. */
    public Optional<State> current() {
        return Optional.ofNullable(state);
    }

    /** Reads the checks in the background; {@code then} gets the state on the FX thread. Unreadable checks ask nothing. */
    public void refresh(Consumer<State> then) {
        ctx.executor().execute(() -> {
            State done = readNow();
            Platform.runLater(() -> then.accept(done));
        });
    }

    /** Reads the checks on the calling thread (never the FX thread) and keeps the state. */
    public State readNow() {
        State s;
        try {
            List<PainCheckRecord> checks = new PainCheckHistory(ctx.store()).load().value();
            s = new State(ProfessionalGate.evaluate(checks), SoreSpell.at(checks, ctx.clock().instant()), checks);
        } catch (Exception e) {
            // the pain checks are History's to report on; training goes on without their advice here
            s = new State(Optional.empty(), Optional.empty(), List.of());
        }
        state = s;
        return s;
    }

    public void refresh() {
        refresh(s -> { });
    }

    /**
     * Runs {@code go} at once unless the last pain check said SEE_PROFESSIONAL or higher and nothing
     * cleared it; then asks over {@code host} first: "Check again now" (opens the pain check),
     * "Continue anyway" ({@code go}) or "Cancel" ({@code cancel}).
     *
     * @param what what is about to start, for the question ("start the warm-up", "go on to your lifts")
     */
    public void gate(StackPane host, String what, Runnable go, Runnable cancel) {
        State s = state;
        if (s == null) {
            refresh(read -> ask(read, host, what, go, cancel));
        } else {
            ask(s, host, what, go, cancel);
            refresh();
        }
    }

    private void ask(State s, StackPane host, String what, Runnable go, Runnable cancel) {
        if (s.ask().isEmpty()) {
            go.run();
            return;
        }
        ProfessionalGate.Ask a = s.ask().get();
        AskCard.show(host, GATE_ID, a.title(), a.question(ctx.clock().getZone()),
                List.of("Check again now: answer the questions again; a result below \"see a professional\" clears this.",
                        "Continue anyway: " + what + " as planned.",
                        "Cancel: go back without starting."),
                List.of(new AskCard.Answer("pain-gate-check", "Check again now", "mdi2m-medical-bag", () -> {
                            // nothing starts: coming back asks again unless the new check cleared it
                            cancel.run();
                            ctx.navigator().startPainCheck();
                        }),
                        new AskCard.Answer("pain-gate-continue", "Continue anyway", "mdi2a-arrow-right", go),
                        new AskCard.Answer("pain-gate-cancel", "Cancel", "mdi2c-close", cancel)));
    }
}

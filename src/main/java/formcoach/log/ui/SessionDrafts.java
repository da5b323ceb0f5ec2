package formcoach.log.ui;

import formcoach.log.SessionDraft;
import formcoach.ui.UiContext;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * How "before you lift" and the timer hand a session to the Log section without knowing its classes:
 * {@link #offer} leaves the draft for the window's Log section and shows the section, which takes it
 * when it comes to the front and opens it for the person to complete and confirm. Nothing is stored.
 */
public final class SessionDrafts {
    private static final Map<UiContext, SessionDraft> PENDING = new WeakHashMap<>();

    private SessionDrafts() {
    }

    /** Leaves {@code draft} for the Log section of this window and shows that section (FX thread). */
    public static void offer(UiContext ctx, SessionDraft draft) {
        synchronized (PENDING) {
            PENDING.put(ctx, draft);
        }
        ctx.navigator().showSection(LogSection.ID);
    }

    /** The draft waiting for this window's Log section, taken (so it opens once). */
    static Optional<SessionDraft> take(UiContext ctx) {
        synchronized (PENDING) {
            return Optional.ofNullable(PENDING.remove(ctx));
        }
    }
}

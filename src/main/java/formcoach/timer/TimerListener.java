package formcoach.timer;

/**
 * Receives the engine's cue events on the thread that calls the engine. Listeners must return
 * quickly and must not call the engine's commands (that is refused with an IllegalStateException). An exception thrown by a listener goes to the
 * thread's uncaught-exception handler; the run carries on.
 */
@FunctionalInterface
public interface TimerListener {
    void onCue(CueEvent event);
}

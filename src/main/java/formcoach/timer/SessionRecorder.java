package formcoach.timer;

import formcoach.store.StoreException;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Listens to an engine and writes a {@link SessionRecord} when a run ends or is stopped, by the
 * rule of {@link SessionLog#shouldRecord}. The file is written on {@code io} so the timer screen
 * never waits for the disk; a failure is passed to {@code onProblem} (on the io thread).
 */
public final class SessionRecorder implements TimerListener {
    private final TimerEngine engine;
    private final SessionLog log;
    private final Clock wall;
    private final Executor io;
    private final Consumer<String> onProblem;
    private final Consumer<SessionRecord> onRecorded;
    private Instant startedAt;

    public SessionRecorder(TimerEngine engine, SessionLog log, Clock wall, Executor io, Consumer<String> onProblem) {
        this(engine, log, wall, io, onProblem, r -> { });
    }

    /** @param onRecorded told (on the io thread) about each record written, so a screen can say what was kept */
    public SessionRecorder(TimerEngine engine, SessionLog log, Clock wall, Executor io, Consumer<String> onProblem,
                           Consumer<SessionRecord> onRecorded) {
        this.onRecorded = Objects.requireNonNull(onRecorded);
        this.engine = Objects.requireNonNull(engine);
        this.log = Objects.requireNonNull(log);
        this.wall = Objects.requireNonNull(wall);
        this.io = Objects.requireNonNull(io);
        this.onProblem = Objects.requireNonNull(onProblem);
    }

    @Override
    public void onCue(CueEvent e) {
        switch (e.type()) {
            case ROUTINE_START -> startedAt = wall.instant();
            case ROUTINE_END, ROUTINE_STOPPED -> {
                RunSummary s = engine.summary();
                Instant start = startedAt == null ? wall.instant() : startedAt;
                if (SessionLog.shouldRecord(s)) {
                    try {
                        io.execute(() -> {
                            try {
                                log.recordIfDue(s, start).ifPresent(onRecorded);
                            } catch (StoreException ex) {
                                onProblem.accept("The session was not recorded: " + ex.getMessage());
                            }
                        });
                    } catch (RejectedExecutionException ex) {
                        onProblem.accept("The session was not recorded: the app is closing.");
                    }
                }
            }
            default -> {
            }
        }
    }
}

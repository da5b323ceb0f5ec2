package formcoach.timer.sound;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link Speech} through the operating system's speech command ({@link SpeechCommand}). Starting
 * the process happens on the executor it is given, so the caller never waits; a new utterance
 * ends one that is still speaking. With no command, or when starting one fails, it reports once
 * through {@code onProblem} and the timer relies on its tones.
 */
public final class OsSpeech implements Speech {
    public static final String NO_SPEECH_COMMAND =
            "voice is off: no speech command found (espeak-ng or spd-say on Linux, say on macOS, PowerShell on Windows); tones only";

    /** Starts a process; the real one wraps ProcessBuilder, tests pass a fake. */
    @FunctionalInterface
    public interface ProcessStarter {
        Process start(List<String> argv, Map<String, String> extraEnvironment) throws IOException;
    }

    private final SpeechCommand command;
    private final ProcessStarter starter;
    private final Executor executor;
    private final Consumer<String> onProblem;
    private final AtomicBoolean off = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    /** only touched on the executor's thread */
    private Process current;

    /** @param command the speech command, or empty when the system has none */
    public OsSpeech(Optional<SpeechCommand> command, ProcessStarter starter, Executor executor, Consumer<String> onProblem) {
        this.command = command.orElse(null);
        this.starter = Objects.requireNonNull(starter);
        this.executor = Objects.requireNonNull(executor);
        this.onProblem = Objects.requireNonNull(onProblem);
        if (this.command == null) {
            turnOff(NO_SPEECH_COMMAND);
        }
    }

    /** Finds this system's speech command on PATH and speaks through real processes. */
    public static OsSpeech detect(Executor executor, Consumer<String> onProblem) {
        String os = System.getProperty("os.name", "");
        boolean windows = os.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        Optional<SpeechCommand> cmd = SpeechCommand.find(os, SpeechCommand.pathLookup(System.getenv("PATH"), windows));
        return new OsSpeech(cmd, OsSpeech::startProcess, executor, onProblem);
    }

    static Process startProcess(List<String> argv, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        return pb.start();
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The command in use, if any. */
    public Optional<SpeechCommand> command() {
        return Optional.ofNullable(command);
    }

    @Override
    public void say(String text) {
        String t = SpeechCommand.clean(text);
        if (off.get() || t.isEmpty()) {
            return;
        }
        run(() -> {
            if (off.get()) {
                return;
            }
            interrupt();
            try {
                current = starter.start(command.argv(t), command.environment(t));
            } catch (IOException | RuntimeException e) {
                turnOff("voice is off: " + command.name() + " could not be started (" + e.getMessage() + "); tones only");
            }
        });
    }

    @Override
    public void stop() {
        if (command != null) {
            run(this::interrupt);
        }
    }

    private void interrupt() {
        Process p = current;
        current = null;
        if (p != null && p.isAlive()) {
            p.destroy();
            command.cancelArgv().ifPresent(argv -> {
                try {
                    starter.start(argv, Map.of());
                } catch (IOException | RuntimeException e) {
                    // the next utterance will simply queue behind this one
                }
            });
        }
    }

    private void run(Runnable r) {
        try {
            executor.execute(r);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void turnOff(String message) {
        off.set(true);
        if (reported.compareAndSet(false, true)) {
            try {
                onProblem.accept(message);
            } catch (RuntimeException ignored) {
                // a failing notice must not stop the timer
            }
        }
    }

    @Override
    public boolean available() {
        return !off.get();
    }
}

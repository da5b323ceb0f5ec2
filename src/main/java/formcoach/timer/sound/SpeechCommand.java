package formcoach.timer.sound;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An operating-system speech command and how to call it.
 *
 * @param name       the program as found on PATH (for messages)
 * @param executable its full path
 * @param kind       how it takes its text
 */
public record SpeechCommand(String name, Path executable, Kind kind) {
    /** Environment variable that carries the text to PowerShell, so no text is ever parsed as script. */
    public static final String TEXT_VARIABLE = "FORMCOACH_SAY";

    public enum Kind {
        /** espeak-ng TEXT: speaks, then exits */
        ESPEAK_NG,
        /** spd-say --wait TEXT: hands the text to Speech Dispatcher; --wait keeps it alive while speaking */
        SPD_SAY,
        /** macOS say TEXT */
        MAC_SAY,
        /** PowerShell with System.Speech, text from an environment variable */
        POWERSHELL
    }

    /** The program's arguments to speak {@code text} (already cleaned by {@link #clean}). */
    public List<String> argv(String text) {
        List<String> a = new ArrayList<>();
        a.add(executable.toString());
        switch (kind) {
            case ESPEAK_NG -> a.add(text);
            case SPD_SAY -> {
                a.add("--wait");
                a.add(text);
            }
            case MAC_SAY -> a.add(text);
            case POWERSHELL -> {
                a.add("-NoProfile");
                a.add("-NonInteractive");
                a.add("-Command");
                a.add("Add-Type -AssemblyName System.Speech; "
                        + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($env:" + TEXT_VARIABLE + ")");
            }
        }
        return a;
    }

    /** Extra environment for the process. */
    public Map<String, String> environment(String text) {
        return kind == Kind.POWERSHELL ? Map.of(TEXT_VARIABLE, text) : Map.of();
    }

    /** spd-say leaves speaking to a daemon, so killing the client is not enough: this cancels it. */
    public Optional<List<String>> cancelArgv() {
        return kind == Kind.SPD_SAY ? Optional.of(List.of(executable.toString(), "--cancel")) : Optional.empty();
    }

    /**
     * Text safe to hand over as one argument: no control characters, no leading dash (which a
     * program would read as an option), at most 300 characters.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\p{Cntrl}", " ").strip().replaceFirst("^-+\\s*", "");
        return t.length() > 300 ? t.substring(0, 300) : t;
    }

    /**
     * The speech command for this operating system, looked up with {@code which}: {@code espeak-ng}
     * or {@code spd-say} on Linux (and other Unix), {@code say} on macOS, PowerShell on Windows.
     */
    public static Optional<SpeechCommand> find(String osName, Function<String, Optional<Path>> which) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return first(which, new String[] {"powershell", "pwsh"}, Kind.POWERSHELL);
        }
        if (os.startsWith("mac")) {
            return first(which, new String[] {"say"}, Kind.MAC_SAY);
        }
        Optional<SpeechCommand> espeak = first(which, new String[] {"espeak-ng"}, Kind.ESPEAK_NG);
        return espeak.isPresent() ? espeak : first(which, new String[] {"spd-say"}, Kind.SPD_SAY);
    }

    private static Optional<SpeechCommand> first(Function<String, Optional<Path>> which, String[] names, Kind kind) {
        for (String n : names) {
            Optional<Path> p = which.apply(n);
            if (p.isPresent()) {
                return Optional.of(new SpeechCommand(n, p.get(), kind));
            }
        }
        return Optional.empty();
    }

    /** Looks a program up on a PATH value the way a shell would; on Windows also with .exe, .cmd and .bat. */
    public static Function<String, Optional<Path>> pathLookup(String path, boolean windows) {
        return program -> {
            if (path == null || path.isBlank()) {
                return Optional.empty();
            }
            String[] suffixes = windows ? new String[] {".exe", ".cmd", ".bat", ""} : new String[] {""};
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                for (String suffix : suffixes) {
                    try {
                        Path p = Path.of(dir, program + suffix);
                        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                            return Optional.of(p);
                        }
                    } catch (InvalidPathException e) {
                        // a malformed PATH entry: skip it
                    }
                }
            }
            return Optional.empty();
        };
    }
}

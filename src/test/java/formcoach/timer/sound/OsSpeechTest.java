package formcoach.timer.sound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class OsSpeechTest {
    private final List<String> notices = new ArrayList<>();
    private final List<List<String>> started = new ArrayList<>();
    private final List<FakeProcess> processes = new ArrayList<>();
    private final Executor direct = Runnable::run;

    private OsSpeech.ProcessStarter recordingStarter() {
        return (argv, env) -> {
            started.add(argv);
            FakeProcess p = new FakeProcess();
            processes.add(p);
            return p;
        };
    }

    private static Function<String, Optional<Path>> only(String... present) {
        Set<String> set = Set.of(present);
        return name -> set.contains(name) ? Optional.of(Path.of("/usr/bin", name)) : Optional.empty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      'espeak-ng,spd-say', espeak-ng, ESPEAK_NG
            Linux,      'spd-say',           spd-say,   SPD_SAY
            FreeBSD,    'espeak-ng',         espeak-ng, ESPEAK_NG
            Mac OS X,   'say,espeak-ng',     say,       MAC_SAY
            Windows 11, 'powershell',        powershell, POWERSHELL
            Windows 10, 'pwsh',              pwsh,      POWERSHELL
            """)
    void findsTheSpeechCommandForEachSystem(String os, String present, String name, SpeechCommand.Kind kind) {
        SpeechCommand c = SpeechCommand.find(os, only(present.split(","))).orElseThrow();
        assertThat(c.name()).isEqualTo(name);
        assertThat(c.kind()).isEqualTo(kind);
    }

    @Test
    void noSpeechCommandOnAPlainLinux() {
        assertThat(SpeechCommand.find("Linux", only("say", "powershell"))).isEmpty();
    }

    @Test
    void pathLookupFindsOnlyExecutableFiles(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Files.writeString(a.resolve("espeak-ng"), "not executable");
        Path exe = b.resolve("espeak-ng");
        Files.writeString(exe, "#!/bin/sh\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Function<String, Optional<Path>> which = SpeechCommand.pathLookup(a + java.io.File.pathSeparator + b, false);
        assertThat(which.apply("espeak-ng")).contains(exe);
        assertThat(which.apply("spd-say")).isEmpty();
        assertThat(SpeechCommand.pathLookup(null, false).apply("espeak-ng")).isEmpty();
    }

    @Test
    void windowsPassesTheTextThroughTheEnvironmentNotTheScript() {
        SpeechCommand ps = new SpeechCommand("powershell", Path.of("C:/ps/powershell.exe"), SpeechCommand.Kind.POWERSHELL);
        String text = "Arm circles'; Remove-Item x; '";
        assertThat(String.join(" ", ps.argv(text))).doesNotContain("Remove-Item").contains("$env:FORMCOACH_SAY");
        assertThat(ps.environment(text)).containsEntry("FORMCOACH_SAY", text);
    }

    @Test
    void textIsCleanedSoItCannotBeReadAsAnOption() {
        assertThat(SpeechCommand.clean("--help me\nnow")).isEqualTo("help me now");
        assertThat(SpeechCommand.clean(null)).isEmpty();
        assertThat(SpeechCommand.clean("x".repeat(400))).hasSize(300);
    }

    @Test
    void saysTextThroughTheCommandOnTheExecutor() {
        List<Runnable> queued = new ArrayList<>();
        SpeechCommand espeak = new SpeechCommand("espeak-ng", Path.of("/usr/bin/espeak-ng"), SpeechCommand.Kind.ESPEAK_NG);
        OsSpeech speech = new OsSpeech(Optional.of(espeak), recordingStarter(), queued::add, notices::add);
        speech.say("Arm circles. Shoulders down");
        assertThat(started).isEmpty();
        queued.forEach(Runnable::run);
        assertThat(started).containsExactly(List.of("/usr/bin/espeak-ng", "Arm circles. Shoulders down"));
        assertThat(speech.available()).isTrue();
        assertThat(notices).isEmpty();
    }

    @Test
    void aNewUtteranceCutsOffOneStillSpeaking() {
        SpeechCommand espeak = new SpeechCommand("espeak-ng", Path.of("/usr/bin/espeak-ng"), SpeechCommand.Kind.ESPEAK_NG);
        OsSpeech speech = new OsSpeech(Optional.of(espeak), recordingStarter(), direct, notices::add);
        speech.say("one");
        speech.say("two");
        assertThat(processes.get(0).destroyed).isTrue();
        assertThat(processes.get(1).alive).isTrue();
        processes.get(1).alive = false;
        speech.say("three");
        assertThat(processes.get(1).destroyed).isFalse();
        speech.stop();
        assertThat(processes.get(2).destroyed).isTrue();
    }

    @Test
    void spdSayIsCancelledInTheDaemonToo() {
        SpeechCommand spd = new SpeechCommand("spd-say", Path.of("/usr/bin/spd-say"), SpeechCommand.Kind.SPD_SAY);
        OsSpeech speech = new OsSpeech(Optional.of(spd), recordingStarter(), direct, notices::add);
        speech.say("one");
        speech.say("two");
        assertThat(started).containsExactly(
                List.of("/usr/bin/spd-say", "--wait", "one"),
                List.of("/usr/bin/spd-say", "--cancel"),
                List.of("/usr/bin/spd-say", "--wait", "two"));
    }

    @Test
    void noCommandReportsOnceAndStaysQuiet() {
        OsSpeech speech = new OsSpeech(Optional.empty(), recordingStarter(), direct, notices::add);
        speech.say("one");
        speech.say("two");
        speech.stop();
        assertThat(started).isEmpty();
        assertThat(speech.available()).isFalse();
        assertThat(notices).containsExactly(OsSpeech.NO_SPEECH_COMMAND);
    }

    @Test
    void aCommandThatCannotStartReportsOnceThenStaysQuiet() {
        SpeechCommand espeak = new SpeechCommand("espeak-ng", Path.of("/usr/bin/espeak-ng"), SpeechCommand.Kind.ESPEAK_NG);
        List<String> attempts = new ArrayList<>();
        OsSpeech speech = new OsSpeech(Optional.of(espeak), (argv, env) -> {
            attempts.add(argv.get(1));
            throw new IOException("error=13, Permission denied");
        }, direct, notices::add);
        speech.say("one");
        speech.say("two");
        assertThat(attempts).containsExactly("one");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).startsWith("voice is off: espeak-ng could not be started").endsWith("tones only");
        assertThat(speech.available()).isFalse();
    }

    @Test
    void startsARealProcessWithoutWaitingForIt() throws Exception {
        // under target/, not the system temp folder, which some machines mount noexec
        Files.createDirectories(Path.of("target"));
        Path dir = Files.createTempDirectory(Path.of("target"), "speech-");
        Path fake = dir.resolve("espeak-ng");
        Path out = dir.resolve("said.txt");
        Files.writeString(fake, "#!/bin/sh\nprintf '%s' \"$1\" > '" + out + "'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = OsSpeech.startProcess(
                new SpeechCommand("espeak-ng", fake, SpeechCommand.Kind.ESPEAK_NG).argv("Cat-cow"), Map.of());
        assertThat(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out)).isEqualTo("Cat-cow");
    }
}

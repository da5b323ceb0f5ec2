package formcoach.reliability;

import formcoach.store.InputFiles;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static formcoach.reliability.Runs.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * /dev/zero, a FIFO with no writer and a 60 MB file as every input (facts, standard input, both
 * imports) and as every stored file: one line and exit 2 for an input, a note and the built-ins for
 * a stored file; never a hang and never an OutOfMemoryError.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsTest {
    @TempDir
    static Path shared;
    static Path fifo;
    static Path big;

    @TempDir
    Path tmp;
    Path dir;

    @BeforeAll
    static void oddFiles() throws Exception {
        fifo = shared.resolve("fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo works here").isTrue();
        big = shared.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(60L << 20); // sparse: 60 MB to anyone who asks, no disk used
        }
    }

    @BeforeEach
    void dataFolder() throws Exception {
        dir = Files.createDirectories(tmp.resolve("data"));
    }

    static List<String[]> inputs() {
        List<String[]> out = new ArrayList<>();
        for (String input : new String[] {"/dev/zero", fifo.toString(), big.toString()}) {
            out.add(new String[] {"pain-check", "--facts", input});
            out.add(new String[] {"library", "import", input});
            out.add(new String[] {"routine", "import", input});
        }
        return out;
    }

    @Test
    void everyInputThatIsNotARegularFileOrIsTooLargeIsOneLineAndExitTwo() throws Exception {
        for (String[] args : inputs()) {
            Runs.Run r = cli(dir, args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", args)).singleElement().asString()
                    .matches(".*(is not a regular file \\(it is a (character device|FIFO)\\)|is larger than (1|50) MB).*");
        }
        assertThat(Runs.snapshot(dir)).as("nothing was stored").isEmpty();
    }

    @Test
    void standardInputThatNeverEndsIsCutAtTheLimit() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        InputStream before = System.in;
        System.setIn(endless);
        try {
            Runs.Run r = cli(dir, "pain-check", "--facts", "-");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errLines()).singleElement().asString().isEqualTo("formcoach: cannot read the facts from standard input: it is larger than 1 MB");
        } finally {
            System.setIn(before);
        }
        System.setIn(new ByteArrayInputStream(Runs.FACTS.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            assertThat(cli(dir, "pain-check", "--facts", "-").code()).as("an ordinary object still reads").isZero();
        } finally {
            System.setIn(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings", "lift-plan", "routines", "sessions", "pain-checks", "imported-exercises",
            "custom-exercises", "favourites"})
    void aStoredFileThatIsAFifoALinkToDevZeroOrTooLargeIsMovedAsideNotRead(String name) throws Exception {
        for (Path target : new Path[] {fifo, Path.of("/dev/zero"), big}) {
            Path file = dir.resolve(name + ".json");
            Files.createSymbolicLink(file, target);
            Runs.Run list = cli(dir, "library", "list");
            Runs.Run routines = cli(dir, "routine", "list");
            Runs.Run history = cli(dir, "pain-check", "history");
            new JsonStore(dir, Clock.systemUTC()).read(name, 1, Object.class, () -> null);
            for (Runs.Run r : List.of(list, routines, history)) {
                assertThat(r.code()).as(r.err()).isZero();
            }
            assertThat(Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as("moved aside").isFalse();
            List<Path> aside = Runs.corruptCopies(dir, name);
            assertThat(aside).hasSize(1);
            assertThat(Files.readSymbolicLink(aside.get(0))).as("the link itself was moved, its target untouched").isEqualTo(target);
            Files.delete(aside.get(0));
        }
    }

    @Test
    void theReaderStopsAtItsLimit() throws Exception {
        assertThat(InputFiles.readAtMost(new ByteArrayInputStream(new byte[1024]), 1024)).hasSize(1024);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFiles.readAtMost(new ByteArrayInputStream(new byte[1025]), 1024))
                .isInstanceOf(InputFiles.Refused.class).hasMessage("it is larger than 1 KB");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFiles.read(tmp, 1024))
                .isInstanceOf(InputFiles.Refused.class).hasMessage("it is not a regular file (it is a folder)");
    }
}

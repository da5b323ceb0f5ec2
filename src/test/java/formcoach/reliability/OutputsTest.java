package formcoach.reliability;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static formcoach.reliability.Runs.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** {@code --force} replaces only a regular file: a folder, a FIFO, a device or a link is refused with exit 2. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutputsTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void dataFolderWithOneCheck() throws Exception {
        dir = Files.createDirectories(tmp.resolve("data"));
        Path facts = Runs.write(tmp.resolve("facts.json"), Runs.FACTS);
        assertThat(cli(dir, "pain-check", "--facts", facts.toString(), "--save").code()).isZero();
    }

    private static List<String[]> writers(String out) {
        return List.of(new String[] {"library", "export", out, "--force"},
                new String[] {"routine", "export", "upper-back-warmup", out, "--force"},
                new String[] {"pain-check", "report", "--out", out, "--force"});
    }

    @Test
    void forceOntoAFolderAFifoOrALinkIsRefusedAndLeavesItAlone() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("empty.pdf"));
        Path fifo = tmp.resolve("fifo.pdf");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo works here").isTrue();
        Path target = Runs.write(tmp.resolve("target.txt"), "the link points here");
        Path link = Files.createSymbolicLink(tmp.resolve("link.pdf"), target);
        for (Path out : List.of(folder, fifo, link, Path.of("/dev/null"))) {
            for (String[] args : writers(out.toString())) {
                if (args[0].equals("pain-check") && !out.toString().endsWith(".pdf")) {
                    continue; // the report only writes .pdf files, and says so first
                }
                Runs.Run r = cli(dir, args);
                assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(r.errLines()).singleElement().asString().contains(out.toString()).contains("not replaced");
            }
        }
        assertThat(folder).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Runs.text(target)).isEqualTo("the link points here");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void theReportRefusesToOverwriteWithoutForceAndReplacesARegularFileWithIt() throws Exception {
        Path pdf = Runs.write(tmp.resolve("report.pdf"), "an older report");
        Runs.Run refused = cli(dir, "pain-check", "report", "--out", pdf.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement().asString().contains("already exists; add --force");
        assertThat(Runs.text(pdf)).isEqualTo("an older report");
        Runs.Run forced = cli(dir, "pain-check", "report", "--out", pdf.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.err()).as("no PDFBox warnings").isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}

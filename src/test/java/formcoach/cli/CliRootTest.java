package formcoach.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CliRootTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Cli.Outcome run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void noArgumentsOpensTheWindow() {
        Cli.Outcome o = run();
        assertThat(o.openGui()).isTrue();
        assertThat(o.smoke()).isFalse();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void dataDirAndSmokeWithoutACommandStillOpenTheWindow() {
        Cli.Outcome o = run("--data-dir", "/tmp/somewhere", "--smoke");
        assertThat(o.openGui()).isTrue();
        assertThat(o.smoke()).isTrue();
        assertThat(o.dataDir()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("/tmp/somewhere"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ''
            --smoke
            --data-dir /tmp/a
            --data-dir=/tmp/a --smoke
            --smoke --data-dir /tmp/a
            """)
    void quickGuiPathAgreesWithTheFullCommandLine(String line) {
        String[] args = line.isBlank() ? new String[0] : line.split(" ");
        Cli.Outcome quick = Cli.guiOnly(args).orElseThrow();
        assertThat(quick).isEqualTo(run(args));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            --help
            --version
            library list
            --data-dir
            --data-dir --smoke
            --smoke --smoke
            --data-dir /a --data-dir /b
            --colour
            """)
    void anythingElseGoesToTheFullCommandLine(String line) {
        assertThat(Cli.guiOnly(line.split(" "))).isEmpty();
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        Cli.Outcome o = run("--version");
        assertThat(o.openGui()).isFalse();
        assertThat(o.exitCode()).isZero();
        assertThat(out.toString()).startsWith("Form Coach ");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Cli.Outcome o = run("--help");
        assertThat(o.exitCode()).isZero();
        assertThat(out.toString()).contains("Usage: formcoach").contains("--data-dir");
    }

    @Test
    void unknownCommandIsBadInputWithOneLineOnStderr() {
        Cli.Outcome o = run("fly-to-the-moon");
        assertThat(o.openGui()).isFalse();
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("fly-to-the-moon");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownOptionIsBadInputWithOneLineOnStderr() {
        Cli.Outcome o = run("--colour", "blue");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("--colour");
    }

    @Test
    void dataDirWithoutAValueIsBadInput() {
        Cli.Outcome o = run("--data-dir");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(err.toString()).contains("--data-dir");
    }
}

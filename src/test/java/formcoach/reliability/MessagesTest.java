package formcoach.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import formcoach.store.CrashLog;
import formcoach.store.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static formcoach.reliability.Runs.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the person is told: an unusable data folder, files moved aside, crash reports, JSON problems. */
class MessagesTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void dataFolder() throws Exception {
        dir = Files.createDirectories(tmp.resolve("data"));
    }

    @Test
    void aDataFolderThatIsAFileIsNamedByEveryCommand() throws Exception {
        Path file = Runs.write(tmp.resolve("not-a-folder"), "just a file");
        Path facts = Runs.write(tmp.resolve("facts.json"), Runs.FACTS);
        String[][] reading = {{"library", "list"}, {"library", "show", "face-pull"}, {"library", "search", "row"},
                {"routine", "list"}, {"routine", "show", "upper-back-warmup"}, {"pain-check", "history"}, {"pain-check", "--facts", facts.toString()}};
        for (String[] args : reading) {
            Runs.Run r = cli(file, args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.errLines()).as(String.join(" ", args)).singleElement().asString()
                    .contains("the data folder " + file + " cannot be used: it is a file, not a folder");
        }
        String[][] writing = {{"routine", "import", Runs.write(tmp.resolve("r.json"), Runs.ROUTINE).toString()},
                {"library", "import", Runs.write(tmp.resolve("e.json"), Runs.export(Runs.exercise("x-1", "import"))).toString()},
                {"pain-check", "--facts", facts.toString(), "--save"}};
        for (String[] args : writing) {
            Runs.Run r = cli(file, args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.errLines()).first().asString().contains("cannot be used");
            assertThat(r.errLines()).hasSize(2);
        }
        assertThat(Runs.text(file)).isEqualTo("just a file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings", "routines"})
    void aFileMovedAsideIsReportedOnceByTheCommandLine(String name) throws Exception {
        Runs.write(dir.resolve(name + ".json"), "{\"schemaVersion\": 1, \"data\": ");
        Runs.Run r = cli(dir, "routine", "list");
        assertThat(r.code()).isZero();
        assertThat(r.errLines()).singleElement().asString().startsWith("formcoach: note: " + name + ".json could not be read (the file ends early")
                .contains("moved aside as " + name + ".corrupt-");
    }

    @Test
    void aRestoreFromTheBackupIsReportedByTheCommandLine() throws Exception {
        Path routine = Runs.write(tmp.resolve("r.json"), Runs.ROUTINE);
        assertThat(cli(dir, "routine", "import", routine.toString()).code()).isZero();
        assertThat(cli(dir, "routine", "import", routine.toString()).code()).isZero();
        Runs.write(dir.resolve("routines.json"), "\u0000garbage");
        Runs.Run r = cli(dir, "routine", "list");
        assertThat(r.code()).isZero();
        assertThat(r.errLines()).singleElement().asString().contains("routines.json could not be read").contains("was put back in its place");
        assertThat(r.out()).contains("my-stretch");
    }

    @Test
    void aCrashReportHasTheStackTraceAndTheLineNamesIt() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T17:00:00Z"), ZoneOffset.UTC);
        Path log = CrashLog.write(dir, new IllegalStateException("boom"), "1.2.3", clock).orElseThrow();
        assertThat(log.getParent()).isEqualTo(dir.resolve("logs"));
        assertThat(Runs.text(log)).contains("Form Coach 1.2.3").contains("java.lang.IllegalStateException: boom")
                .contains("at formcoach.reliability.MessagesTest.aCrashReportHasTheStackTraceAndTheLineNamesIt");
        for (int i = 0; i < CrashLog.KEEP + 5; i++) {
            CrashLog.write(dir, new IllegalStateException("again " + i), "1.2.3", Clock.offset(clock, java.time.Duration.ofSeconds(i + 1)));
        }
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            List<String> names = logs.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(CrashLog.KEEP).doesNotContain(log.getFileName().toString());
        }
    }

    @Test
    void anInternalErrorOfTheCommandLineWritesACrashReportAndSaysWhereInOneLine() throws Exception {
        // no input reaches an internal error any more, so the handler is called as picocli calls it
        java.io.StringWriter err = new java.io.StringWriter();
        int code = CrashReportProbe.internalError(dir, new NullPointerException("x"), new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("formcoach: internal error: java.lang.NullPointerException: x. The details were written to " + dir.resolve("logs"));
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            assertThat(logs).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a": NaN}                                  | 'NaN' is not a number JSON allows
            {"a": -Infinity}                            | '-Infinity' is not a number JSON allows
            {"schemaVersion": 1, "data": [{"id": "a     | the file ends early
            {"schemaVersion": 1, "data": [1, 2          | the file ends early
            /* note */ {}                               | comments ('/') are not allowed in JSON
            {"a": 1,}                                   | unexpected character '}' where a name in double quotes was expected
            """)
    void jsonProblemsAreInPlainWords(String text, String expected) {
        assertThatThrownBy(() -> Json.mapper().readTree(text)).isInstanceOfSatisfying(JsonProcessingException.class, e -> {
            String msg = Json.plainMessage(e);
            assertThat(msg).startsWith(expected).doesNotContain("Feature").doesNotContain("enable").doesNotContain("`");
        });
    }

    @Test
    void aStoredFileWithNaNIsReportedWithoutParserNames() throws Exception {
        Runs.write(dir.resolve("routines.json"), "{\"schemaVersion\": 1, \"data\": [{\"id\": NaN}]}");
        Runs.Run r = cli(dir, "routine", "list");
        assertThat(r.err()).contains("'NaN' is not a number JSON allows").doesNotContain("Feature").doesNotContain("`");
    }
}

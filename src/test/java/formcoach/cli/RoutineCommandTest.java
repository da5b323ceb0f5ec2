package formcoach.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import formcoach.store.Json;
import formcoach.timer.Routine;
import formcoach.timer.RoutineJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        Cli.Outcome o = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(o.exitCode(), out.toString(), err.toString());
    }

    private static final String GOOD = """
            {"id": "evening", "name": "Evening stretch", "kind": "cooldown", "steps": [
              {"exerciseId": "childs-pose", "name": "Child's pose", "seconds": 30, "sides": 1},
              {"exerciseId": "open-book", "name": "Open book", "seconds": 25, "sides": 2}
            ]}
            """;

    @Test
    void listShowsTheBuiltinsWithTheirTime() {
        Result r = run("routine", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("upper-back-warmup", "upper-back-cooldown", "sore-back-mobility", "(built in)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listJsonIsAnArrayOfRoutinesInTheRoutineFormat() throws Exception {
        Result r = run("routine", "list", "--json");
        List<Routine> routines = Json.mapper().readValue(r.out(), new TypeReference<List<Routine>>() { });
        assertThat(routines).extracting(Routine::id).contains("upper-back-warmup");
    }

    @Test
    void showPrintsStepsAndTotal() {
        Result r = run("routine", "show", "upper-back-cooldown");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Upper-back cool-down (upper-back-cooldown), cool-down, built in", "Total: ",
                "Thread the needle", "30 s each side", "thread-the-needle");
        assertThat(r.out()).doesNotContain("problem:");
    }

    @Test
    void showJsonRoundTrips() throws Exception {
        Result r = run("routine", "show", "upper-back-warmup", "--json");
        Routine parsed = RoutineJson.parse(r.out().getBytes());
        assertThat(parsed.id()).isEqualTo("upper-back-warmup");
        assertThat(parsed.steps()).isNotEmpty();
    }

    @Test
    void anUnknownIdExitsTwoWithOneLine() {
        Result r = run("routine", "show", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("formcoach: no routine with id 'nope' (see 'formcoach routine list')");
    }

    @Test
    void importThenListAndExportRoundTrip() throws Exception {
        Path file = tmp.resolve("evening.json");
        Files.writeString(file, GOOD);
        Result imported = run("routine", "import", file.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out().strip()).isEqualTo("Imported 'Evening stretch' as evening.");
        assertThat(run("routine", "list").out()).contains("evening", "Evening stretch");

        Result again = run("routine", "import", file.toString());
        assertThat(again.out().strip()).isEqualTo("Imported 'Evening stretch' as evening-stretch (the id 'evening' was already taken or not usable).");

        Path out = tmp.resolve("out.json");
        assertThat(run("routine", "export", "evening", out.toString()).code()).isZero();
        assertThat(RoutineJson.parse(Files.readAllBytes(out))).isEqualTo(RoutineJson.parse(GOOD.getBytes()));
    }

    @Test
    void aBadImportExitsTwoWithOneLineNamingStepAndFieldAndChangesNothing() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, GOOD.replace("\"seconds\": 25", "\"seconds\": -5"));
        Result r = run("routine", "import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(
                "formcoach: bad.json: step 2 (Open book): a step lasts from 5 seconds to 60 minutes, not -5 seconds. Nothing was imported.");
        assertThat(tmp.resolve("data/routines.json")).doesNotExist();

        Files.writeString(bad, GOOD.replace("open-book", "moonwalk"));
        r = run("routine", "import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("step 2 (Open book): exerciseId 'moonwalk'");

        Files.writeString(bad, "{ not json");
        r = run("routine", "import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("formcoach: bad.json: not valid JSON");
        assertThat(run("routine", "list", "--json").out()).doesNotContain("Evening");
    }

    @Test
    void aRefusedImportLeavesStoredRoutinesByteForByte() throws Exception {
        Path good = tmp.resolve("good.json");
        Files.writeString(good, GOOD);
        run("routine", "import", good.toString());
        byte[] before = Files.readAllBytes(tmp.resolve("data/routines.json"));
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, GOOD.replace("\"sides\": 2", "\"sides\": 3"));
        assertThat(run("routine", "import", bad.toString()).code()).isEqualTo(2);
        assertThat(Files.readAllBytes(tmp.resolve("data/routines.json"))).isEqualTo(before);
    }

    @Test
    void exportKeepsAnExistingFileUnlessForced() throws Exception {
        Path out = tmp.resolve("taken.json");
        Files.writeString(out, "mine");
        Result r = run("routine", "export", "upper-back-warmup", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("already exists");
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(run("routine", "export", "upper-back-warmup", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(out)).contains("upper-back-warmup");
    }

    @Test
    void routineWithoutACommandIsBadInput() {
        Result r = run("routine");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
    }
}

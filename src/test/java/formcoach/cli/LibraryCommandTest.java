package formcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library commands in-process, over a temporary data folder. They import the project's own
 * fixtures rather than lean on the built-in content, which lives in assets/.
 */
class LibraryCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        Cli.Outcome o = Cli.run(all.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    private Path fixture(String name) throws IOException {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        try (InputStream in = getClass().getResourceAsStream("/library-fixtures/import/" + name)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void importPrintsCountsAndListIncludesTheImported() throws Exception {
        Path f = fixture("fedb-small.json");
        Run first = run("library", "import", f.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("Imported fedb-small.json (free-exercise-db): 5 records — 5 added, 0 updated, 0 unchanged, 0 skipped.");
        assertThat(first.out()).contains("3 picture path(s) pointed outside the file's folder and were left out");

        Run again = run("library", "import", f.toString(), "--json");
        assertThat(again.code()).isZero();
        JsonNode report = Json.mapper().readTree(again.out());
        assertThat(report.get("added").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isEqualTo(5);

        Run list = run("library", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).containsPattern("fedb-neck-side-stretch\\s+Neck side stretch\\s+stretch\\s+free-exercise-db");

        JsonNode json = Json.mapper().readTree(run("library", "list", "--json").out());
        assertThat(json.isArray()).isTrue();
        JsonNode row = null;
        for (JsonNode n : json) {
            if (n.get("id").asText().equals("fedb-bent-over-barbell-row-test")) {
                row = n;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("category").asText()).isEqualTo("row");
        assertThat(row.at("/muscles/primary/0").asText()).isEqualTo("rhomboids");
        assertThat(row.get("source").asText()).isEqualTo("free-exercise-db");
    }

    @Test
    void showPrintsStepsTempoAndEveryFaultWithItsCueAndFix() throws Exception {
        assertThat(run("library", "import", fixture("mine.json").toString()).code()).isZero();
        Run show = run("library", "show", "my-bent-over-row");
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("My bent-over row  (my-bent-over-row)\nRow · Intermediate · Barbell · Your own\n")
                .contains("Primary muscles: Latissimus dorsi (lats), Rhomboids, Middle trapezius")
                .contains("Tempo: 2-1-2")
                .contains("Setup:\n  1. Set your feet.\n  2. Take your grip.")
                .contains("  SHRUGGING — cue: \"Shoulders down, long neck\"")
                .contains("  ROUNDING — cue: \"Chest proud, ribs down\"")
                .contains("  MOMENTUM — cue: \"Slow down, no swing\"")
                .contains("    Fix: Pause at the start of each rep and move on the tempo.")
                .contains("    Easier: My chest-supported row (my-chest-row)");

        JsonNode json = Json.mapper().readTree(run("library", "show", "my-bent-over-row", "--json").out());
        assertThat(json.get("faults")).hasSize(3);
        assertThat(json.at("/faults/0/fault").asText()).isEqualTo("SHRUGGING");
        assertThat(json.at("/faults/0/selfCheck").asText()).isNotBlank();
        assertThat(json.at("/faults/0/regression").asText()).isEqualTo("my-chest-row");
    }

    @Test
    void unknownIdExitsTwoNamingIt() throws Exception {
        run("library", "import", fixture("mine.json").toString());
        Run r = run("library", "show", "my-bent-over-rwo");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("formcoach: no exercise with id 'my-bent-over-rwo' (closest: my-bent-over-row)\n");
    }

    @Test
    void searchIsTypoTolerantAndFilters() throws Exception {
        run("library", "import", fixture("fedb-small.json").toString());
        run("library", "import", fixture("mine.json").toString());
        Run r = run("library", "search", "bentover barbel rwo");
        assertThat(r.code()).isZero();
        // the built-in content (when present) may rank its own row first; the imported one must be near the top
        assertThat(r.out().lines().limit(3)).anyMatch(l -> l.startsWith("fedb-bent-over-barbell-row-test"));

        Run alias = run("library", "search", "my row", "--category", "row");
        assertThat(alias.out().lines().findFirst().orElseThrow()).contains("my-bent-over-row").contains("(as \"my row\")");

        JsonNode json = Json.mapper().readTree(run("library", "search", "", "--fault", "shrugging", "--limit", "0", "--json").out());
        List<String> ids = new ArrayList<>();
        json.forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).contains("my-bent-over-row", "my-chest-row").doesNotContain("fedb-neck-side-stretch");

        Run none = run("library", "search", "zzqx");
        assertThat(none.out()).isEqualTo("No exercise matches \"zzqx\".\n");

        Run bad = run("library", "search", "row", "--muscle", "lats");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("formcoach: --muscle: unknown muscle 'lats' (known: upper-trapezius,");
    }

    @Test
    void anImportedTwinNamesOursInShowAndSearchFiltersBySource() throws Exception {
        assertThat(run("library", "import", fixture("fedb-back-lifts.json").toString()).code()).isZero();
        JsonNode shown = Json.mapper().readTree(run("library", "show", "fedb-bent-over-barbell-row", "--json").out());
        assertThat(shown.path("twin").path("id").asText()).isEqualTo("barbell-bent-over-row");
        assertThat(shown.path("twin").path("name").asText()).isEqualTo("Barbell bent-over row");
        assertThat(run("library", "show", "fedb-bent-over-barbell-row").out())
                .contains("Same movement as our Barbell bent-over row (barbell-bent-over-row)");
        // no twin: no key; our own lift: no key
        assertThat(Json.mapper().readTree(run("library", "show", "fedb-shotgun-row", "--json").out()).has("twin")).isFalse();
        assertThat(Json.mapper().readTree(run("library", "show", "barbell-bent-over-row", "--json").out()).has("twin")).isFalse();

        Run imported = run("library", "search", "rows", "--source", "imported");
        assertThat(imported.out().lines()).isNotEmpty().allMatch(l -> l.startsWith("fedb-"));
        Run ours = run("library", "search", "rows", "--source", "ours");
        assertThat(ours.out().lines()).isNotEmpty().noneMatch(l -> l.startsWith("fedb-"));
        Run bad = run("library", "search", "rows", "--source", "theirs");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("formcoach: --source: unknown origin 'theirs' (known: ours, yours, imported)\n");
    }

    @Test
    void malformedImportExitsTwoAndStoresNothing() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[{\"id\":\"A\",\"name\":\"A\",\"primaryMuscles\":\"lats\"}]");
        Run r = run("library", "import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("formcoach: bad.json: [0] (A) primaryMuscles: must be a list of text, not text; nothing was imported\n");
        assertThat(Files.exists(tmp.resolve("data/imported-exercises.json"))).isFalse();

        Run missing = run("library", "import", tmp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist; nothing was imported");
    }

    @Test
    void exportWritesOurFormatAndCustomOnlyKeepsYourOwn() throws Exception {
        run("library", "import", fixture("fedb-small.json").toString());
        run("library", "import", fixture("mine.json").toString());
        Path all = tmp.resolve("all.json");
        Run r = run("library", "export", all.toString());
        assertThat(r.code()).isZero();
        JsonNode root = Json.mapper().readTree(all.toFile());
        assertThat(root.get("format").asText()).isEqualTo("formcoach-exercises");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("exercises").size()).isGreaterThanOrEqualTo(7);

        Path mine = tmp.resolve("mine-out.json");
        Run custom = run("library", "export", mine.toString(), "--custom-only");
        assertThat(custom.out()).isEqualTo("Exported 1 of your own exercise to " + mine + "\n");
        JsonNode m = Json.mapper().readTree(mine.toFile());
        assertThat(m.get("exercises")).hasSize(1);
        assertThat(m.at("/exercises/0/id").asText()).isEqualTo("my-bent-over-row");
        assertThat(m.at("/exercises/0/source").asText()).isEqualTo("custom");

        Run exists = run("library", "export", mine.toString());
        assertThat(exists.code()).isEqualTo(2);
        assertThat(exists.err()).isEqualTo("formcoach: " + mine + " already exists; add --force to replace it\n");
        assertThat(run("library", "export", mine.toString(), "--force").code()).isZero();
    }

    @Test
    void libraryWithoutACommandIsBadInput() {
        Run r = run("library");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("formcoach: Missing command: list, show, search, import, export or check");
    }
}

package formcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LogCommandTest {
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

    private Path fixture(String name) throws Exception {
        return Path.of(getClass().getResource("/log-fixtures/" + name).toURI());
    }

    /** A Strong export: four weeks of 32 working sets (plus warm-ups) and a fifth of 51, Monday sessions. */
    private Path jumpFile() throws Exception {
        StringBuilder sb = new StringBuilder("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n");
        String[] days = {"2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24", "2025-04-14", "2025-04-21", "2025-04-28", "2025-05-05", "2025-05-12"};
        int[] sets = {32, 32, 32, 32, 30, 30, 30, 30, 48};
        for (int d = 0; d < days.length; d++) {
            sb.append(days[d]).append(" 18:00:00,\"Pull\",1h,\"Seated Row (Cable)\",W,20.0,10.0,0,0.0,\"\",\"\",\n");
            for (int i = 1; i <= sets[d]; i++) {
                sb.append(days[d]).append(" 18:00:00,\"Pull\",1h,\"Seated Row (Cable)\",").append(i).append(",50.0,10.0,0,0.0,,,\n");
            }
        }
        // one more on Sunday 4 May, which still belongs to 2025-W18
        sb.append("2025-05-04 09:00:00,\"Extra\",20m,\"Bicep Curl (Barbell)\",1,30.0,10.0,0,0.0,\"\",\"\",");
        Path f = tmp.resolve("strong.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void statsJsonHasWeeksAndLoadJumpWarnings() throws Exception {
        Result imp = run("log", "import", jumpFile().toString(), "--json");
        assertThat(imp.code()).as(imp.err()).isZero();
        JsonNode report = Json.mapper().readTree(imp.out());
        assertThat(report.get("added").asInt()).isEqualTo(10);
        assertThat(report.get("names").get("Seated Row (Cable)").asText()).isEqualTo("table");
        assertThat(report.get("unmatched").get(0).get("name").asText()).isEqualTo("Bicep Curl (Barbell)");

        Result r = run("log", "stats", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = Json.mapper().readTree(r.out());
        JsonNode weeks = root.get("weeks");
        assertThat(weeks).hasSize(9);
        assertThat(weeks.get(0).get("week").asText()).isEqualTo("2025-W10");
        assertThat(weeks.get(0).get("workingSets").asInt()).isEqualTo(32);
        assertThat(weeks.get(0).get("byGroup").get("mid-traps-rhomboids").asDouble()).isEqualTo(32.0);
        assertThat(weeks.get(0).get("byGroup").get("rear-delts").asDouble()).isEqualTo(16.0);
        assertThat(weeks.get(7).get("week").asText()).isEqualTo("2025-W19");
        assertThat(weeks.get(6).get("week").asText()).isEqualTo("2025-W18");
        assertThat(weeks.get(6).get("workingSets").asInt()).isEqualTo(31);
        JsonNode warnings = root.get("warnings");
        assertThat(warnings.findValuesAsText("kind")).containsOnly("LOAD_JUMP");
        assertThat(root.get("balance").has("latsDominate")).isTrue();
        JsonNode total = null;
        for (JsonNode w : warnings) {
            if (w.get("group").asText().equals("total") && w.get("week").asText().equals("2025-W20")) {
                assertThat(total).as("one total warning a week").isNull();
                total = w;
            }
        }
        assertThat(total).isNotNull();
        assertThat(total.get("week").asText()).isEqualTo("2025-W20");
        assertThat(total.get("kind").asText()).isEqualTo("LOAD_JUMP");
        assertThat(total.get("ratio").asDouble()).isEqualTo(1.59);
        assertThat(total.get("level").asText()).isEqualTo("WARNING");
        // 2025-W16 follows two empty weeks: the mean of 32, 32, 0, 0 is 16 and 30 is 1.88× that
        assertThat(warnings.findValuesAsText("week")).contains("2025-W16");

        Result text = run("log", "stats");
        assertThat(text.out()).contains("2025-W20", "warning: Working sets this week: 48, your 4-week average 30.3 — 1.6×");
    }

    @Test
    void importListExportAndAddFromTheCommandLine() throws Exception {
        Result imp = run("log", "import", fixture("strong-a-2025.csv").toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("3 sessions, 11 sets (8 working)", "Added 3 sessions");
        Result again = run("log", "import", fixture("strong-a-2025.csv").toString());
        assertThat(again.out()).contains("Added 0 sessions; 3 were already in the log");

        Result add = run("log", "add", "face pull", "15x12.5", "15x12.5", "12x12.5", "rir1", "shrug", "--at", "2025-06-04 07:30");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added 3 sets of Face pull", "12x12.5kg rir1 shrug");

        Result list = run("log", "list", "--json");
        JsonNode sessions = Json.mapper().readTree(list.out());
        assertThat(sessions).hasSize(4);
        assertThat(sessions.get(3).get("exercises").get(0).get("exerciseId").asText()).isEqualTo("face-pull");
        assertThat(run("log", "list").out()).contains("2025-06-04 07:30", "2025-W23");

        Path csv = tmp.resolve("out.csv");
        Result export = run("log", "export", csv.toString());
        assertThat(export.code()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("date,time,week,workout,exercise,exercise_id,set,set_type");
        Path json = tmp.resolve("out.json");
        assertThat(run("log", "export", json.toString()).code()).isZero();
        assertThat(Json.mapper().readTree(json.toFile()).get("sessions")).hasSize(4);
    }

    @Test
    void badInputIsExit2WithOneLineAndNothingChanged() throws Exception {
        run("log", "import", fixture("strong-a10.csv").toString());
        List<String> before = listing();
        Result bad = run("log", "import", fixture("bad-strong-weight.csv").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("row 2 (line 3), column Weight: 'sixty' is not a number");
        assertThat(listing()).isEqualTo(before);

        assertThat(run("log", "import", tmp.resolve("missing.csv").toString()).code()).isEqualTo(2);
        Result set = run("log", "add", "pull-up", "8xx");
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("is not a set");
        assertThat(run("log", "add", "no-such-lift-anywhere", "8x60").code()).isEqualTo(2);
        assertThat(run("log", "add", "pull-up", "8@bw", "--at", "yesterday").code()).isEqualTo(2);
        assertThat(run("log", "review", "X", "--as", "nope").code()).isEqualTo(2);
        assertThat(run("log").code()).isEqualTo(2);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void reviewMapsANameOrKeepsIt() throws Exception {
        run("log", "import", fixture("hevy-pt.csv").toString());
        assertThat(run("log", "review").out()).contains("Puxada Alta na Polia (Máquina)");
        Result r = run("log", "review", "Puxada Alta na Polia (Máquina)", "--as", "wide-grip-lat-pulldown");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 sessions updated");
        assertThat(run("log", "review", "Remada Baixa Iso-Lateral", "--own").code()).isZero();
        assertThat(run("log", "review").out()).doesNotContain("Puxada Alta").doesNotContain("Remada Baixa");
    }

    private List<String> listing() throws Exception {
        Path data = tmp.resolve("data");
        try (Stream<Path> s = Files.list(data)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    out.add(p.getFileName() + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p));
                }
            }
            return out;
        }
    }

    @Test
    void theUnitIsASetting() throws Exception {
        assertThat(run("log", "unit").out().strip()).isEqualTo("kg");
        assertThat(run("log", "unit", "lbs").code()).isZero();
        assertThat(run("log", "unit").out().strip()).isEqualTo("lb");
        Result add = run("log", "add", "pull-up", "5@bw+25", "--at", "2025-06-04 07:30");
        assertThat(add.out()).contains("5@bw+25lb");
        assertThat(run("log", "unit", "stone").code()).isEqualTo(2);
    }

    @Test
    void reviewOwnWithMuscleGroupsCountsTheLiftInThoseGroupsAndABadGroupIsExit2() throws Exception {
        assertThat(run("log", "import", jumpFile().toString()).code()).isZero();
        Result bad = run("log", "review", "Bicep Curl (Barbell)", "--own", "--primary", "biceps,necks");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("'necks' is not a muscle group");
        assertThat(run("log", "review", "Bicep Curl (Barbell)", "--as", "pull-up", "--primary", "biceps").code()).isEqualTo(2);
        JsonNode before = week(Json.mapper().readTree(run("log", "stats", "--json").out()), "2025-W18");
        Result ok = run("log", "review", "Bicep Curl (Barbell)", "--own", "--primary", "biceps", "--secondary", "rear-delts");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("its working sets count for Biceps; secondary: Rear delts");
        JsonNode after = week(Json.mapper().readTree(run("log", "stats", "--json").out()), "2025-W18");
        // the one working set of the curl: 1 for biceps, 0.5 for rear delts
        assertThat(after.get("byGroup").get("biceps").asDouble()).isEqualTo(before.get("byGroup").get("biceps").asDouble() + 1.0);
        assertThat(after.get("byGroup").get("rear-delts").asDouble()).isEqualTo(before.get("byGroup").get("rear-delts").asDouble() + 0.5);
        assertThat(after.get("workingSets").asInt()).isEqualTo(before.get("workingSets").asInt());

        // a set's note typed on the command line is stored and exported
        Result add = run("log", "add", "face pull", "15x20 \"slow, elbows high\"", "--at", "2025-05-13 18:00");
        assertThat(add.code()).as(add.err()).isZero();
        Path csv = tmp.resolve("out.csv");
        assertThat(run("log", "export", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).contains(",\"slow, elbows high\"\n");
    }

    private static JsonNode week(JsonNode stats, String week) {
        for (JsonNode w : stats.get("weeks")) {
            if (w.get("week").asText().equals(week)) {
                return w;
            }
        }
        throw new AssertionError("no week " + week + " in " + stats);
    }
}

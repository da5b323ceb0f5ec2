package formcoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.paincheck.PainCheckHistory;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import formcoach.store.StoreNotice;
import formcoach.timer.RoutineKind;
import formcoach.timer.Routines;
import formcoach.timer.RunSummary;
import formcoach.timer.SessionLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static formcoach.reliability.Runs.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's null records, for every stored list: a file that parses but holds a null record and
 * a record without a required field. The readable records are kept, the bad ones are set aside in
 * a byte-identical copy of the original, the command line says which file, which record and why,
 * and the next save works (decision 0006).
 */
class NullRecordsTest {
    @TempDir
    Path tmp;
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void dataFolder() throws Exception {
        dir = Files.createDirectories(tmp.resolve("data"));
    }

    private final Clock clock = Clock.systemUTC();

    /** Saves one good record of this kind through its real save path. */
    private void saveOne(String name, int n) throws Exception {
        JsonStore store = new JsonStore(dir, clock);
        switch (name) {
            case Routines.STORE_NAME -> {
                Path f = Runs.write(tmp.resolve("in-" + n + ".json"), Runs.ROUTINE);
                assertThat(cli(dir, "routine", "import", f.toString()).code()).isZero();
            }
            case SessionLog.STORE_NAME -> new SessionLog(store, clock).recordIfDue(new RunSummary("upper-back-warmup",
                    "Upper-back warm-up", RoutineKind.WARMUP, 7, 7, 420_000_000_000L, 420_000_000_000L, 420_000_000_000L, true),
                    Instant.parse("2026-12-01T10:00:00Z").plusSeconds(n));
            case PainCheckHistory.STORE_NAME -> {
                Path f = Runs.write(tmp.resolve("facts.json"), Runs.FACTS);
                assertThat(cli(dir, "pain-check", "--facts", f.toString(), "--save").code()).isZero();
            }
            case Library.IMPORTED_STORE, Library.CUSTOM_STORE -> {
                String source = name.equals(Library.CUSTOM_STORE) ? "custom" : "import";
                Path f = Runs.write(tmp.resolve("ex-" + n + ".json"), Runs.export(Runs.exercise(source + "-" + n, source)));
                Runs.Run r = cli(dir, "library", "import", f.toString());
                assertThat(r.code()).as(r.err()).isZero();
            }
            case "favourites" -> Library.load(store).toggleFavourite(n == 1 ? "barbell-bent-over-row" : "face-pull");
            default -> throw new IllegalArgumentException(name);
        }
    }

    private static String requiredField(String name) {
        return switch (name) {
            case Routines.STORE_NAME -> "kind";
            case SessionLog.STORE_NAME -> "startedAt";
            case PainCheckHistory.STORE_NAME -> "facts";
            case Library.IMPORTED_STORE -> "category";
            case Library.CUSTOM_STORE -> "name";
            default -> null;
        };
    }

    /** Loads this kind the way the app and the command line do; returns the notices raised. */
    private List<String> load(String name) throws Exception {
        List<String> messages = new ArrayList<>();
        if (name.equals(SessionLog.STORE_NAME)) {
            messages.addAll(new SessionLog(new JsonStore(dir, clock), clock).notices());
            return messages;
        }
        String[] command = switch (name) {
            case Routines.STORE_NAME -> new String[] {"routine", "list"};
            case PainCheckHistory.STORE_NAME -> new String[] {"pain-check", "history"};
            default -> new String[] {"library", "list"};
        };
        Runs.Run r = cli(dir, command);
        assertThat(r.code()).as(r.err()).isZero();
        messages.addAll(r.errLines());
        return messages;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"routines", "sessions", "pain-checks", "imported-exercises", "custom-exercises", "favourites"})
    void nullAndIncompleteRecordsAreSetAsideTheRestKeptAndTheNextSaveWorks(String name) throws Exception {
        saveOne(name, 1);
        Path file = dir.resolve(name + ".json");
        ObjectNode root = (ObjectNode) Json.mapper().readTree(file.toFile());
        ArrayNode data = (ArrayNode) root.get("data");
        JsonNode good = data.get(0).deepCopy();
        data.addNull();
        String field = requiredField(name);
        if (field != null) {
            ObjectNode incomplete = (ObjectNode) good.deepCopy();
            incomplete.remove(field);
            if (incomplete.has("id")) {
                incomplete.put("id", incomplete.get("id").asText() + "-b");
            }
            data.add(incomplete);
        }
        byte[] broken = Json.mapper().writeValueAsBytes(root);
        Files.write(file, broken);
        Path bystander = Runs.write(dir.resolve("zz-bystander.json"), "left alone");

        String messages = String.join("\n", load(name));

        assertThat(messages).contains(name + ".json").contains("record 2: it is empty (null)");
        if (field != null) {
            assertThat(messages).contains("record 3:");
        }
        List<Path> aside = Runs.corruptCopies(dir, name);
        assertThat(aside).as("the whole original, byte for byte").hasSize(1);
        assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(broken);
        JsonNode kept = Json.mapper().readTree(file.toFile()).get("data");
        assertThat(kept).as("only the readable record is left in use").hasSize(1);
        assertThat(kept.get(0)).isEqualTo(good);
        assertThat(Runs.text(bystander)).isEqualTo("left alone");

        saveOne(name, 2);
        JsonNode after = Json.mapper().readTree(file.toFile()).get("data");
        assertThat(after).as("the next save works and keeps the earlier record").hasSize(2).contains(good);
        assertThat(load(name)).as("nothing more to report").noneMatch(m -> m.contains(name + ".json"));
        for (String[] args : new String[][] {{"library", "list"}, {"routine", "list"}, {"pain-check", "history"}}) {
            assertThat(cli(dir, args).code()).as(String.join(" ", args)).isZero();
        }
    }

    @Test
    void painCheckHistoryOfOnlyANullRecordNoLongerStopsChecksBeingSaved() throws Exception {
        Runs.write(dir.resolve("pain-checks.json"), "{\"schemaVersion\":1,\"data\":[null]}");
        Runs.Run history = cli(dir, "pain-check", "history");
        assertThat(history.code()).isZero();
        assertThat(history.errLines()).singleElement().asString()
                .contains("pain-checks.json had 1 record that could not be used (record 1: it is empty (null))")
                .contains("pain-checks.corrupt-");
        Path f = Runs.write(tmp.resolve("facts.json"), Runs.FACTS);
        Runs.Run save = cli(dir, "pain-check", "--facts", f.toString(), "--save");
        assertThat(save.code()).as(save.err()).isZero();
        assertThat(Json.mapper().readTree(dir.resolve("pain-checks.json").toFile()).get("data")).hasSize(1);
    }

    @Test
    void settingsWithNullDataAreMovedAsideAndTheNextSaveWorks() throws Exception {
        Runs.write(dir.resolve("settings.json"), "{\"schemaVersion\":1,\"data\":null}");
        JsonStore store = new JsonStore(dir, clock);
        var loaded = Settings.load(store);
        assertThat(loaded.notice().map(StoreNotice::message).orElseThrow()).contains("settings.json could not be read");
        Settings.defaults().withTheme("dark").save(store);
        assertThat(Settings.load(new JsonStore(dir, clock)).value().theme()).isEqualTo("dark");
    }

    @Test
    void liftPlanWithoutItsDateIsMovedAsideAndTheNextSaveWorks() throws Exception {
        Runs.write(dir.resolve("lift-plan.json"), "{\"schemaVersion\":1,\"data\":{\"exerciseIds\":[null],\"warmUpDone\":true}}");
        JsonStore store = new JsonStore(dir, clock);
        assertThat(TodayPlan.latest(store)).isEmpty();
        assertThat(store.notices()).singleElement().extracting(StoreNotice::message).asString().contains("lift-plan.json could not be read");
        new TodayPlan(LocalDate.of(2026, 12, 6), List.of("face-pull"), true).save(store);
        assertThat(TodayPlan.latest(new JsonStore(dir, clock)).orElseThrow().exerciseIds()).containsExactly("face-pull");
        assertThat(Runs.corruptCopies(dir, "lift-plan")).hasSize(1);
    }
}

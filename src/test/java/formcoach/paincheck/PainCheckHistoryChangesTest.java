package formcoach.paincheck;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Marking a check as entered by mistake, deleting and putting back, and storing only what was asked. */
class PainCheckHistoryChangesTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Instant T0 = Instant.parse("2025-03-03T18:00:00Z");

    @TempDir
    Path tmp;

    PainCheckHistory history() {
        return new PainCheckHistory(new JsonStore(tmp, Clock.fixed(T0, ZoneId.of("UTC"))));
    }

    PainCheckRecord add(PainCheckHistory h, Instant at, String overrides) throws Exception {
        Facts f = TestFacts.doms(overrides);
        return h.add(f, CHECKER.check(f, CHECKER.region("GB")), at, "neck-traps", null, List.of());
    }

    JsonNode stored() throws Exception {
        return Json.mapper().readTree(Files.readAllBytes(tmp.resolve("pain-checks.json"))).get("data");
    }

    @Test
    void aCheckMarkedAsAMistakeStaysInTheFileButCountsNowhere() throws Exception {
        PainCheckHistory h = history();
        PainCheckRecord a = add(h, T0, "");
        PainCheckRecord b = add(h, T0.plus(Duration.ofHours(5)), "\"severity\": 8");
        PainCheckRecord marked = h.markEnteredByMistake(b.id(), true);
        assertThat(marked.enteredByMistake()).isTrue();
        assertThat(h.list()).extracting(PainCheckRecord::id).containsExactly(a.id());
        assertThat(h.loadAll().value()).extracting(PainCheckRecord::id).containsExactly(a.id(), b.id());
        assertThat(h.find(b.id())).get().extracting(PainCheckRecord::enteredByMistake).isEqualTo(true);
        assertThat(stored().get(1).get("enteredByMistake").asBoolean()).isTrue();
        assertThat(stored().get(0).has("enteredByMistake")).as("unmarked checks do not carry the field").isFalse();

        h.markEnteredByMistake(b.id(), false);
        assertThat(h.list()).extracting(PainCheckRecord::id).containsExactly(a.id(), b.id());
        assertThat(h.find(b.id()).orElseThrow()).isEqualTo(b);
    }

    @Test
    void anUnknownIdIsRefusedAndNothingChanges() throws Exception {
        PainCheckHistory h = history();
        add(h, T0, "");
        byte[] before = Files.readAllBytes(tmp.resolve("pain-checks.json"));
        assertThatThrownBy(() -> h.markEnteredByMistake("pc-nope", true)).isInstanceOf(PainCheckHistory.UnknownCheckException.class)
                .hasMessage("no saved pain check with id 'pc-nope'");
        assertThatThrownBy(() -> h.delete("pc-nope")).isInstanceOf(PainCheckHistory.UnknownCheckException.class);
        assertThat(Files.readAllBytes(tmp.resolve("pain-checks.json"))).isEqualTo(before);
    }

    @Test
    void aDeletedCheckIsGoneAndUndoPutsItBackAsItWas() throws Exception {
        PainCheckHistory h = history();
        PainCheckRecord a = add(h, T0, "");
        PainCheckRecord b = h.markEnteredByMistake(add(h, T0.plus(Duration.ofHours(5)), "\"fever\": true").id(), true);
        PainCheckRecord gone = h.delete(b.id());
        assertThat(gone).isEqualTo(b);
        assertThat(h.loadAll().value()).extracting(PainCheckRecord::id).containsExactly(a.id());
        // a check saved meanwhile (another window) is kept when the deleted one comes back
        PainCheckRecord c = add(h, T0.plus(Duration.ofHours(9)), "");
        h.restore(gone);
        assertThat(h.loadAll().value()).containsExactly(a, b, c);
        h.restore(gone);
        assertThat(h.loadAll().value()).hasSize(3);
    }

    @Test
    void changesFromTwoPlacesAtOnceAreAllKept() throws Exception {
        PainCheckHistory h = history();
        List<PainCheckRecord> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(add(h, T0.plus(Duration.ofHours(i)), ""));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String id = made.get(i).id();
                boolean even = i % 2 == 0;
                // a separate store object per job, as the app and the command line each have their own
                jobs.add(pool.submit(() -> {
                    PainCheckHistory other = new PainCheckHistory(new JsonStore(tmp, Clock.systemUTC()));
                    return even ? other.markEnteredByMistake(id, true) : other.delete(id);
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(h.loadAll().value()).extracting(PainCheckRecord::id)
                .containsExactly(made.get(0).id(), made.get(2).id(), made.get(4).id());
        assertThat(h.loadAll().value()).allMatch(PainCheckRecord::enteredByMistake);
    }

    @Test
    void anEarlyEmergencyStoresOnlyWhatWasAsked() throws Exception {
        PainCheckHistory h = history();
        // what the questionnaire hands over: placeholders for the questions never asked
        Facts f = TestFacts.doms("\"chestPainOrPressure\": true, \"severity\": 0, \"daysSinceOnset\": 0, \"onsetHours\": 24, \"character\": \"dull\"");
        List<String> notAsked = List.of("onsetHours", "character", "location", "severity", "daysSinceOnset", "darkUrine", "fever");
        PainCheckRecord r = h.add(f, CHECKER.check(f, CHECKER.region("GB")), T0, null, null, notAsked);
        JsonNode facts = stored().get(0).get("facts");
        assertThat(facts.has("severity")).isFalse();
        assertThat(facts.has("daysSinceOnset")).isFalse();
        assertThat(facts.has("onsetHours")).isFalse();
        assertThat(facts.has("darkUrine")).isFalse();
        assertThat(facts.get("chestPainOrPressure").asBoolean()).isTrue();
        assertThat(facts.get("improving").asBoolean()).isTrue();
        assertThat(stored().get(0).get("notAsked")).hasSize(7);

        PainCheckRecord back = h.find(r.id()).orElseThrow();
        assertThat(back).isEqualTo(r);
        assertThat(back.asked(FactKey.SEVERITY)).isFalse();
        assertThat(back.asked(FactKey.CHEST_PAIN_OR_PRESSURE)).isTrue();
        assertThat(back.stoppedEarly()).isTrue();
    }

    @Test
    void anOldRecordWithPlaceholdersAndNoMarkReadsTheSameAndIsWrittenWithoutThem() throws Exception {
        // as version 1 wrote it: every key present, the unasked ones as placeholders, no mistake field
        String old = """
                {"schemaVersion": 1, "data": [{"id": "pc-20250303-180000", "time": "2025-03-03T18:00:00Z",
                 "facts": {"onsetHours": 24.0, "character": "dull", "location": "diffuse", "severity": 0, "daysSinceOnset": 0,
                   "improving": false, "worseWithMovement": false, "painAtRest": false, "chestPainOrPressure": true, "darkUrine": false},
                 "level": "EMERGENCY", "pattern": "DOMS",
                 "reasons": [{"rule": "chest-pain", "level": "EMERGENCY", "text": "Chest pain.", "sources": ["NHS-BP"]}],
                 "rulesVersion": "2025.1", "notAsked": ["onsetHours", "character", "location", "severity", "daysSinceOnset", "improving",
                   "worseWithMovement", "painAtRest", "darkUrine"]},
                 {"id": "pc-20250304-180000", "time": "2025-03-04T18:00:00Z",
                 "facts": {"onsetHours": 20, "character": "aching", "location": "diffuse", "severity": 3, "daysSinceOnset": 1,
                   "improving": true, "worseWithMovement": true, "painAtRest": false},
                 "level": "SELF_CARE_DOMS", "pattern": "DOMS", "reasons": [], "rulesVersion": "2025.1"}]}""";
        Files.writeString(tmp.resolve("pain-checks.json"), old);
        PainCheckHistory h = history();
        List<PainCheckRecord> all = h.loadAll().value();
        assertThat(all).hasSize(2).noneMatch(PainCheckRecord::enteredByMistake);
        assertThat(all.get(0).asked(FactKey.SEVERITY)).isFalse();
        assertThat(all.get(0).facts().is(FactKey.CHEST_PAIN_OR_PRESSURE)).isTrue();
        assertThat(all.get(1).facts().severity()).isEqualTo(3);

        h.markEnteredByMistake("pc-20250304-180000", true);
        JsonNode first = stored().get(0).get("facts");
        assertThat(first.has("severity")).isFalse();
        assertThat(first.has("improving")).isFalse();
        assertThat(first.get("chestPainOrPressure").asBoolean()).isTrue();
        assertThat(h.loadAll().value().get(0)).isEqualTo(all.get(0));
    }

    @Test
    void aStoredRecordMissingARequiredKeyThatWasAskedIsRefused() throws Exception {
        Files.writeString(tmp.resolve("pain-checks.json"), """
                {"schemaVersion": 1, "data": [{"id": "x", "time": "2025-03-03T18:00:00Z",
                 "facts": {"onsetHours": 24.0, "character": "dull", "location": "diffuse", "daysSinceOnset": 0,
                   "improving": false, "worseWithMovement": false, "painAtRest": false},
                 "level": "SELF_CARE_DOMS", "pattern": "DOMS", "rulesVersion": "2"}]}""");
        var l = history().loadAll();
        assertThat(l.value()).isEmpty();
        assertThat(l.notice()).isPresent();
    }
}

package formcoach.log;

import formcoach.library.Fault;
import formcoach.store.Json;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick month-file reader (decision 0014) must read exactly what the general reader reads, and
 * give up on everything else so that the general reader reports it as before.
 */
class MonthFileReaderTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] NOTES = {"", "left shoulder clicked", "felt it \"here\"", "comma, and ; semicolon",
            "back\\slash / slash", "ümlaut – dash ✓ 腰", "tab\there", "😀 emoji"};

    /** Sessions with every kind of value a set or session can hold. */
    static List<Session> variety(long seed, int count) {
        Random rnd = new Random(seed);
        List<Session> out = new ArrayList<>();
        LocalDateTime at = LocalDateTime.of(2025, 3, 1, 6, 0, 0);
        for (int s = 0; s < count; s++) {
            List<LoggedExercise> ex = new ArrayList<>();
            for (int e = 0; e < 1 + rnd.nextInt(4); e++) {
                List<LoggedSet> sets = new ArrayList<>();
                for (int k = 0; k < rnd.nextInt(6); k++) {
                    LoadKind kind = LoadKind.values()[rnd.nextInt(3)];
                    boolean useRir = rnd.nextBoolean();
                    sets.add(new LoggedSet(rnd.nextInt(30), rnd.nextInt(4000) * 0.25 + (rnd.nextInt(9) == 0 ? 0.1 + 0.2 : 0),
                            WeightUnit.values()[rnd.nextInt(2)], kind, SetType.values()[rnd.nextInt(4)],
                            useRir && rnd.nextBoolean() ? rnd.nextInt(6) : null,
                            !useRir && rnd.nextBoolean() ? 1 + rnd.nextInt(19) * 0.5 : null,
                            rnd.nextInt(4) == 0 ? Fault.values()[rnd.nextInt(3)] : null,
                            rnd.nextInt(5) == 0 ? rnd.nextInt(600) : null, NOTES[rnd.nextInt(NOTES.length)]));
                }
                ex.add(new LoggedExercise(rnd.nextBoolean() ? "pull-up" : null, "Pull Up (Assisted) " + e, sets,
                        NOTES[rnd.nextInt(NOTES.length)]));
            }
            boolean imported = rnd.nextBoolean();
            out.add(new Session(null, at.plusHours(s * 13L).plusSeconds(rnd.nextInt(3600)), "Title " + NOTES[rnd.nextInt(NOTES.length)],
                    imported ? "strong" : "manual", imported ? "strong:" + s : null, NOTES[rnd.nextInt(NOTES.length)], ex));
        }
        return out;
    }

    private static List<Session> general(byte[] bytes, int schemaVersion) throws Exception {
        var root = Json.mapper().readTree(bytes);
        assertThat(root.get("schemaVersion").intValue()).isLessThanOrEqualTo(schemaVersion);
        return List.of(Json.mapper().treeToValue(root.get("data"), Session[].class));
    }

    @Test
    void readsWhatTheGeneralReaderReadsForEveryKindOfValue() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            JsonStore store = new JsonStore(dir.resolve("s" + seed), CLOCK);
            TrainingLog log = TrainingLog.load(store, CLOCK);
            log.addImported(variety(seed, 60));
            for (String month : List.of("2025-03", "2025-04")) {
                byte[] bytes = Files.readAllBytes(store.fileFor(TrainingLog.storeName(month)));
                List<Session> quick = MonthFileReader.INSTANCE.readIfClean(bytes, TrainingLog.SCHEMA_VERSION);
                assertThat(quick).as("seed %d month %s", seed, month).isNotNull().isEqualTo(general(bytes, TrainingLog.SCHEMA_VERSION));
            }
        }
    }

    @Test
    void aSchemaOneFileWithNineElementSetsReadsWithNoNotes() throws Exception {
        String v1 = """
                {
                  "schemaVersion" : 1,
                  "data" : [ {
                    "id" : "2025-03-1",
                    "start" : "2025-03-03T18:00:00",
                    "title" : "Pull",
                    "source" : "manual",
                    "exercises" : [ {
                      "exerciseId" : "pull-up",
                      "name" : "Pull-up",
                      "sets" : [ [ 8, 10.0, "kg", "bodyweight", "normal", 2, null, "SHRUGGING", null ], [ 6, 20, "lb", "assisted", "warmup", null, 8.5, null, 30 ] ]
                    } ]
                  } ]
                }
                """;
        byte[] bytes = v1.getBytes(StandardCharsets.UTF_8);
        List<Session> quick = MonthFileReader.INSTANCE.readIfClean(bytes, 2);
        assertThat(quick).isEqualTo(general(bytes, 2));
        LoggedSet first = quick.get(0).exercises().get(0).sets().get(0);
        assertThat(first.note()).isEmpty();
        assertThat(first.fault()).isEqualTo(Fault.SHRUGGING);
        assertThat(quick.get(0).exercises().get(0).sets().get(1).loadKind()).isEqualTo(LoadKind.ASSISTED);
    }

    private static final String GOOD_SET = "[ 8, 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\" ]";

    private static String file(String version, String session) {
        return "{ \"schemaVersion\" : " + version + ", \"data\" : [ " + session + " ] }";
    }

    private static String session(String set) {
        return "{ \"id\" : \"2025-03-1\", \"start\" : \"2025-03-03T18:00:00\", \"title\" : \"\", \"source\" : \"manual\","
                + " \"exercises\" : [ { \"exerciseId\" : \"pull-up\", \"name\" : \"Pull-up\", \"sets\" : [ " + set + " ] } ] }";
    }

    @Test
    void theWellFormedBaseOfTheCasesBelowIsRead() {
        assertThat(MonthFileReader.INSTANCE.readIfClean(file("2", session(GOOD_SET)).getBytes(StandardCharsets.UTF_8), 2)).hasSize(1);
    }

    /** Each of these is left to the general reader, which reports or coerces it as it always did. */
    @ParameterizedTest
    @ValueSource(strings = {
        "VERSION:3", "VERSION:0", "VERSION:1.0", "VERSION:\"1\"",
        "SET:[ 8.0, 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\" ]",
        "SET:[ \"8\", 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\" ]",
        "SET:[ -1, 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\" ]",
        "SET:[ 8, 60.0, \"kgs\", \"external\", \"normal\", 2, null, null, null, \"\" ]",
        "SET:[ 8, 60.0, \"kg\", \"external\", \"normal\", 9, null, null, null, \"\" ]",
        "SET:[ 8, 60.0, \"kg\", \"external\", \"normal\", 2, null, \"shrugging\", null, \"\" ]",
        "SET:[ 8, 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\", 1 ]",
        "SET:[ 8, 60.0, \"kg\", \"external\", \"normal\", 2, null, null ]",
        "SET:[ 8, 060.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\" ]",
        "SET:[ 8, NaN, \"kg\", \"external\", \"normal\", 2, null, null, null, \"\" ]",
        "SET:[ 8, 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"bad \\x escape\" ]",
        "SET:[ 8, 60.0, \"kg\", \"external\", \"normal\", 2, null, null, null, \"raw\ttab\" ]",
        "SET:{ \"reps\" : 8 }",
        "SESSION:{ \"id\" : \"2025-03-1\", \"start\" : \"2025-03-03T18:00\", \"exercises\" : [] }",
        "SESSION:{ \"id\" : \"2025-03-1\", \"start\" : \"2025-02-30T18:00:00\", \"exercises\" : [] }",
        "SESSION:{ \"id\" : \"2025-03-1\", \"exercises\" : [] }",
        "SESSION:{ \"id\" : \"2025-03-1\", \"start\" : \"2025-03-03T18:00:00\", \"colour\" : \"red\" }",
        "SESSION:{ \"id\" : \"2025-03-1\", \"id\" : \"2025-03-2\", \"start\" : \"2025-03-03T18:00:00\" }",
        "SESSION:null",
        "SESSION:{ \"id\" : \"2025-03-1\", \"start\" : \"2025-03-03T18:00:00\" } // comment",
        "TAIL: x", "TAIL:}", "CUT:",
    })
    void givesUpOnAnythingNotExactlyAsWritten(String c) {
        String kind = c.substring(0, c.indexOf(':'));
        String arg = c.substring(c.indexOf(':') + 1);
        String text = switch (kind) {
            case "VERSION" -> file(arg, session(GOOD_SET));
            case "SET" -> file("2", session(arg));
            case "SESSION" -> file("2", arg);
            case "TAIL" -> file("2", session(GOOD_SET)) + arg;
            default -> file("2", session(GOOD_SET)).substring(0, 60);
        };
        assertThat(MonthFileReader.INSTANCE.readIfClean(text.getBytes(StandardCharsets.UTF_8), 2)).as(text).isNull();
    }

    @Test
    void givesUpOnAByteOrderMarkAndOnBytesThatAreNotUtf8() {
        byte[] good = file("2", session(GOOD_SET.replace("\"\" ]", "\"é\" ]"))).getBytes(StandardCharsets.UTF_8);
        assertThat(MonthFileReader.INSTANCE.readIfClean(good, 2)).hasSize(1);
        byte[] bom = new byte[good.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(good, 0, bom, 3, good.length);
        assertThat(MonthFileReader.INSTANCE.readIfClean(bom, 2)).isNull();
        byte[] latin1 = file("2", session(GOOD_SET.replace("\"\" ]", "\"é\" ]"))).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MonthFileReader.INSTANCE.readIfClean(latin1, 2)).isNull();
    }

    @Test
    void aBadRecordInAMonthIsStillReportedByNumberAndTheOthersKept() throws Exception {
        JsonStore store = new JsonStore(dir, CLOCK);
        TrainingLog log = TrainingLog.load(store, CLOCK);
        log.addImported(variety(7, 4));
        Path month = store.fileFor(TrainingLog.storeName("2025-03"));
        String text = Files.readString(month);
        // the second session's start becomes a date that does not exist
        int second = text.indexOf("\"start\"", text.indexOf("\"start\"") + 1);
        String broken = text.substring(0, second) + "\"start\" : \"2025-03-32T18:00:00\"" + text.substring(text.indexOf(',', second));
        Files.writeString(month, broken);
        TrainingLog again = TrainingLog.load(new JsonStore(dir, CLOCK), CLOCK);
        assertThat(again.sessions()).hasSize(3);
        assertThat(again.notices()).singleElement().asString().contains("training-log-2025-03.json").contains("record 2");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("training-log-2025-03.corrupt-"));
        }
    }

    @Test
    void aNewerMonthFileIsLeftAloneAsBefore() throws Exception {
        JsonStore store = new JsonStore(dir, CLOCK);
        Path month = store.fileFor(TrainingLog.storeName("2025-03"));
        Files.writeString(month, file("3", session(GOOD_SET)));
        TrainingLog log = TrainingLog.load(store, CLOCK);
        assertThat(log.sessions()).isEmpty();
        assertThat(log.notices()).singleElement().asString().contains("newer version");
        assertThat(Files.readString(month)).isEqualTo(file("3", session(GOOD_SET)));
    }
}

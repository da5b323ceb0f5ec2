package formcoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class JsonStoreTest {
    record Note(String text, int count) {
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JsonStore store() {
        return new JsonStore(dir, CLOCK);
    }

    @Test
    void writtenValueReadsBackWithItsSchemaVersion() throws Exception {
        store().write("notes", 1, new Note("hello", 3));
        Loaded<Note> loaded = store().read("notes", 1, Note.class, () -> null);
        assertThat(loaded.value()).isEqualTo(new Note("hello", 3));
        assertThat(loaded.source()).isEqualTo(Loaded.Source.FILE);
        assertThat(Files.readString(dir.resolve("notes.json"))).contains("\"schemaVersion\" : 1");
    }

    @Test
    void missingFileGivesTheDefaultAndCreatesNothing() throws Exception {
        Loaded<Note> loaded = store().read("notes", 1, Note.class, () -> new Note("none", 0));
        assertThat(loaded.value().text()).isEqualTo("none");
        assertThat(loaded.source()).isEqualTo(Loaded.Source.ABSENT);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void secondWriteKeepsThePreviousVersionAsBak() throws Exception {
        JsonStore s = store();
        s.write("notes", 1, new Note("first", 1));
        s.write("notes", 1, new Note("second", 2));
        assertThat(Files.readString(dir.resolve("notes.json.bak"))).contains("first");
        assertThat(Files.readString(dir.resolve("notes.json"))).contains("second");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.json", "notes.json.bak");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated        | {"schemaVersion": 1, "data": {"text": "hel
            empty            |
            garbage          | \u0000\u0001 not json at all
            wrong type       | {"schemaVersion": 1, "data": {"text": "x", "count": "many"}}
            not an object    | [1, 2, 3]
            no version       | {"data": {"text": "x", "count": 1}}
            no data          | {"schemaVersion": 1}
            unknown field    | {"schemaVersion": 1, "data": {"text": "x", "count": 1, "extra": true}}
            """)
    void unreadableFileIsMovedAsideWithAMessageAndNothingElseIsTouched(String kind, String content) throws Exception {
        Files.writeString(dir.resolve("notes.json"), content == null ? "" : content, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("other.json"), "{\"schemaVersion\":1,\"data\":{\"text\":\"keep\",\"count\":1}}");
        JsonStore s = store();
        Loaded<Note> loaded = s.read("notes", 1, Note.class, () -> new Note("default", 0));

        assertThat(loaded.source()).isEqualTo(Loaded.Source.QUARANTINED);
        assertThat(loaded.value().text()).isEqualTo("default");
        assertThat(loaded.notice()).isPresent();
        assertThat(loaded.notice().get().message())
                .contains("notes.json could not be read")
                .contains("notes.corrupt-20260304-050607.json");
        assertThat(dir.resolve("notes.json")).doesNotExist();
        assertThat(dir.resolve("notes.corrupt-20260304-050607.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(content == null ? "" : content);
        assertThat(dir.resolve("other.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("{\"schemaVersion\":1,\"data\":{\"text\":\"keep\",\"count\":1}}");
        assertThat(s.notices()).hasSize(1);
    }

    @Test
    void unreadableFileFallsBackToItsBackupWithoutTouchingTheBackup() throws Exception {
        JsonStore s = store();
        s.write("notes", 1, new Note("good", 1));
        s.write("notes", 1, new Note("newer", 2));
        Files.writeString(dir.resolve("notes.json"), "{\"schemaVersion\": 1, \"da");
        String bak = Files.readString(dir.resolve("notes.json.bak"));

        Loaded<Note> loaded = store().read("notes", 1, Note.class, () -> null);

        assertThat(loaded.source()).isEqualTo(Loaded.Source.BACKUP);
        assertThat(loaded.value()).isEqualTo(new Note("good", 1));
        assertThat(loaded.notice().orElseThrow().message()).contains("previous version").contains("put back");
        assertThat(dir.resolve("notes.json.bak")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(bak);
        // the previous version is back in place, so a run that only reads still finds it
        assertThat(dir.resolve("notes.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(bak);
        Loaded<Note> again = store().read("notes", 1, Note.class, () -> null);
        assertThat(again.source()).isEqualTo(Loaded.Source.FILE);
        assertThat(again.value()).isEqualTo(new Note("good", 1));
    }

    @Test
    void twoCorruptFilesInTheSameSecondGetDistinctNames() throws Exception {
        Files.writeString(dir.resolve("notes.json"), "oops");
        store().read("notes", 1, Note.class, () -> null);
        Files.writeString(dir.resolve("notes.json"), "oops again");
        store().read("notes", 1, Note.class, () -> null);
        assertThat(dir.resolve("notes.corrupt-20260304-050607.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("oops");
        assertThat(dir.resolve("notes.corrupt-20260304-050607-2.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("oops again");
    }

    @Test
    void fileFromANewerVersionIsLeftAloneAndNeverOverwritten() throws Exception {
        String newer = "{\"schemaVersion\": 7, \"data\": {\"whatever\": 1}}";
        Files.writeString(dir.resolve("notes.json"), newer);
        JsonStore s = store();
        Loaded<Note> loaded = s.read("notes", 1, Note.class, () -> new Note("d", 0));
        assertThat(loaded.source()).isEqualTo(Loaded.Source.NEWER_VERSION);
        assertThat(loaded.notice().orElseThrow().message()).contains("newer version");
        assertThatThrownBy(() -> s.write("notes", 1, new Note("x", 1))).isInstanceOf(StoreException.class);
        assertThat(dir.resolve("notes.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(newer);
    }

    @Test
    void readOnlyFolderGivesAPlainMessageAndKeepsTheOldFile() throws Exception {
        assumeTrue(canDropWrite(), "this user ignores folder permissions (root)");
        JsonStore s = store();
        s.write("notes", 1, new Note("kept", 1));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> s.write("notes", 1, new Note("lost?", 2)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Could not save")
                    .hasMessageContaining("unchanged");
            assertThatThrownBy(s::checkWritable).hasMessageContaining("cannot be written");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(store().read("notes", 1, Note.class, () -> null).value().text()).isEqualTo("kept");
    }

    @Test
    void folderThatIsAFileGivesAPlainMessage() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        JsonStore s = new JsonStore(file, CLOCK);
        assertThatThrownBy(s::checkWritable).isInstanceOf(StoreException.class).hasMessageContaining("cannot be written");
        assertThatThrownBy(() -> s.write("notes", 1, new Note("a", 1))).isInstanceOf(StoreException.class);
    }

    @Test
    void listsRoundTripThroughJavaTypes() throws Exception {
        JsonStore s = store();
        s.write("list", 1, List.of(new Note("a", 1), new Note("b", 2)));
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Note.class);
        Loaded<List<Note>> loaded = s.read("list", 1, type, List::of);
        assertThat(loaded.value()).containsExactly(new Note("a", 1), new Note("b", 2));
    }

    @Test
    void settingsSurviveARoundTripAndUnknownThemeFallsBackToLight() throws Exception {
        JsonStore s = store();
        Settings.defaults().withTheme("dark").withRegion("gb").save(s);
        Settings back = Settings.load(s).value();
        assertThat(back.theme()).isEqualTo("dark");
        assertThat(back.region()).isEqualTo("GB");
        assertThat(Settings.defaults().withTheme("purple").theme()).isEqualTo("light");
    }

    @Test
    void updateAppliesTheChangeToWhatIsStoredNow() throws Exception {
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        JsonStore a = store();
        JsonStore b = store();
        a.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, 1));
        b.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, 2));
        List<Integer> result = a.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, 3));
        assertThat(result).containsExactly(1, 2, 3);
    }

    @Test
    void updateThatLeavesTheValueEqualDoesNotRotateTheBackup() throws Exception {
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        JsonStore s = store();
        s.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, 1));
        s.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, 2));
        String bak = Files.readString(dir.resolve("nums.json.bak"));
        List<Integer> kept = s.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> List.copyOf(cur));
        assertThat(kept).containsExactly(1, 2);
        assertThat(dir.resolve("nums.json.bak")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(bak);
    }

    @Test
    void updateThatRefusesWritesNothing() throws Exception {
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        JsonStore s = store();
        s.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, 1));
        String before = Files.readString(dir.resolve("nums.json"));
        assertThatThrownBy(() -> s.<List<Integer>, IllegalStateException>update("nums", 1, type, List::of, cur -> {
            throw new IllegalStateException("no thanks");
        })).hasMessage("no thanks");
        assertThat(dir.resolve("nums.json")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(before);
    }

    @Test
    void threadsUpdatingAtOnceLoseNothing() throws Exception {
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        int threads = 4;
        int each = 25;
        List<Thread> all = new java.util.ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int base = t * 1000;
            // a store per thread, as separate windows or features would have
            JsonStore s = store();
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        int v = base + i;
                        s.<List<Integer>, RuntimeException>update("nums", 1, type, List::of, cur -> append(cur, v));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            all.add(th);
            th.start();
        }
        for (Thread th : all) {
            th.join();
        }
        assertThat(errors).isEmpty();
        List<Integer> stored = store().<List<Integer>>read("nums", 1, type, List::of).value();
        assertThat(stored).hasSize(threads * each).doesNotHaveDuplicates();
    }

    private static List<Integer> append(List<Integer> cur, int v) {
        List<Integer> next = new java.util.ArrayList<>(cur);
        next.add(v);
        return next;
    }

    private boolean canDropWrite() {
        try {
            Path probe = Files.createTempDirectory("probe");
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                Files.createFile(probe.resolve("x"));
                return false;
            } catch (IOException e) {
                return true;
            } finally {
                Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            return false;
        }
    }
}

package formcoach.library;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryImporterTest {
    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        Path f = dir.resolve("exercises.json");
        Files.write(f, Fixtures.file("import/fedb-small.json").bytes());
        return f;
    }

    private Map<String, Exercise> readFixture() throws Exception {
        LibraryImporter.Parsed p = LibraryImporter.read(fixture(), id -> false);
        assertThat(p.format()).isEqualTo("free-exercise-db");
        return p.exercises().stream().collect(Collectors.toMap(Exercise::id, e -> e));
    }

    @Test
    void freeExerciseDbRecordsMapOntoOurVocabulary() throws Exception {
        Map<String, Exercise> byId = readFixture();
        assertThat(byId.keySet()).containsExactlyInAnyOrder("fedb-bent-over-barbell-row-test", "fedb-neck-side-stretch",
                "fedb-rowing-stationary", "fedb-medicine-ball-slam", "fedb-elevation-laterale");
        Exercise row = byId.get("fedb-bent-over-barbell-row-test");
        assertThat(row.source()).isEqualTo(Source.FREE_EXERCISE_DB);
        assertThat(row.category()).isEqualTo(Category.ROW);
        assertThat(row.level()).isEqualTo(Level.INTERMEDIATE);
        assertThat(row.equipment()).containsExactly(Equipment.BARBELL);
        assertThat(row.muscles().primary()).containsExactly(Muscle.RHOMBOIDS, Muscle.MIDDLE_TRAPEZIUS);
        assertThat(row.muscles().secondary()).containsExactly(Muscle.BICEPS, Muscle.LATISSIMUS_DORSI,
                Muscle.LATERAL_DELTOID, Muscle.ANTERIOR_DELTOID);
        assertThat(row.setup()).hasSize(1);
        assertThat(row.execution()).containsExactly("Pull the bar to your lower ribs.", "Lower it under control.");
        assertThat(row.summary()).isEqualTo("Imported from free-exercise-db (strength; compound pull; barbell).");
        assertThat(row.faults()).isEmpty();

        Exercise stretch = byId.get("fedb-neck-side-stretch");
        assertThat(stretch.category()).isEqualTo(Category.STRETCH);
        assertThat(stretch.equipment()).isEmpty();
        assertThat(stretch.setup()).isEmpty();
        assertThat(stretch.execution()).isEmpty();

        Exercise rower = byId.get("fedb-rowing-stationary");
        assertThat(rower.category()).isEqualTo(Category.WARMUP);
        assertThat(rower.level()).isEqualTo(Level.ADVANCED);
        // listed in both of their lists: primary wins
        assertThat(rower.muscles().secondary()).containsExactly(Muscle.UPPER_TRAPEZIUS, Muscle.LUMBAR_ERECTOR_SPINAE);

        Exercise slam = byId.get("fedb-medicine-ball-slam");
        assertThat(slam.category()).isEqualTo(Category.OTHER);
        assertThat(slam.equipment()).isEmpty();
        assertThat(slam.summary()).contains("medicine ball");

        assertThat(byId.get("fedb-elevation-laterale").name()).isEqualTo("Élévation latérale 💪");
        assertThat(byId.get("fedb-elevation-laterale").muscles().primary()).containsExactly(Muscle.LATERAL_DELTOID, Muscle.ANTERIOR_DELTOID);
    }

    @Test
    void imagesAreKeptOnlyInsideTheFilesFolder() throws Exception {
        LibraryImporter.Parsed p = LibraryImporter.read(fixture(), id -> false);
        Map<String, Exercise> byId = p.exercises().stream().collect(Collectors.toMap(Exercise::id, e -> e));
        assertThat(byId.get("fedb-bent-over-barbell-row-test").images())
                .containsExactly(dir.resolve("Bent_Over_Barbell_Row_Test/0.jpg").toString());
        assertThat(byId.get("fedb-rowing-stationary").images()).isEmpty();
        // a backslash is read as a folder separator, and stays inside
        assertThat(byId.get("fedb-medicine-ball-slam").images()).containsExactly(dir.resolve("Medicine_Ball_Slam/0.jpg").toString());
        assertThat(p.imagesDropped()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            pics/0.jpg,            true
            ./pics/0.jpg,          true
            pics/../0.jpg,         false
            ../0.jpg,              false
            pics/../../0.jpg,      false
            /etc/passwd,           false
            '\\\\server\\share\\x.jpg', false
            C:\\pics\\0.jpg,       false
            c:0.jpg,               false
            file:///etc/passwd,    false
            ~/0.jpg,               false
            '',                    false
            .,                     false
            """)
    void safeImageRefusesEveryWayOut(String raw, boolean kept) {
        assertThat(LibraryImporter.safeImage(dir, raw)).as(raw).matches(o -> o.isPresent() == kept);
    }

    /** A symbolic link at {@code link} to {@code target}; skips the test where the file system cannot make one. */
    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here: " + e);
        }
    }

    @Test
    void aPicturePathThroughASymbolicLinkOutOfTheFolderIsDropped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.png"), "not a picture");
        Files.createDirectories(in.resolve("pics"));
        Files.writeString(in.resolve("pics/0.png"), "a picture");
        symlink(in.resolve("link"), outside);
        symlink(in.resolve("alias"), in.resolve("pics"));
        symlink(in.resolve("gone.png"), outside.resolve("not-there-yet.png"));
        boolean etc = Files.isRegularFile(Path.of("/etc/passwd"));
        if (etc) {
            symlink(in.resolve("etc"), Path.of("/etc"));
        }
        Path f = in.resolve("exercises.json");
        Files.writeString(f, """
                [{"id": "Foo_Row", "name": "Foo row", "force": "pull", "level": "beginner", "mechanic": "compound",
                  "equipment": "cable", "primaryMuscles": ["middle back"], "secondaryMuscles": [], "instructions": [],
                  "category": "strength",
                  "images": ["link/secret.png", "pics/0.png", "alias/0.png", "gone.png", "etc/passwd", "pics/later.png"]}]
                """);

        LibraryImporter.Parsed p = LibraryImporter.read(f, id -> false);

        Path base = in.toAbsolutePath().normalize();
        List<String> kept = etc
                ? List.of(base.resolve("pics/0.png").toString(), base.resolve("alias/0.png").toString(), base.resolve("pics/later.png").toString())
                : List.of(base.resolve("pics/0.png").toString(), base.resolve("alias/0.png").toString(),
                        base.resolve("etc/passwd").toString(), base.resolve("pics/later.png").toString());
        assertThat(p.exercises().get(0).images()).containsExactlyElementsOf(kept);
        assertThat(p.imagesDropped()).as("link/secret.png, gone.png%s", etc ? ", etc/passwd" : "").isEqualTo(etc ? 3 : 2);
        assertThat(LibraryImporter.safeImage(in, "link/secret.png")).isEmpty();
        assertThat(LibraryImporter.safeImage(in, "link/not-there.png")).as("a missing file behind the link").isEmpty();
        assertThat(LibraryImporter.safeImage(in, "alias/0.png")).isPresent();
    }

    @Test
    void aPictureDroppedThroughASymbolicLinkIsNamedInTheImportNotes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.png"), "not a picture");
        symlink(in.resolve("link"), outside);
        Path f = in.resolve("exercises.json");
        Files.writeString(f, """
                [{"id": "Foo_Row", "name": "Foo row", "force": "pull", "level": "beginner", "mechanic": "compound",
                  "equipment": "cable", "primaryMuscles": ["middle back"], "secondaryMuscles": [], "instructions": [],
                  "category": "strength", "images": ["link/secret.png"]}]
                """);
        Library lib = Library.load(new formcoach.store.JsonStore(dir.resolve("data"), java.time.Clock.systemUTC()),
                Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        ImportReport r = lib.importFile(f);
        assertThat(r.imagesDropped()).isEqualTo(1);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("outside the file's folder"));
        assertThat(lib.find("fedb-foo-row").orElseThrow().images()).isEmpty();
    }

    private static String fooRow(String theirId, String name) {
        return """
                [{"id": "%s", "name": "%s", "force": "pull", "level": "beginner", "mechanic": "compound",
                  "equipment": "cable", "primaryMuscles": ["middle back"], "secondaryMuscles": [], "instructions": [],
                  "category": "strength", "images": []}]
                """.formatted(theirId, name);
    }

    @Test
    void twoFreeExerciseDbIdsWithTheSameKebabFormImportAsTwoExercises() throws Exception {
        Library lib = Library.load(new formcoach.store.JsonStore(dir.resolve("data"), java.time.Clock.systemUTC()),
                Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        int before = lib.all().size();
        Path first = Files.writeString(dir.resolve("first.json"), fooRow("Foo_Row", "Foo row"));
        Path second = Files.writeString(dir.resolve("second.json"), fooRow("Foo Row", "Foo row, seated"));

        assertThat(lib.importFile(first).added()).isEqualTo(1);
        ImportReport r = lib.importFile(second);
        assertThat(r).extracting(ImportReport::added, ImportReport::updated).containsExactly(1, 0);
        assertThat(lib.all()).hasSize(before + 2);
        assertThat(lib.find("fedb-foo-row").orElseThrow().name()).isEqualTo("Foo row");

        // the same file again, changed: it updates its own exercise and leaves the other alone
        Files.writeString(second, fooRow("Foo Row", "Foo row, seated, slow"));
        ImportReport again = lib.importFile(second);
        assertThat(again).extracting(ImportReport::added, ImportReport::updated).containsExactly(0, 1);
        assertThat(lib.all()).hasSize(before + 2);
        assertThat(lib.find("fedb-foo-row").orElseThrow().name()).isEqualTo("Foo row");
        assertThat(lib.all()).extracting(Exercise::name).contains("Foo row, seated, slow").doesNotContain("Foo row, seated");
        assertThat(lib.importFile(first)).extracting(ImportReport::unchanged, ImportReport::added).containsExactly(1, 0);
    }

    /** Edits record [1] of the fixture and expects the whole file to be refused with this message. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            id-missing        | exercises.json: [1] id: missing; nothing was imported
            name-number       | exercises.json: [1] (Neck-Side_Stretch) name: must be text, not a number; nothing was imported
            primary-text      | exercises.json: [1] (Neck-Side_Stretch) primaryMuscles: must be a list of text, not text; nothing was imported
            secondary-bad     | exercises.json: [1] (Neck-Side_Stretch) secondaryMuscles[0]: must be text, not an object; nothing was imported
            images-number     | exercises.json: [1] (Neck-Side_Stretch) images: must be a list of text, not a number; nothing was imported
            level-bad         | exercises.json: [1] (Neck-Side_Stretch) level: unknown level 'guru' (free-exercise-db uses beginner, intermediate, expert); nothing was imported
            force-list        | exercises.json: [1] (Neck-Side_Stretch) force: must be text or null, not a list; nothing was imported
            record-string     | exercises.json: [1] must be an object, not text; nothing was imported
            duplicate-id      | exercises.json: [1] (bent-over_BARBELL-row_test) id: becomes 'fedb-bent-over-barbell-row-test', the same id as record [0]; nothing was imported
            id-symbols        | exercises.json: [1] (__) id: '__' has no letters or digits; nothing was imported
            """)
    void malformedRecordRefusesTheWholeFile(String edit, String message) throws Exception {
        ArrayNode root = (ArrayNode) Json.mapper().readTree(Fixtures.file("import/fedb-small.json").bytes());
        ObjectNode r = (ObjectNode) root.get(1);
        Map<String, Consumer<ObjectNode>> edits = Map.of(
                "id-missing", x -> x.remove("id"),
                "name-number", x -> x.put("name", 42),
                "primary-text", x -> x.put("primaryMuscles", "neck"),
                "secondary-bad", x -> x.putArray("secondaryMuscles").addObject(),
                "images-number", x -> x.put("images", 3),
                "level-bad", x -> x.put("level", "guru"),
                "force-list", x -> x.putArray("force"),
                "duplicate-id", x -> x.put("id", "bent-over_BARBELL-row_test"),
                "id-symbols", x -> x.put("id", "__"));
        if (edit.equals("record-string")) {
            root.set(1, root.textNode("oops"));
        } else {
            edits.get(edit).accept(r);
        }
        Path f = dir.resolve("exercises.json");
        Files.writeString(f, root.toString());
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> false)).isInstanceOf(LibraryException.class).hasMessage(message);
    }

    @Test
    void unknownMuscleNamesTheirVocabulary() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "[{\"id\":\"X\",\"name\":\"X\",\"primaryMuscles\":[\"quads\"]}]");
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> false)).hasMessageStartingWith(
                "m.json: [0] (X) primaryMuscles[0]: unknown muscle 'quads' (free-exercise-db uses: abdominals, abductors,");
    }

    @Test
    void severalProblemsAreCountedInTheMessage() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "[{\"name\":\"A\"},{\"id\":\"B\"},{\"id\":\"C\",\"name\":\"C\",\"level\":3}]");
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> false))
                .hasMessage("m.json: [0] id: missing (and 2 more problems); nothing was imported")
                .satisfies(e -> assertThat(((LibraryException) e).problems()).extracting(Problem::toString).containsExactly(
                        "m.json: [0] id: missing", "m.json: [1] (B) name: missing",
                        "m.json: [2] (C) level: must be text or null, not a number"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "x"}                                  | t.json: is neither a free-exercise-db file (a JSON array of exercises) nor a Form Coach export (an object with "format": "formcoach-exercises"); nothing was imported
            "just text"                                  | t.json: is neither a free-exercise-db file (a JSON array of exercises) nor a Form Coach export (an object with "format": "formcoach-exercises"); nothing was imported
            {"format":"formcoach-exercises","version":2,"exercises":[]} | t.json: version: is 2, written by a newer Form Coach (this one reads 1); nothing was imported
            {"format":"other","version":1,"exercises":[]}  | t.json: format: must be "formcoach-exercises"; nothing was imported
            {"format":"formcoach-exercises","version":1,"exercises":{}} | t.json: exercises: must be a list of exercises; nothing was imported
            """)
    void notAnExerciseFileIsRefused(String json, String message) throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, json);
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> false)).hasMessage(message);
    }

    @Test
    void truncatedFileIsRefusedWithItsLine() throws Exception {
        byte[] all = Fixtures.file("import/fedb-small.json").bytes();
        Path f = dir.resolve("cut.json");
        Files.write(f, Arrays.copyOf(all, all.length * 2 / 3));
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> false)).isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("cut.json: not valid JSON: ").hasMessageContaining("(line ")
                .hasMessageEndingWith("; nothing was imported");
    }

    @Test
    void emptyAndMissingFilesAreRefused() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> LibraryImporter.read(empty, id -> false)).hasMessageEndingWith("nothing was imported");
        assertThatThrownBy(() -> LibraryImporter.read(dir.resolve("nope.json"), id -> false))
                .hasMessage(dir.resolve("nope.json") + " does not exist; nothing was imported");
        assertThatThrownBy(() -> LibraryImporter.read(dir, id -> false)).hasMessageContaining("is a folder");
    }

    @Test
    void fiveThousandRecordsAreAllRead() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"Ex_").append(i).append("\",\"name\":\"Übung ").append(i)
                    .append(" – 行\",\"force\":null,\"level\":\"beginner\",\"mechanic\":null,\"equipment\":\"cable\",")
                    .append("\"primaryMuscles\":[\"lats\"],\"secondaryMuscles\":[\"middle back\"],\"instructions\":[],")
                    .append("\"category\":\"strength\",\"images\":[\"Ex_").append(i).append("/0.jpg\"]}");
        }
        Path f = dir.resolve("big.json");
        Files.writeString(f, sb.append(']').toString(), StandardCharsets.UTF_8);
        // how fast is for bench/search.sh (it times loading the real 873-record file); this checks what
        LibraryImporter.Parsed p = LibraryImporter.read(f, id -> false);
        assertThat(p.exercises()).hasSize(5000);
        assertThat(p.exercises().get(4999).name()).isEqualTo("Übung 4999 – 行");
    }

    @Test
    void ourOwnFormatIsValidatedPerRecord() throws Exception {
        Exercise mine = Fixtures.byId("face-pull").withId("my-face-pull").withSource(Source.CUSTOM);
        Path f = dir.resolve("mine.json");
        LibraryExporter.write(f, List.of(mine, mine.withId("my-other").withImages(List.of("pics/a.png", "/abs/b.png"))));
        LibraryImporter.Parsed p = LibraryImporter.read(f, id -> id.equals("band-pull-apart"));
        assertThat(p.format()).isEqualTo("formcoach-exercises");
        assertThat(p.exercises()).extracting(Exercise::id).containsExactly("my-face-pull", "my-other");
        assertThat(p.exercises().get(0)).isEqualTo(mine);
        assertThat(p.exercises().get(1).images()).containsExactly(dir.resolve("pics/a.png").toString());
        assertThat(p.imagesDropped()).isEqualTo(1);

        // the regression names an exercise this library lacks: refused, naming record and field
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> false)).hasMessage(
                "mine.json: [0] (my-face-pull) faults[0].regression: no exercise with id 'band-pull-apart' (and 1 more problem); nothing was imported");
        String text = Files.readString(f).replaceFirst("\"posterior-deltoid\"", "\"rear-delts\"");
        Files.writeString(f, text);
        assertThatThrownBy(() -> LibraryImporter.read(f, id -> true)).hasMessageStartingWith(
                "mine.json: [0] (my-face-pull) muscles.primary[0]: unknown muscle 'rear-delts' (known:");
    }

    @Test
    void recordsWithoutSourceInOurFormatCountAsImported() throws Exception {
        Path f = dir.resolve("x.json");
        ObjectNode root = Json.mapper().createObjectNode().put("format", "formcoach-exercises").put("version", 1);
        ObjectNode e = Json.mapper().valueToTree(Fixtures.byId("cat-cow").withId("other-cat-cow"));
        e.remove("source");
        root.putArray("exercises").add(e);
        Files.writeString(f, root.toString());
        assertThat(LibraryImporter.read(f, id -> false).exercises().get(0).source()).isEqualTo(Source.IMPORT);
    }
}

package formcoach.library;

import formcoach.store.JsonStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    Path data;
    JsonStore store;

    @BeforeEach
    void setUp() {
        data = tmp.resolve("data");
        store = new JsonStore(data, CLOCK);
    }

    private Library load() throws Exception {
        return Library.load(store, Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
    }

    private Path fedbFile() throws IOException {
        Path f = tmp.resolve("in/exercises.json");
        Files.createDirectories(f.getParent());
        Files.write(f, Fixtures.file("import/fedb-small.json").bytes());
        return f;
    }

    private static Exercise draft(String id, String name) {
        return new Exercise(id, name, List.of("my alias"), Category.ROW, List.of(Equipment.CABLE), Level.BEGINNER,
                new Muscles(List.of(Muscle.RHOMBOIDS), List.of(Muscle.BICEPS)), "", "Squeeze, then let go", List.of(), List.of(),
                "", "2-1-2", List.of(), List.of(), null, List.of());
    }

    @Test
    void freshLibraryHasTheBuiltinExercisesAndNoProblems() throws Exception {
        Library lib = load();
        assertThat(lib.all()).hasSize(18);
        assertThat(lib.problems()).isEmpty();
        assertThat(lib.find("face-pull")).isPresent();
        assertThat(lib.find("nope")).isEmpty();
        assertThat(lib.search("face pul", SearchFilter.NONE).get(0).exercise().id()).isEqualTo("face-pull");
        assertThat(lib.feltIn("barbell-bent-over-row", BodyArea.NECK_TRAPS).orElseThrow().faultCue()).isPresent();
        assertThat(Files.exists(data)).as("reading creates nothing").isFalse();
    }

    @Test
    void importAddsThenUpdatesButNeverDuplicates() throws Exception {
        Library lib = load();
        Path f = fedbFile();
        ImportReport first = lib.importFile(f);
        assertThat(first).extracting(ImportReport::format, ImportReport::records, ImportReport::added, ImportReport::updated,
                ImportReport::unchanged, ImportReport::skipped, ImportReport::imagesDropped)
                .containsExactly("free-exercise-db", 5, 5, 0, 0, 0, 3);
        assertThat(lib.all()).hasSize(23);

        ImportReport again = lib.importFile(f);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(lib.all()).hasSize(23);

        Files.writeString(f, Files.readString(f).replace("Neck side stretch", "Neck side stretch, seated"));
        ImportReport changed = lib.importFile(f);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(4);
        assertThat(lib.find("fedb-neck-side-stretch").orElseThrow().name()).isEqualTo("Neck side stretch, seated");

        Library reloaded = load();
        assertThat(reloaded.all()).hasSize(23);
        assertThat(reloaded.find("fedb-neck-side-stretch").orElseThrow().source()).isEqualTo(Source.FREE_EXERCISE_DB);
        assertThat(reloaded.search("bent over barbell", SearchFilter.NONE)).extracting(h -> h.exercise().id())
                .contains("fedb-bent-over-barbell-row-test");
    }

    @Test
    void aRefusedFileChangesNothingStored() throws Exception {
        Library lib = load();
        lib.importFile(fedbFile());
        Path stored = store.fileFor(Library.IMPORTED_STORE);
        byte[] before = Files.readAllBytes(stored);
        List<String> filesBefore = listData();

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(fedbFile()).replace("\"level\": \"beginner\"", "\"level\": 1"));
        assertThatThrownBy(() -> lib.importFile(bad)).isInstanceOf(LibraryException.class)
                .hasMessage("bad.json: [1] (Neck-Side_Stretch) level: must be text or null, not a number (and 2 more problems); nothing was imported");
        assertThat(Files.readAllBytes(stored)).isEqualTo(before);
        assertThat(listData()).isEqualTo(filesBefore);
        assertThat(lib.all()).hasSize(23);
    }

    private List<String> listData() throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void customExercisesAreSavedWithAnIdFromTheirNameAndSurviveAReload() throws Exception {
        Library lib = load();
        Exercise saved = lib.saveCustom(draft("", "My cable row"));
        assertThat(saved.id()).isEqualTo("custom-my-cable-row");
        assertThat(saved.source()).isEqualTo(Source.CUSTOM);
        Exercise second = lib.saveCustom(draft("", "My cable row"));
        assertThat(second.id()).isEqualTo("custom-my-cable-row-2");
        Exercise edited = lib.saveCustom(new Exercise(saved.id(), "My cable row (rope)", saved.aliases(), saved.category(),
                saved.equipment(), saved.level(), saved.muscles(), "", saved.cue(), List.of(), List.of(), "", "2-1-2",
                List.of(), List.of(), null, List.of()));
        assertThat(edited.id()).isEqualTo(saved.id());

        Library reloaded = load();
        assertThat(reloaded.customExercises()).extracting(Exercise::name).containsExactly("My cable row (rope)", "My cable row");
        assertThat(reloaded.search("my cable", SearchFilter.NONE).subList(0, 2)).extracting(h -> h.exercise().source())
                .containsOnly(Source.CUSTOM);
        reloaded.deleteCustom("custom-my-cable-row-2");
        assertThat(load().customExercises()).hasSize(1);
    }

    @Test
    void aCustomExerciseMayNotTakeTheNameOfOneOfOursAndIsOfferedAnother() throws Exception {
        Library lib = load();
        assertThat(lib.validateCustom(draft("", "seated  Cable-Row"))).containsEntry("name",
                "Form Coach already has an exercise called \u201cSeated cable row\u201d. Give yours another name, such as "
                        + "\u201cseated  Cable-Row (mine)\u201d.");
        assertThatThrownBy(() -> lib.saveCustom(draft("", "Seated cable row"))).isInstanceOf(LibraryException.class)
                .hasMessageContaining("already has an exercise called");
        lib.saveCustom(draft("", "Seated cable row (mine)"));
        assertThat(lib.validateCustom(draft("", "Seated cable row")).get("name")).contains("\u201cSeated cable row (mine) 2\u201d");
        assertThat(lib.validateCustom(draft("", "My own row"))).doesNotContainKey("name");
    }

    @Test
    void customExercisesNeverShadowABuiltinOrImportedId() throws Exception {
        Library lib = load();
        assertThatThrownBy(() -> lib.saveCustom(draft("face-pull", "My face pull")))
                .isInstanceOf(LibraryException.class)
                .hasMessage("the exercise was not saved: id: The id 'face-pull' is already used by the built-in exercise Face pull.");
        lib.importFile(fedbFile());
        assertThat(lib.validateCustom(draft("fedb-neck-side-stretch", "Neck"))).containsEntry("id",
                "The id 'fedb-neck-side-stretch' is already used by the imported exercise Neck side stretch.");
        assertThat(Files.exists(store.fileFor(Library.CUSTOM_STORE))).isFalse();
        assertThatThrownBy(() -> lib.deleteCustom("face-pull"))
                .hasMessage("'face-pull' is the built-in exercise Face pull, not one of yours; only your own can be deleted");
    }

    @Test
    void aStoredClashIsHiddenAndReportedButKeptInTheFile() throws Exception {
        store.write(Library.CUSTOM_STORE, Library.SCHEMA_VERSION, List.of(draft("face-pull", "My face pull").withSource(Source.CUSTOM),
                draft("my-row", "My row").withSource(Source.CUSTOM)));
        Library lib = load();
        assertThat(lib.find("face-pull").orElseThrow().source()).isEqualTo(Source.BUILTIN);
        assertThat(lib.problems()).containsExactly("custom-exercises.json: 'face-pull' has the id of the built-in exercise Face pull;"
                + " it stays in the file but is not shown until renamed");
        lib.saveCustom(draft("my-other-row", "My other row"));
        assertThat(load().customExercises()).extracting(Exercise::id).containsExactly("face-pull", "my-row", "my-other-row");
    }

    @Test
    void customValidationNamesEachField() throws Exception {
        Library lib = load();
        Exercise bad = new Exercise("Bad Id", " ", List.of(), null, List.of(), null, new Muscles(List.of(Muscle.BICEPS), List.of(Muscle.BICEPS)),
                "", "one two three four five six seven eight nine", List.of("ok", " "), List.of(), "", "slow", List.of(
                new FaultCue(Fault.SHRUGGING, "", "", "", "", "Shoulders down", "", "pull-up"),
                new FaultCue(Fault.SHRUGGING, "", "", "", "Keep them low", "", "", "ghost")), List.of(), null, List.of());
        Map<String, String> problems = lib.validateCustom(bad);
        assertThat(problems).containsOnlyKeys("name", "id", "category", "equipment", "level", "muscles", "cue", "setup[1]",
                "faults[0].fix", "faults[1].fault", "faults[1].cue", "faults[1].regression");
        assertThat(problems).containsEntry("name", "Give the exercise a name.")
                .containsEntry("category", "Pick a category.")
                .containsEntry("muscles", "Biceps is in both primary and secondary.")
                .containsEntry("cue", "9 words; a cue has at most 8.")
                .containsEntry("faults[1].regression", "No exercise with id 'ghost'.");
        assertThat(lib.validateCustom(draft("", "Fine row"))).isEmpty();
        Exercise rowWithBadTempo = draft("", "Row").withId("");
        assertThat(lib.validateCustom(new Exercise("", "Row", List.of(), Category.ROW, List.of(Equipment.CABLE), Level.BEGINNER,
                new Muscles(List.of(), List.of()), "", "", List.of(), List.of(), "", "slow", List.of(), List.of(), null, List.of())))
                .containsOnlyKeys("muscles.primary", "tempo")
                .containsEntry("muscles.primary", "Pick at least one primary muscle.");
        assertThat(rowWithBadTempo.id()).isEmpty();
    }

    @Test
    void favouritesToggleAndPersist() throws Exception {
        Library lib = load();
        assertThat(lib.toggleFavourite("face-pull")).isTrue();
        assertThat(lib.toggleFavourite("chin-up")).isTrue();
        assertThat(lib.toggleFavourite("face-pull")).isFalse();
        assertThat(load().favourites()).containsExactly("chin-up");
        assertThatThrownBy(() -> lib.toggleFavourite("ghost")).hasMessage("no exercise with id 'ghost'");
    }

    @Test
    void todaysPlanIsSavedForItsDateAndReadableWithoutTheLibrary() throws Exception {
        Library lib = load();
        LocalDate today = LocalDate.now(CLOCK);
        lib.savePlan(new TodayPlan(today, List.of("barbell-bent-over-row", "face-pull"), false));
        assertThat(lib.plan(today)).contains(new TodayPlan(today, List.of("barbell-bent-over-row", "face-pull"), false,
                CLOCK.instant()));
        assertThat(lib.plan(today.plusDays(1))).isEmpty();
        assertThat(TodayPlan.forDate(new JsonStore(data, CLOCK), today).orElseThrow().exerciseIds()).hasSize(2);
        lib.savePlan(lib.plan(today).orElseThrow().withWarmUpDone(true));
        assertThat(TodayPlan.latest(store).orElseThrow().warmUpDone()).isTrue();
        assertThatThrownBy(() -> lib.savePlan(new TodayPlan(today, List.of("ghost-row"), false)))
                .hasMessage("the plan was not saved: no exercise with id 'ghost-row'");
    }

    @Test
    void exportThenImportElsewhereRestoresCustomExercises() throws Exception {
        Library lib = load();
        lib.importFile(fedbFile());
        lib.saveCustom(draft("", "My cable row"));
        Path out = tmp.resolve("export.json");
        assertThat(lib.export(out, true)).isEqualTo(1);

        Library other = Library.load(new JsonStore(tmp.resolve("other"), CLOCK), Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        ImportReport r = other.importFile(out);
        assertThat(r.added()).isEqualTo(1);
        assertThat(other.customExercises()).extracting(Exercise::id).containsExactly("custom-my-cable-row");

        Path all = tmp.resolve("all.json");
        assertThat(lib.export(all, false)).isEqualTo(24);
        ImportReport full = other.importFile(all);
        assertThat(full.skipped()).isEqualTo(18);
        assertThat(full.added()).isEqualTo(5);
        assertThat(full.unchanged()).isEqualTo(1);
        assertThat(full.notes()).contains("'face-pull' is a built-in exercise; skipped");
        assertThat(other.find("fedb-neck-side-stretch").orElseThrow().source()).isEqualTo(Source.FREE_EXERCISE_DB);
    }

    @Test
    void anUnreadableStoredFileIsMovedAsideAndSaid() throws Exception {
        Files.createDirectories(data);
        Files.writeString(store.fileFor(Library.IMPORTED_STORE), "{\"schemaVersion\":1,\"data\":[{\"id\":");
        Library lib = load();
        assertThat(lib.all()).hasSize(18);
        assertThat(lib.problems()).singleElement().asString().startsWith("imported-exercises.json could not be read");
    }

    @Test
    void twoWindowsSavingCustomExercisesKeepEachOthers() throws Exception {
        Library a = load();
        Library b = load();
        a.saveCustom(draft("my-first-row", "My first row"));
        b.saveCustom(draft("my-second-row", "My second row"));
        assertThat(load().customExercises()).extracting(Exercise::id).containsExactlyInAnyOrder("my-first-row", "my-second-row");
        a.deleteCustom("my-first-row");
        assertThat(load().customExercises()).extracting(Exercise::id).containsExactly("my-second-row");
    }

    @Test
    void anImportKeepsWhatAnotherWindowSavedSinceItLoaded() throws Exception {
        Library source = Library.load(new JsonStore(tmp.resolve("source"), CLOCK), Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        source.saveCustom(draft("their-row", "Their row"));
        Path theirs = tmp.resolve("theirs.json");
        source.export(theirs, true);

        Library a = load();
        Library b = load();
        b.saveCustom(draft("my-row", "My row"));
        b.importFile(fedbFile());
        ImportReport r = a.importFile(theirs);

        assertThat(r.added()).isEqualTo(1);
        Library reloaded = load();
        assertThat(reloaded.customExercises()).extracting(Exercise::id).containsExactlyInAnyOrder("my-row", "their-row");
        assertThat(reloaded.importedExercises()).hasSize(5);
        assertThat(a.customExercises()).as("the importing window sees the other's exercise too")
                .extracting(Exercise::id).containsExactlyInAnyOrder("my-row", "their-row");
    }

    @Test
    void anImportThatChangesNothingRewritesNothing() throws Exception {
        Library lib = load();
        lib.importFile(fedbFile());
        lib.importFile(fedbFile());
        Path bak = data.resolve(Library.IMPORTED_STORE + ".json.bak");
        assertThat(bak).as("the second import was equal, so no backup was rotated").doesNotExist();
        assertThat(store.fileFor(Library.CUSTOM_STORE)).as("no custom exercise came in").doesNotExist();
    }

    @Test
    void whenTheImportedListCannotBeSavedYourOwnFromTheFileAreTakenOutAgain() throws Exception {
        Library source = Library.load(new JsonStore(tmp.resolve("source"), CLOCK), Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        source.importFile(fedbFile());
        source.saveCustom(draft("their-row", "Their row"));
        Path both = tmp.resolve("both.json");
        source.export(both, false);

        Library lib = load();
        lib.saveCustom(draft("my-row", "My row"));
        // a newer Form Coach wrote the imported list: it is never overwritten, so the import fails half way
        Files.writeString(store.fileFor(Library.IMPORTED_STORE), "{\"schemaVersion\":99,\"data\":[]}");
        Library stale = Library.load(new JsonStore(data, CLOCK), Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        assertThatThrownBy(() -> stale.importFile(both)).isInstanceOf(formcoach.store.StoreException.class)
                .hasMessageContaining("newer version");
        assertThat(load().customExercises()).extracting(Exercise::id).containsExactly("my-row");
        assertThat(stale.customExercises()).extracting(Exercise::id).containsExactly("my-row");
    }
}

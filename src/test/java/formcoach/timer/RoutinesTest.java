package formcoach.timer;

import formcoach.store.JsonStore;
import formcoach.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutinesTest {
    @TempDir
    Path dir;
    private JsonStore store;
    private Routines routines;

    static final Routine DRAFT = new Routine(null, "My warm-up", RoutineKind.WARMUP, "short", List.of(
            new RoutineStep("arm-circles", "Arm circles", 30, 1, null, null),
            new RoutineStep("open-book", "Open book", 20, 2, null, null),
            new RoutineStep("cat-cow", "Cat-cow", 40, 1, null, null)));

    @BeforeEach
    void setUp() throws StoreException {
        store = new JsonStore(dir.resolve("data"), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        routines = load();
    }

    private Routines load() throws StoreException {
        return Routines.load(store, KnownExercises.CONTRACT::contains);
    }

    @Test
    void builtinsAreThereFromTheStart() {
        assertThat(routines.builtins()).extracting(Routine::id)
                .containsExactly("sore-back-mobility", "upper-back-cooldown", "upper-back-warmup");
        assertThat(routines.userRoutines()).isEmpty();
        assertThat(routines.notices()).isEmpty();
        assertThat(routines.find("upper-back-warmup")).isPresent();
    }

    @Test
    void createdRoutinesAreStoredAndComeBackAfterALoad() throws Exception {
        Routine r = routines.create(DRAFT);
        assertThat(r.id()).isEqualTo("my-warm-up");
        assertThat(Files.exists(store.fileFor("routines"))).isTrue();
        assertThat(load().find("my-warm-up")).contains(r);
        assertThat(routines.create(DRAFT).id()).isEqualTo("my-warm-up-2");
    }

    @Test
    void editingAndReorderingStepsIsSaved() throws Exception {
        Routine r = routines.create(DRAFT);
        Routine edited = r.withStepMoved(2, 0).withStepReplaced(1, r.steps().get(0).withSeconds(45)).withName("Renamed");
        routines.save(edited);
        Routine back = load().find(r.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("Renamed");
        assertThat(back.steps()).extracting(RoutineStep::name).containsExactly("Cat-cow", "Arm circles", "Open book");
        assertThat(back.steps().get(1).seconds()).isEqualTo(45);
    }

    @Test
    void anInvalidEditIsRefusedAndNothingChanges() throws Exception {
        Routine r = routines.create(DRAFT);
        Routine bad = r.withStepReplaced(2, r.steps().get(2).withSeconds(-5));
        assertThatThrownBy(() -> routines.save(bad)).isInstanceOf(RoutineException.class)
                .hasMessage("step 3 (Cat-cow): a step lasts from 5 seconds to 60 minutes, not -5 seconds; nothing was saved");
        assertThat(load().find(r.id())).contains(r);
        assertThat(routines.find(r.id())).contains(r);
    }

    @Test
    void builtinsAreReadOnlyButCanBeDuplicated() throws Exception {
        Routine warmup = routines.find("upper-back-warmup").orElseThrow();
        assertThatThrownBy(() -> routines.save(warmup.withName("Mine now"))).hasMessageContaining("is built in and cannot be changed");
        assertThatThrownBy(() -> routines.delete("upper-back-warmup")).hasMessageContaining("cannot be deleted");
        Routine copy = routines.duplicate("upper-back-warmup");
        assertThat(copy.id()).isEqualTo("upper-back-warm-up-copy");
        assertThat(copy.name()).isEqualTo("Upper-back warm-up (copy)");
        assertThat(copy.steps()).isEqualTo(warmup.steps());
        assertThat(routines.isBuiltin(copy.id())).isFalse();
        routines.save(copy.withStepRemoved(0));
        assertThat(load().find(copy.id()).orElseThrow().steps()).hasSize(warmup.steps().size() - 1);
    }

    @Test
    void deleteRemovesOnlyThatRoutine() throws Exception {
        Routine a = routines.create(DRAFT);
        Routine b = routines.create(DRAFT.withName("Other"));
        routines.delete(a.id());
        assertThat(load().userRoutines()).containsExactly(b);
        assertThatThrownBy(() -> routines.delete("nope")).hasMessage("no routine with id 'nope'");
    }

    @Test
    void exportThenImportGivesTheSameRoutineUnderAFreshIdWhenTheIdIsTaken() throws Exception {
        Routine a = routines.create(DRAFT);
        Path file = dir.resolve("mine.json");
        routines.exportTo(a.id(), file);
        assertThat(RoutineJson.parse(Files.readAllBytes(file))).isEqualTo(a);
        Routines.Imported imported = routines.importFrom(file);
        assertThat(imported.idChanged()).isTrue();
        assertThat(imported.requestedId()).isEqualTo("my-warm-up");
        assertThat(imported.routine().id()).isEqualTo("my-warm-up-2");
        assertThat(imported.routine().withId(a.id())).isEqualTo(a);
        assertThat(load().userRoutines()).hasSize(2);
    }

    @Test
    void importingABuiltinsIdGetsAFreshId() throws Exception {
        Path file = dir.resolve("warmup.json");
        routines.exportTo("upper-back-warmup", file);
        Routines.Imported imported = routines.importFrom(file);
        assertThat(imported.routine().id()).isEqualTo("upper-back-warm-up");
        assertThat(routines.isBuiltin("upper-back-warmup")).isTrue();
    }

    @Test
    void anImportWithAFreeIdKeepsIt() throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, RoutineJson.toJson(DRAFT.withId("evening")));
        assertThat(routines.importFrom(file).routine().id()).isEqualTo("evening");
    }

    @Test
    void badImportsAreRefusedNamingTheStepAndFieldAndChangeNothing() throws Exception {
        routines.create(DRAFT);
        byte[] before = Files.readAllBytes(store.fileFor("routines"));
        Path neg = dir.resolve("neg.json");
        Files.writeString(neg, RoutineJson.toJson(DRAFT.withId("x").withStepReplaced(2, DRAFT.steps().get(2).withSeconds(-5))));
        assertThatThrownBy(() -> routines.importFrom(neg))
                .hasMessage("neg.json: step 3 (Cat-cow): a step lasts from 5 seconds to 60 minutes, not -5 seconds. Nothing was imported.");
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, RoutineJson.toJson(DRAFT.withId("x").withStepReplaced(0,
                new RoutineStep("moonwalk", "Moonwalk", 30, 1, null, null))));
        assertThatThrownBy(() -> routines.importFrom(unknown))
                .hasMessage("unknown.json: step 1 (Moonwalk): exerciseId 'moonwalk' is not an exercise in the library. Nothing was imported.");
        Path notJson = dir.resolve("notes.json");
        Files.writeString(notJson, "my favourite stretches: cat-cow");
        assertThatThrownBy(() -> routines.importFrom(notJson)).hasMessageStartingWith("notes.json: not valid JSON");
        assertThatThrownBy(() -> routines.importFrom(dir.resolve("missing.json")))
                .hasMessage("missing.json: no such file. Nothing was imported.");
        assertThat(Files.readAllBytes(store.fileFor("routines"))).isEqualTo(before);
        assertThat(routines.userRoutines()).hasSize(1);
    }

    @Test
    void exportDoesNotReplaceAnExistingFile() throws Exception {
        Path file = dir.resolve("taken.json");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> routines.exportTo("upper-back-warmup", file)).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        routines.exportTo("upper-back-warmup", file, true);
        assertThat(RoutineJson.parse(Files.readAllBytes(file)).id()).isEqualTo("upper-back-warmup");
    }

    @Test
    void aStoredRoutineThatNoLongerValidatesIsKeptNotDropped() throws Exception {
        routines.create(DRAFT);
        Routines narrower = Routines.load(store, id -> !id.equals("cat-cow"));
        assertThat(narrower.userRoutines()).hasSize(1);
        assertThat(narrower.validate(narrower.userRoutines().get(0))).extracting(RoutineProblem::field).containsExactly("exerciseId");
    }

    @Test
    void anUnreadableStoreFileIsMovedAsideWithANotice() throws Exception {
        Files.createDirectories(store.dir());
        Files.writeString(store.fileFor("routines"), "{ broken");
        Routines r = load();
        assertThat(r.userRoutines()).isEmpty();
        assertThat(r.notices()).singleElement().asString().contains("moved aside");
    }

    @Test
    void freshIdsAreMadeFromNames() {
        assertThat(routines.freshId("Évening  stretch!!")).isEqualTo("vening-stretch");
        assertThat(routines.freshId("???")).isEqualTo("routine");
        assertThat(routines.freshId("Upper-back warmup")).isEqualTo("upper-back-warmup-2");
    }

    @Test
    void twoWindowsSavingAtOnceKeepEachOthersRoutines() throws Exception {
        Routines a = load();
        Routines b = load();
        Routine mine = a.create(DRAFT.withName("Mine"));
        Routine theirs = b.create(DRAFT.withName("Theirs"));
        assertThat(load().userRoutines()).extracting(Routine::id).containsExactlyInAnyOrder(mine.id(), theirs.id());
        a.delete(mine.id());
        assertThat(load().userRoutines()).extracting(Routine::id).containsExactly(theirs.id());
        b.save(theirs.withName("Theirs, edited"));
        assertThat(load().userRoutines()).extracting(Routine::name).containsExactly("Theirs, edited");
    }
}

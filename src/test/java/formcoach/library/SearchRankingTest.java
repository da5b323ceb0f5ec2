package formcoach.library;

import formcoach.store.JsonStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search ranking as a table: query → the first results, over our fixture lifts with a
 * free-exercise-db file imported (our own small file with that project's names and ids), through the
 * real import and the real twins table, as a person meets it in the library.
 */
class SearchRankingTest {
    @TempDir
    static Path tmp;
    static Library lib;
    /** The library as shipped (assets/exercises, with its warm-up and mobility moves), the same file imported. */
    static Library shipped;

    @BeforeAll
    static void load() throws Exception {
        JsonStore store = new JsonStore(tmp.resolve("data"), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        lib = Library.load(store, Fixtures.catalog(), FeelMap.parse(Fixtures.file("feel-map.json")));
        Path file = tmp.resolve("exercises.json");
        try (InputStream in = SearchRankingTest.class.getResourceAsStream("/library-fixtures/import/fedb-back-lifts.json")) {
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(lib.importFile(file).added()).isEqualTo(14);
        shipped = Library.load(new JsonStore(tmp.resolve("shipped"), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC)));
        assertThat(shipped.importFile(file).added()).isEqualTo(14);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rows               | one-arm-dumbbell-row, seated-cable-row, barbell-bent-over-row, chest-supported-row, fedb-shotgun-row
            RDL                | romanian-deadlift, fedb-romanian-deadlift, fedb-hurdle-hops
            rdl                | romanian-deadlift, fedb-romanian-deadlift
            pullups            | pull-up, fedb-pullups
            pull ups           | pull-up, fedb-pullups
            pullup             | pull-up, fedb-pullups
            seated cable rows  | seated-cable-row, fedb-seated-cable-rows
            cable rows         | seated-cable-row, fedb-elevated-cable-rows, fedb-seated-cable-rows
            face pull          | face-pull, fedb-face-pull
            face pulls         | face-pull, fedb-face-pull
            deadlifts          | conventional-deadlift, fedb-barbell-deadlift, romanian-deadlift, fedb-romanian-deadlift
            deadlift           | conventional-deadlift, fedb-barbell-deadlift, romanian-deadlift, fedb-romanian-deadlift
            lat pulldown       | wide-grip-lat-pulldown, fedb-wide-grip-lat-pulldown
            bent over row      | barbell-bent-over-row, fedb-bent-over-barbell-row
            bentover rwo       | barbell-bent-over-row
            chinups            | chin-up
            sit up             | fedb-3-4-sit-up
            """)
    void theFirstResults(String query, String expected) {
        List<String> want = Arrays.stream(expected.split(",")).map(String::strip).toList();
        List<String> got = lib.search(query, SearchFilter.NONE).stream().map(h -> h.exercise().id()).toList();
        assertThat(got).as(query + " → " + got.subList(0, Math.min(8, got.size()))).startsWith(want.toArray(String[]::new));
    }

    /**
     * Over the shipped library: a lift beats a warm-up or mobility move on an equal word-prefix match
     * ("row" starts a word of "Light rowing" and of every row lift), but the move still wins where only
     * it matches ("rowing"). {@code first} is the first result's id, or "category:" and the category
     * every one of the first {@code n} results has.
     */
    @ParameterizedTest(name = "shipped: \"{0}\" → {1} (first {2})")
    @CsvSource(delimiter = '|', textBlock = """
            row     | category:row   | 5
            rows    | category:row   | 5
            rowing  | light-rowing   | 1
            """)
    void theFirstResultsOverTheShippedLibrary(String query, String first, int n) {
        List<SearchHit> hits = shipped.search(query, SearchFilter.NONE);
        List<String> top = hits.stream().limit(8).map(h -> h.exercise().id() + "(" + h.exercise().category().id() + ")").toList();
        assertThat(hits).as(query + " → " + top).hasSizeGreaterThanOrEqualTo(n);
        if (first.startsWith("category:")) {
            Category c = Category.fromId(first.substring("category:".length()));
            assertThat(hits.subList(0, n)).as(query + " → " + top)
                    .allMatch(h -> h.exercise().category() == c && h.exercise().source() == Source.BUILTIN);
        } else {
            assertThat(hits.get(0).exercise().id()).as(query + " → " + top).isEqualTo(first);
        }
        assertThat(hits).as(query + " → " + top).anyMatch(h -> h.exercise().id().equals("light-rowing"));
    }

    @Test
    void theListShowsOursFirstThenTheImportedInNameOrder() {
        List<Exercise> all = lib.all();
        int firstImported = 0;
        while (all.get(firstImported).source() == Source.BUILTIN) {
            firstImported++;
        }
        assertThat(all.subList(firstImported, all.size())).allMatch(e -> e.source() == Source.FREE_EXERCISE_DB);
        assertThat(all.get(0).name()).isEqualTo("Arm circles");
        assertThat(all.get(firstImported).name()).isEqualTo("3/4 Sit-Up");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ours,     18, 0
            imported, 0,  14
            yours,    0,  0
            """)
    void theSourceFilter(String origin, int ours, int imported) {
        SearchFilter f = SearchFilter.NONE.withOrigins(Set.of(JsonId.parse(Origin.class, "source", origin)));
        List<SearchHit> hits = lib.search("", f);
        assertThat(hits.stream().filter(h -> h.exercise().source() == Source.BUILTIN).count()).isEqualTo(ours);
        assertThat(hits.stream().filter(h -> h.exercise().source() == Source.FREE_EXERCISE_DB).count()).isEqualTo(imported);
    }

    @Test
    void anImportedTwinPointsToOursAndFeelingItLinksToOurFix() {
        Exercise theirs = lib.find("fedb-bent-over-barbell-row").orElseThrow();
        assertThat(lib.twinOf(theirs)).map(Exercise::id).hasValue("barbell-bent-over-row");
        FeelVerdict v = lib.feltIn(theirs, BodyArea.NECK_TRAPS).orElseThrow();
        assertThat(v.verdict()).isEqualTo(Verdict.FAULT);
        assertThat(v.via()).map(Exercise::id).hasValue("barbell-bent-over-row");
        assertThat(v.faultCue()).isPresent();
        assertThat(v.faultCue().get().fix()).isNotBlank();
        // no twin: no link, and our own lifts have none either
        assertThat(lib.twinOf(lib.find("fedb-shotgun-row").orElseThrow())).isEmpty();
        assertThat(lib.twinOf(lib.find("barbell-bent-over-row").orElseThrow())).isEmpty();
        assertThat(lib.feltIn(lib.find("fedb-shotgun-row").orElseThrow(), BodyArea.NECK_TRAPS)).map(FeelVerdict::via)
                .hasValue(java.util.Optional.empty());
    }
}

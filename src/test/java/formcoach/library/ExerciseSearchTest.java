package formcoach.library;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseSearchTest {
    /** The fixtures plus look-alikes a real library has, so a ranking case has something to beat. */
    static final List<Exercise> LIBRARY = library();
    static final ExerciseSearch SEARCH = new ExerciseSearch(LIBRARY);

    static List<Exercise> library() {
        List<Exercise> all = new ArrayList<>(Fixtures.exercises());
        all.add(simple("fedb-barbell-curl", "Barbell Curl", Category.OTHER, Muscle.BICEPS));
        all.add(simple("fedb-bent-over-barbell-row", "Bent Over Two-Dumbbell Row With Palms In", Category.ROW, Muscle.LATISSIMUS_DORSI));
        all.add(simple("fedb-bent-over-lateral-raise", "Bent-over lateral raise", Category.OTHER, Muscle.POSTERIOR_DELTOID));
        all.add(simple("fedb-rower", "Rowing, Stationary", Category.WARMUP, Muscle.QUADRICEPS));
        all.add(simple("fedb-pullover", "Pullover", Category.OTHER, Muscle.LATISSIMUS_DORSI));
        all.add(simple("fedb-chin-to-chest-stretch", "Chin To Chest Stretch", Category.STRETCH, Muscle.NECK));
        all.add(simple("fedb-facedown-plate-press", "Facedown plate press", Category.OTHER, Muscle.ANTERIOR_DELTOID));
        all.add(simple("fedb-rack-delivery", "Rack Delivery", Category.OTHER, Muscle.UPPER_TRAPEZIUS));
        all.add(simple("elevation-laterale", "Élévation latérale", Category.OTHER, Muscle.LATERAL_DELTOID));
        all.add(simple("fedb-face-pull", "Face Pull", Category.OTHER, Muscle.POSTERIOR_DELTOID));
        return all;
    }

    static Exercise simple(String id, String name, Category c, Muscle primary) {
        return new Exercise(id, name, List.of(), c, List.of(Equipment.BODY_ONLY), Level.BEGINNER,
                new Muscles(List.of(primary), List.of()), "", "", List.of(), List.of(), "", "", List.of(), List.of(),
                Source.FREE_EXERCISE_DB, List.of());
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(textBlock = """
            bentover rwo,      barbell-bent-over-row,  FUZZY
            latpulldown,       wide-grip-lat-pulldown, EXACT
            chinup,            chin-up,                EXACT
            RDL,               romanian-deadlift,      EXACT
            rdl,               romanian-deadlift,      EXACT
            face pul,          face-pull,              PREFIX
            face,              face-pull,              PREFIX
            pul up,            pull-up,                WORD_PREFIX
            Pull-Up,           pull-up,                EXACT
            db row,            one-arm-dumbbell-row,   EXACT
            one arm,           one-arm-dumbbell-row,   PREFIX
            sated cable row,   seated-cable-row,       FUZZY
            seated cabel,      seated-cable-row,       FUZZY
            dedlift,           conventional-deadlift,  FUZZY
            romanain deadlift, romanian-deadlift,      FUZZY
            pec,               doorway-pec-stretch,    WORD_PREFIX
            cat cow,           cat-cow,                EXACT
            catcow,            cat-cow,                EXACT
            chest supported,   chest-supported-row,    PREFIX
            'hip hinge',       dowel-hip-hinge,        PREFIX
            v bar,             close-grip-lat-pulldown, PREFIX
            elevation,         elevation-laterale,     PREFIX
            ÉLÉVATION lat,     elevation-laterale,     PREFIX
            apart,             band-pull-apart,        WORD_PREFIX
            """)
    void rankingCases(String query, String firstId, SearchHit.Kind kind) {
        List<SearchHit> hits = SEARCH.search(query, SearchFilter.NONE);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).exercise().id()).as(query + " → " + hits.subList(0, Math.min(4, hits.size()))).isEqualTo(firstId);
        assertThat(hits.get(0).kind()).isEqualTo(kind);
    }

    @Test
    void betterKindsComeFirstAndFuzzyOnlyAfterRealMatches() {
        List<SearchHit> hits = SEARCH.search("row", SearchFilter.NONE);
        assertThat(hits).extracting(SearchHit::kind).isSortedAccordingTo(Enum::compareTo);
        // "row" only starts the word "Rowing" of the stationary rower (a warm-up): the row lifts come first
        assertThat(hits.get(0).exercise().category()).isEqualTo(Category.ROW);
        assertThat(hits).extracting(h -> h.exercise().id()).contains("barbell-bent-over-row", "seated-cable-row", "fedb-rower");
    }

    @Test
    void onATieOurExerciseLeadsTheImportedTwin() {
        assertThat(SEARCH.search("face pull", SearchFilter.NONE)).extracting(h -> h.exercise().id())
                .startsWith("face-pull", "fedb-face-pull");
    }

    @Test
    void aliasMatchReportsTheAlias() {
        SearchHit hit = SEARCH.search("rdl", SearchFilter.NONE).get(0);
        assertThat(hit.matched()).isEqualTo("RDL");
    }

    @Test
    void nonsenseFindsNothingAndShortQueriesAreNotFuzzy() {
        assertThat(SEARCH.search("xqzj", SearchFilter.NONE)).isEmpty();
        assertThat(SEARCH.search("qz", SearchFilter.NONE)).isEmpty();
    }

    @Test
    void emptyQueryListsOursThenTheImportedEachInNameOrder() {
        List<SearchHit> hits = SEARCH.search("  ", SearchFilter.NONE);
        assertThat(hits).hasSize(LIBRARY.size()).allMatch(h -> h.kind() == SearchHit.Kind.ALL);
        assertThat(hits.get(0).exercise().name()).isEqualTo("Arm circles");
        List<SearchHit> ours = hits.stream().filter(h -> h.exercise().source() == Source.BUILTIN).toList();
        assertThat(hits.subList(0, ours.size())).isEqualTo(ours);
        assertThat(ours).extracting(h -> TextNorm.normalize(h.exercise().name()).replace(" ", "")).isSorted();
        assertThat(hits.subList(ours.size(), hits.size())).extracting(h -> TextNorm.normalize(h.exercise().name()).replace(" ", ""))
                .isSorted();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            row,  category,  pulldown,        'close-grip-lat-pulldown,straight-arm-pulldown,wide-grip-lat-pulldown'
            '',   muscle,    teres-major,     'straight-arm-pulldown,wide-grip-lat-pulldown'
            '',   equipment, doorway,         'doorway-pec-stretch'
            pull, fault,     SHRUGGING,       'band-assisted-pull-up,face-pull,pull-up,close-grip-lat-pulldown,straight-arm-pulldown,wide-grip-lat-pulldown'
            """)
    void filtersNarrowTheResults(String query, String facet, String value, String expectedIds) {
        SearchFilter f = switch (facet) {
            case "category" -> SearchFilter.category(Category.fromId(value));
            case "muscle" -> SearchFilter.NONE.withMuscles(Set.of(Muscle.fromId(value)));
            case "equipment" -> SearchFilter.NONE.withEquipment(Set.of(Equipment.fromId(value)));
            default -> SearchFilter.NONE.withFaults(Set.of(Fault.fromId(value)));
        };
        List<SearchHit> hits = SEARCH.search(query, f);
        assertThat(hits).extracting(h -> h.exercise().id()).containsExactlyInAnyOrder(expectedIds.split(","));
        assertThat(hits).allMatch(h -> f.matches(h.exercise()));
    }

    @Test
    void filtersCombineAcrossFacets() {
        SearchFilter f = SearchFilter.category(Category.ROW, Category.CORRECTIVE).withMuscles(Set.of(Muscle.POSTERIOR_DELTOID));
        assertThat(SEARCH.search("", f)).extracting(h -> h.exercise().id())
                .containsExactly("band-pull-apart", "barbell-bent-over-row", "chest-supported-row", "face-pull");
    }

    @Test
    void limitCutsTheList() {
        assertThat(SEARCH.search("", SearchFilter.NONE, 3)).hasSize(3);
    }

    @Property(tries = 200)
    void everyExerciseIsAnExactHitForItsOwnName(@ForAll("exercises") Exercise e) {
        List<SearchHit> hits = SEARCH.search(e.name(), SearchFilter.NONE);
        assertThat(hits.get(0).kind()).isEqualTo(SearchHit.Kind.EXACT);
        assertThat(hits.stream().filter(h -> h.kind() == SearchHit.Kind.EXACT)).extracting(SearchHit::exercise).contains(e);
    }

    @Property(tries = 300)
    void oneSwappedPairInALongNameStillFindsIt(@ForAll("swaps") Object[] exerciseAndQuery) {
        Exercise e = (Exercise) exerciseAndQuery[0];
        String typo = (String) exerciseAndQuery[1];
        assertThat(SEARCH.search(typo, SearchFilter.NONE)).as(typo).extracting(SearchHit::exercise).contains(e);
    }

    @Provide
    Arbitrary<Exercise> exercises() {
        return Arbitraries.of(LIBRARY);
    }

    @Provide
    Arbitrary<Object[]> swaps() {
        Arbitrary<Exercise> longNames = Arbitraries.of(LIBRARY.stream().filter(e -> e.name().length() >= 6).toList());
        return longNames.flatMap(e -> Arbitraries.integers().between(0, e.name().length() - 2)
                .map(i -> new Object[] {e, swap(e.name(), i)}));
    }

    private static String swap(String s, int i) {
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    @Test
    void anchoredDistanceCountsASwapAsOneEdit() {
        int[][] scratch = new int[3][32];
        boolean[] starts = new boolean[12];
        starts[0] = true;
        starts[4] = true;
        starts[8] = true;
        assertThat(ExerciseSearch.anchoredDistance("rwo".toCharArray(), "bentoverrow".toCharArray(), starts, 1, scratch)).isEqualTo(1);
        assertThat(ExerciseSearch.anchoredDistance("overrow".toCharArray(), "bentoverrow".toCharArray(), starts, 2, scratch)).isZero();
        // "entover" does not start at a word: it costs the skipped letter
        assertThat(ExerciseSearch.anchoredDistance("ntover".toCharArray(), "bentoverrow".toCharArray(), starts, 3, scratch)).isEqualTo(2);
    }

}

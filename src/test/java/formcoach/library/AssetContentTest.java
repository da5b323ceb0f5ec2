package formcoach.library;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs over the real assets/ shipped in the jar: the content contract of content-schema.md and the
 * minimums of the library issue. Fails until the content is in the tree, on purpose.
 */
class AssetContentTest {
    /** The fixed ids other features (timer routines, regressions) refer to. */
    static final List<String> FIXED_IDS = List.of(
            "barbell-bent-over-row", "pendlay-row", "one-arm-dumbbell-row", "seated-cable-row", "chest-supported-row",
            "inverted-row", "t-bar-row",
            "wide-grip-lat-pulldown", "close-grip-lat-pulldown", "straight-arm-pulldown", "single-arm-cable-pulldown",
            "pull-up", "chin-up", "band-assisted-pull-up", "negative-pull-up",
            "conventional-deadlift", "romanian-deadlift", "trap-bar-deadlift", "sumo-deadlift", "rack-pull",
            "face-pull", "band-pull-apart", "ytwl-raise", "prone-y-raise", "scapular-pull-up", "wall-angel", "chin-tuck",
            "light-rowing", "easy-cycling", "arm-circles", "shoulder-rolls", "march-in-place",
            "thoracic-rotation", "open-book", "cat-cow", "thread-the-needle", "foam-roll-upper-back",
            "doorway-pec-stretch", "childs-pose", "overhead-triceps-stretch", "upper-trap-stretch",
            "levator-scapulae-stretch", "kneeling-lat-stretch", "cross-body-shoulder-stretch",
            "dowel-hip-hinge");

    static ExerciseCatalog.Result catalog;
    static FeelMap.Result feel;

    @BeforeAll
    static void load() {
        catalog = ExerciseCatalog.loadBuiltin();
        feel = FeelMap.loadBuiltin();
    }

    @Test
    void everyAssetFollowsTheContentSchema() {
        assertThat(catalog.problems()).extracting(Problem::toString).isEmpty();
    }

    @Test
    void feelMapReadsCleanlyAndNamesOnlyRealExercises() {
        assertThat(feel.problems()).extracting(Problem::toString).isEmpty();
        assertThat(feel.map().unknownExerciseIds(catalog.exercises())).isEmpty();
    }

    @Test
    void atLeastThirtyExercises() {
        assertThat(catalog.exercises()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            row,        6
            pulldown,   4
            pullup,     2
            deadlift,   4
            corrective, 4
            """)
    void categoryMinimumsOfTheIssue(String category, int minimum) {
        Map<Category, Long> counts = catalog.exercises().stream()
                .collect(Collectors.groupingBy(Exercise::category, Collectors.counting()));
        assertThat(counts.getOrDefault(Category.fromId(category), 0L)).isGreaterThanOrEqualTo(minimum);
    }

    @Test
    void everyFixedIdIsPresent() {
        Set<String> ids = catalog.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
        assertThat(FIXED_IDS).allSatisfy(id -> assertThat(ids).as("exercise ids").contains(id));
    }

    @Test
    void feelMapCoversEveryAreaForEveryLiftCategory() {
        for (Category c : List.of(Category.ROW, Category.PULLDOWN, Category.PULLUP, Category.DEADLIFT)) {
            assertThat(feel.map().coversEveryArea(c)).as(c.id()).isTrue();
        }
    }

    @Test
    void neckAndTrapsOnARowPointAtShruggingWithTheRowsOwnFix() {
        Map<String, Exercise> byId = catalog.exercises().stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        Exercise row = byId.get("barbell-bent-over-row");
        assertThat(row).isNotNull();
        FeelVerdict v = feel.map().feltIn(row, BodyArea.NECK_TRAPS).orElseThrow();
        assertThat(v.fault()).contains(Fault.SHRUGGING);
        assertThat(v.faultCue()).isPresent();
    }
}

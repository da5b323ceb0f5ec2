package formcoach.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreeExerciseDbMappingTest {

    @ParameterizedTest(name = "{2} ({0}, {1}) → {3}")
    @CsvSource(textBlock = """
            strength,              pull, Bent Over Barbell Row,            row
            strength,              pull, Seated Cable Rows,                row
            strength,              pull, Upright Barbell Row,              other
            strength,              push, Renegade Row,                     other
            strength,              pull, Wide-Grip Lat Pulldown,           pulldown
            strength,              pull, Straight-Arm Pull-Down,           pulldown
            strength,              pull, Chin-Up,                          pullup
            strength,              pull, Wide-Grip Pull-Up,                pullup
            strength,              pull, Pullups,                          pullup
            powerlifting,          pull, Sumo Deadlift,                    deadlift
            strength,              pull, Romanian Deadlift With Dumbbells, deadlift
            olympic weightlifting, pull, Clean Deadlift,                   deadlift
            strength,              pull, Pullover,                         other
            stretching,            static, Chin To Chest Stretch,          stretch
            cardio,                ,     Rowing Stationary,                warmup
            plyometrics,           push, Box Jump,                         other
            ,                      ,     Mystery,                          other
            yoga,                  ,     Downward Dog,                     other
            """)
    void categoryComesFromTheirCategoryAndTheName(String category, String force, String name, String expected) {
        assertThat(FreeExerciseDbMapping.category(category, force, name)).isEqualTo(Category.fromId(expected));
    }

    @Test
    void everyOneOfTheirSeventeenMusclesMapsAndTheBackOnesFanOut() {
        assertThat(FreeExerciseDbMapping.MUSCLES).hasSize(17);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("middle back")).containsExactly(Muscle.RHOMBOIDS, Muscle.MIDDLE_TRAPEZIUS);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("shoulders")).containsExactly(Muscle.LATERAL_DELTOID, Muscle.ANTERIOR_DELTOID);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("traps")).containsExactly(Muscle.UPPER_TRAPEZIUS);
        assertThat(FreeExerciseDbMapping.MUSCLES.get("lower back")).containsExactly(Muscle.LUMBAR_ERECTOR_SPINAE);
        Set<Muscle> reached = EnumSet.noneOf(Muscle.class);
        FreeExerciseDbMapping.MUSCLES.values().forEach(reached::addAll);
        assertThat(reached).hasSize(19);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3_4_Sit-Up,              fedb-3-4-sit-up
            Barbell_Curl,            fedb-barbell-curl
            Around_The_Worlds,       fedb-around-the-worlds
            Élan,                    fedb-elan
            Back_Flyes_-_With_Bands, fedb-back-flyes-with-bands
            Anterior_Tibialis-SMR,   fedb-anterior-tibialis-smr
            """)
    void idsArePrefixedAndKebabCased(String theirs, String ours) {
        assertThat(FreeExerciseDbMapping.ourId(theirs)).contains(ours);
        assertThat(ExerciseValidator.ID.matcher(ours).matches()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Foo Row           | fedb-foo-row-
            __Weird--Id__     | fedb-weird-id-
            Child's_Pose      | fedb-childs-pose-
            Foo.Row           | fedb-foo-row-
            行_Row            | fedb-row-
            Foo_Row_0123456789 | fedb-foo-row-0123456789-
            """)
    void idsTheKebabFormWouldBlurGetAHashSuffix(String theirs, String prefix) {
        String ours = FreeExerciseDbMapping.ourId(theirs).orElseThrow();
        assertThat(ours).startsWith(prefix).matches(java.util.regex.Pattern.quote(prefix) + "[0-9a-f]{10}");
        assertThat(ExerciseValidator.ID.matcher(ours).matches()).isTrue();
        assertThat(FreeExerciseDbMapping.ourId(theirs)).as("the same id every time").contains(ours);
    }

    @Test
    void twoIdsWithTheSameKebabFormStayApart() {
        List<String> ids = List.of("Foo_Row", "Foo Row", "Foo  Row", "Foo.Row", "Foo_Row_", "Foo/Row", "Foo_Row_" + "0123456789");
        assertThat(ids.stream().map(i -> FreeExerciseDbMapping.ourId(i).orElseThrow()).distinct()).hasSameSizeAs(ids);
        assertThat(FreeExerciseDbMapping.ourId("Foo_Row")).contains("fedb-foo-row");
    }

    @net.jqwik.api.Property(tries = 2000)
    void onlyIdsThatDifferInCaseAccentsOrUnderscoreVersusHyphenShareOurId(
            @net.jqwik.api.ForAll("theirIds") String a, @net.jqwik.api.ForAll("theirIds") String b) {
        var ourA = FreeExerciseDbMapping.ourId(a);
        var ourB = FreeExerciseDbMapping.ourId(b);
        assertThat(FreeExerciseDbMapping.ourId(a)).as("the same id every time").isEqualTo(ourA);
        if (!a.equals(b) && ourA.isPresent() && ourA.equals(ourB)) {
            // two different ids of theirs meet only when both are plain words and differ in case, accents or _ vs -
            assertThat(sameWords(a)).as("%s and %s share %s", a, b, ourA.get()).isEqualTo(sameWords(b));
            assertThat(a.strip()).matches("[\\p{L}\\p{M}0-9]+([_-]+[\\p{L}\\p{M}0-9]+)*");
        }
    }

    /** Case, accents and the run of _ or - between words folded away: what two ids sharing ours may differ in. */
    private static String sameWords(String id) {
        return java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[_-]+", "-");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> theirIds() {
        // a small alphabet, so that near-collisions are common
        return net.jqwik.api.Arbitraries.strings().withChars("aAbB1_- .'éÉ").ofMinLength(1).ofMaxLength(6);
    }

    @Test
    void stepsSplitAtTheStartingPosition() {
        assertThat(FreeExerciseDbMapping.steps(List.of("Grip it. This will be your starting position.", "Pull.", "Lower.")))
                .containsExactly(List.of("Grip it. This will be your starting position."), List.of("Pull.", "Lower."));
        assertThat(FreeExerciseDbMapping.steps(List.of("Pull.", "Lower."))).containsExactly(List.of(), List.of("Pull.", "Lower."));
        assertThat(FreeExerciseDbMapping.steps(List.of())).containsExactly(List.of(), List.of());
    }
}

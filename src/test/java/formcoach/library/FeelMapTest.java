package formcoach.library;

import formcoach.store.Assets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FeelMapTest {

    @Test
    void fixtureMapReadsWithoutProblems() {
        FeelMap.Result r = FeelMap.parse(Fixtures.file("feel-map.json"));
        assertThat(r.problems()).isEmpty();
        for (Category c : Category.values()) {
            assertThat(r.map().coversEveryArea(c)).as(c.id()).isEqualTo(c.isLift());
        }
        assertThat(r.map().areas()).hasSize(BodyArea.values().length);
    }

    @Test
    void neckOnARowPointsAtShruggingAndHandsBackTheRowsOwnFix() {
        Exercise row = Fixtures.byId("barbell-bent-over-row");
        FeelVerdict v = Fixtures.feelMap().feltIn(row, BodyArea.NECK_TRAPS).orElseThrow();
        assertThat(v.verdict()).isEqualTo(Verdict.FAULT);
        assertThat(v.fault()).contains(Fault.SHRUGGING);
        assertThat(v.faultCue()).get().isEqualTo(row.fault(Fault.SHRUGGING).orElseThrow());
        assertThat(v.note()).isEqualTo("The traps took over from the mid back.");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            barbell-bent-over-row,  between-shoulder-blades, EXPECTED,
            seated-cable-row,       biceps-forearms,         NEUTRAL,
            wide-grip-lat-pulldown, biceps-forearms,         NEUTRAL,
            straight-arm-pulldown,  biceps-forearms,         FAULT,    MOMENTUM
            straight-arm-pulldown,  neck-traps,              FAULT,    SHRUGGING
            romanian-deadlift,      lower-back,              FAULT,    ROUNDING
            chin-up,                lats-armpit,             EXPECTED,
            """)
    void singleExerciseEntriesOverrideTheirCategory(String id, String area, Verdict verdict, Fault fault) {
        FeelVerdict v = Fixtures.feelMap().feltIn(Fixtures.byId(id), BodyArea.fromId(area)).orElseThrow();
        assertThat(v.verdict()).isEqualTo(verdict);
        assertThat(v.fault().orElse(null)).isEqualTo(fault);
    }

    @Test
    void movesWithoutAMappingGetNoAnswer() {
        assertThat(Fixtures.feelMap().feltIn(Fixtures.byId("doorway-pec-stretch"), BodyArea.NECK_TRAPS)).isEmpty();
        assertThat(Fixtures.feelMap().covers(Fixtures.byId("doorway-pec-stretch"))).isFalse();
    }

    @Test
    void badCellsAreNamedAndLeftOut() {
        String json = """
                {"areas":[{"id":"neck-traps","label":"Neck"}],
                 "byCategory":{"row":{"neck-traps":{"verdict":"FAULT","note":"x"},
                                      "lower-back":{"verdict":"EXPECTED","fault":"ROUNDING","note":"x"},
                                      "knees":{"verdict":"EXPECTED","note":"x"}},
                               "squat":{}},
                 "byExercise":{"ghost-row":{"lower-back":{"verdict":"EXPECTED","note":"fine"}}}}
                """;
        FeelMap.Result r = FeelMap.parse(new Assets.AssetFile("feel.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).extracting(Problem::toString).contains(
                "feel.json: byCategory.row.neck-traps: a FAULT verdict must name the fault; left out",
                "feel.json: byCategory.row.lower-back: only a FAULT verdict names a fault; left out",
                "feel.json: areas: missing lower-back",
                "feel.json: byCategory.pulldown.neck-traps: missing");
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s).startsWith(
                "feel.json: byCategory.row.knees: unknown body area 'knees'"));
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s).startsWith(
                "feel.json: byCategory.squat: unknown category 'squat'"));
        assertThat(r.map().unknownExerciseIds(Fixtures.exercises())).containsExactly("ghost-row");
    }

    @Test
    void notJsonGivesAnEmptyMapAndOneProblem() {
        FeelMap.Result r = FeelMap.parse(new Assets.AssetFile("feel.json", "{\"areas\": [".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).singleElement().asString().startsWith("feel.json: not valid JSON");
        assertThat(r.map().feltIn(Fixtures.byId("pull-up"), BodyArea.NECK_TRAPS)).isEmpty();
    }
}

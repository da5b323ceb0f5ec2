package formcoach.log;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static formcoach.log.LogFixtures.LOOKUP;
import static org.assertj.core.api.Assertions.assertThat;

class InsightsPropertiesTest {
    private static final LocalDateTime START = LocalDateTime.of(2024, 12, 23, 7, 0);
    private static final List<String> EXERCISES = List.of("pull-up", "barbell-bent-over-row", "face-pull", "conventional-deadlift",
            "chin-up", "prone-y-raise", "unknown-custom");

    @Provide
    Arbitrary<List<Session>> logs() {
        Arbitrary<Session> one = Combinators.combine(
                Arbitraries.integers().between(0, 24 * 60), // hours from START, up to ~8 weeks
                Arbitraries.of(EXERCISES),
                Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 3)).as((h, ex, w, wu) -> LogFixtures.session(START.plusHours(h / 4 * 1L), ex, w, wu));
        return one.list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void addingASetNeverLowersAWeeksCount(@ForAll("logs") List<Session> log, @ForAll @IntRange(min = 0, max = 24) int which,
                                          @ForAll boolean warmup) {
        if (log.isEmpty()) {
            return;
        }
        Session target = log.get(which % log.size());
        List<LoggedExercise> ex = new ArrayList<>(target.exercises());
        LoggedExercise first = ex.get(0);
        List<LoggedSet> more = new ArrayList<>(first.sets());
        more.add(warmup ? LoggedSet.of(5, 20, WeightUnit.KG).withType(SetType.WARMUP) : LoggedSet.of(5, 20, WeightUnit.KG));
        ex.set(0, first.withSets(more));
        List<Session> after = new ArrayList<>(log);
        after.set(which % log.size(), target.withExercises(ex));
        Insights before = new Insights(log, LOOKUP);
        Insights later = new Insights(after, LOOKUP);
        for (Insights.Week w : before.weeks()) {
            Insights.Week w2 = later.week(w.monday()).orElseThrow();
            assertThat(w2.workingSets()).isGreaterThanOrEqualTo(w.workingSets());
            for (MuscleGroup g : MuscleGroup.values()) {
                assertThat(w2.byGroup().get(g)).isGreaterThanOrEqualTo(w.byGroup().get(g));
            }
        }
        assertThat(later.weeks().stream().mapToInt(Insights.Week::workingSets).sum())
                .isEqualTo(before.weeks().stream().mapToInt(Insights.Week::workingSets).sum() + (warmup ? 0 : 1));
    }

    @Property(tries = 200)
    void theRatioNeedsThreeEarlierWeeks(@ForAll("logs") List<Session> log) {
        Insights in = new Insights(log, LOOKUP);
        if (in.weeks().isEmpty()) {
            return;
        }
        var first = in.weeks().get(0).monday();
        for (int k = 0; k < 9; k++) {
            var monday = first.plusWeeks(k);
            for (String group : Insights.ratioGroups()) {
                var r = in.ratio(monday, group);
                if (k < 3) {
                    assertThat(r).as("week %d after the first, %s", k, group).isEmpty();
                } else {
                    double sum = 0;
                    int n = Math.min(4, k);
                    for (int i = 1; i <= n; i++) {
                        sum += in.sets(monday.minusWeeks(i), group);
                    }
                    assertThat(r.isPresent()).isEqualTo(sum > 0);
                    r.ifPresent(x -> assertThat(x.ratio()).isCloseTo(in.sets(monday, group) / (x.average()), org.assertj.core.data.Offset.offset(1e-9)));
                }
            }
        }
    }

    @Property(tries = 100)
    void everyLoadJumpIsAtLeastACaution(@ForAll("logs") List<Session> log) {
        for (Insights.LoadRatio r : new Insights(log, LOOKUP).loadJumps()) {
            assertThat(r.ratio()).isGreaterThanOrEqualTo(Insights.CAUTION_RATIO);
            assertThat(r.level()).isPresent();
        }
    }
}

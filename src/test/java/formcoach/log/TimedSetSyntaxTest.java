package formcoach.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A timed set (a logged timer step, an imported plank) reads as its seconds and reads back the same. */
class TimedSetSyntaxTest {
    @Test
    void aLoggedTimerStepShowsItsSecondsNotZeroReps() {
        SessionDraft d = SessionDraft.fromTimer(LocalDateTime.of(2026, 3, 2, 7, 30), "Upper-back warm-up",
                List.of(new SessionDraft.Step("cat-cow", "Cat-cow", 45, 1, null),
                        new SessionDraft.Step("band-pull-apart", "Band pull-apart", 30, 2, 12)),
                2, 120, true);
        assertThat(SetSyntax.format(d.lines().get(0).sets().get(0))).isEqualTo("45s w");
        assertThat(SetSyntax.format(d.lines().get(1).sets().get(0))).isEqualTo("12@bw 30s w");
    }

    @Test
    void holdsWithLoadAndAssistance() {
        assertThat(SetSyntax.format(new LoggedSet(0, 10, WeightUnit.KG, LoadKind.BODYWEIGHT, SetType.NORMAL, null, null, null, 30)))
                .isEqualTo("30s@bw+10kg");
        assertThat(SetSyntax.format(new LoggedSet(0, 20, WeightUnit.LB, LoadKind.EXTERNAL, SetType.NORMAL, null, null, null, 60)))
                .isEqualTo("60s@20lb");
        assertThat(SetSyntax.format(new LoggedSet(0, 15, WeightUnit.KG, LoadKind.ASSISTED, SetType.NORMAL, null, null, null, 20)))
                .isEqualTo("20s@bw-15kg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"45s", "45s w", "30s@bw+10kg", "60s@20lb", "20s@bw-15kg", "12@bw 30s w", "8x60kg 40s rir2",
            "30s rpe7 shrug \"held it\""})
    void formatReadsBackTheSameSet(String text) throws Exception {
        LoggedSet s = SetSyntax.parse(text, WeightUnit.KG).get(0);
        assertThat(SetSyntax.format(s)).isEqualTo(text);
        assertThat(SetSyntax.parse(SetSyntax.format(s), WeightUnit.KG)).containsExactly(s);
    }

    @Test
    void countsSpacesAndKinds() throws Exception {
        List<LoggedSet> two = SetSyntax.parse("2x30s w", WeightUnit.KG);
        assertThat(two).hasSize(2);
        assertThat(two.get(0).seconds()).isEqualTo(30);
        assertThat(two.get(0).reps()).isZero();
        assertThat(two.get(0).loadKind()).isEqualTo(LoadKind.BODYWEIGHT);
        assertThat(two.get(0).isWorking()).isFalse();
        assertThat(SetSyntax.parse("45 s", WeightUnit.KG).get(0).seconds()).isEqualTo(45);
        assertThat(SetSyntax.parse("60s@20", WeightUnit.KG).get(0).addedLoadKg()).isEqualTo(20.0);
    }

    @Test
    void badSecondsAreRefused() {
        assertThatThrownBy(() -> SetSyntax.parse("0s", WeightUnit.KG)).isInstanceOf(SetSyntaxException.class)
                .hasMessageContaining("seconds must be 1–86400");
        assertThatThrownBy(() -> SetSyntax.parse("90000s", WeightUnit.KG)).isInstanceOf(SetSyntaxException.class);
    }
}

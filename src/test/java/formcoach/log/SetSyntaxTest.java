package formcoach.log;

import formcoach.library.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetSyntaxTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text | sets | reps | load | unit | kind | type | rir | rpe | fault
            "8x60 | 1 | 8 | 60 | kg | EXTERNAL | NORMAL | | |",
            "5x100 rir2 | 1 | 5 | 100 | kg | EXTERNAL | NORMAL | 2 | |",
            "3x10@bw | 3 | 10 | 0 | kg | BODYWEIGHT | NORMAL | | |",
            "3x8x60 | 3 | 8 | 60 | kg | EXTERNAL | NORMAL | | |",
            "6@bw+10 | 1 | 6 | 10 | kg | BODYWEIGHT | NORMAL | | |",
            "8@bw-20 | 1 | 8 | 20 | kg | ASSISTED | NORMAL | | |",
            "8x20 assisted | 1 | 8 | 20 | kg | ASSISTED | NORMAL | | |",
            "10x40 w | 1 | 10 | 40 | kg | EXTERNAL | WARMUP | | |",
            "8x135lb | 1 | 8 | 135 | lb | EXTERNAL | NORMAL | | |",
            "8x135 lbs | 1 | 8 | 135 | lb | EXTERNAL | NORMAL | | |",
            "8 x 62.5 rpe8.5 | 1 | 8 | 62.5 | kg | EXTERNAL | NORMAL | | 8.5 |",
            "6x60 rir1 shrug | 1 | 6 | 60 | kg | EXTERNAL | NORMAL | 1 | | SHRUGGING",
            "12x30 drop round | 1 | 12 | 30 | kg | EXTERNAL | DROP | | | ROUNDING",
            "5x80 fail swing | 1 | 5 | 80 | kg | EXTERNAL | FAILURE | | | MOMENTUM",
            "3X10@BW | 3 | 10 | 0 | kg | BODYWEIGHT | NORMAL | | |",
    })
    void readsEachForm(String text, int count, int reps, double load, String unit, LoadKind kind, SetType type,
                       Integer rir, Double rpe, Fault fault) throws Exception {
        List<LoggedSet> sets = SetSyntax.parse(text, WeightUnit.KG);
        assertThat(sets).hasSize(count);
        LoggedSet s = sets.get(0);
        assertThat(s.reps()).isEqualTo(reps);
        assertThat(s.load()).isEqualTo(load);
        assertThat(s.unit().id()).isEqualTo(unit);
        assertThat(s.loadKind()).isEqualTo(kind);
        assertThat(s.type()).isEqualTo(type);
        assertThat(s.rir()).isEqualTo(rir);
        assertThat(s.rpe()).isEqualTo(rpe);
        assertThat(s.fault()).isEqualTo(fault);
    }

    @Test
    void aLineHoldsSeveralSetsInOrder() throws Exception {
        List<LoggedSet> sets = SetSyntax.parse("10x40 w, 8x60, 8x60, 6x60 rir1", WeightUnit.KG);
        assertThat(sets).extracting(LoggedSet::reps).containsExactly(10, 8, 8, 6);
        assertThat(sets.get(0).isWorking()).isFalse();
        assertThat(sets.subList(1, 4)).allMatch(LoggedSet::isWorking);
    }

    @Test
    void theLogsUnitIsUsedWhenNoneIsWritten() throws Exception {
        assertThat(SetSyntax.parse("8x135", WeightUnit.LB).get(0).unit()).isEqualTo(WeightUnit.LB);
        assertThat(SetSyntax.parse("8x60kg", WeightUnit.LB).get(0).unit()).isEqualTo(WeightUnit.KG);
    }

    @Test
    void assistanceIsNeverLoad() throws Exception {
        LoggedSet assisted = SetSyntax.parse("8@bw-20", WeightUnit.KG).get(0);
        LoggedSet weighted = SetSyntax.parse("8@bw+20", WeightUnit.KG).get(0);
        assertThat(assisted.addedLoadKg()).isZero();
        assertThat(weighted.addedLoadKg()).isEqualTo(20.0);
        assertThat(SetSyntax.parse("8x100lb", WeightUnit.KG).get(0).addedLoadKg()).isCloseTo(45.36, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''", "abc", "8", "x60", "8x", "0x60", "8x60 rir7", "8x60 rpe11", "8x60 banana", "8x60 rir2 rpe8", "60x8x60x2", "51x8x60"})
    void refusesWhatItCannotRead(String text) {
        assertThatThrownBy(() -> SetSyntax.parse(text, WeightUnit.KG)).isInstanceOf(SetSyntaxException.class)
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8x60kg", "5x100kg rir2", "10@bw", "6@bw+10kg", "8@bw-20kg", "10x40kg w",
            "8x135lb rpe8.5", "6x60kg fail shrug", "12x30kg drop round"})
    void formatReadsBackToTheSameSet(String text) throws Exception {
        LoggedSet s = SetSyntax.parse(text, WeightUnit.KG).get(0);
        assertThat(SetSyntax.format(s)).isEqualTo(text);
        assertThat(SetSyntax.parse(SetSyntax.format(s), WeightUnit.KG).get(0)).isEqualTo(s);
    }
}

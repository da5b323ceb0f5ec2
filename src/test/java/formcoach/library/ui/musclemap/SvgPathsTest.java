package formcoach.library.ui.musclemap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgPathsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            M 10,20 L 30,40 Z           | M 190 20 L 170 40 Z
            M 90 5 C 80,6 70,7 60,8     | M 110 5 C 120 6 130 7 140 8
            M 0,0 H 50 V 20             | M 200 0 H 150 V 20
            m 10,10 l 5,-3 h -4 v 2 z   | m -10 10 l -5 -3 h 4 v 2 z
            M 99.5,1e1 Q 95,3 90,4      | M 100.5 10 Q 105 3 110 4
            """)
    void mirrorsAcrossTheMidline(String path, String expected) {
        assertThat(SvgPaths.mirror(path, 100)).isEqualTo(expected);
    }

    @Test
    void arcsAreRefusedRatherThanDrawnWrong() {
        assertThatThrownBy(() -> SvgPaths.mirror("M 0,0 A 5,5 0 0 1 10,10", 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
    }

    @Property
    void mirroringTwiceGivesThePointBack(@ForAll @DoubleRange(min = -500, max = 500) double x,
                                        @ForAll @DoubleRange(min = -500, max = 500) double y) {
        String once = SvgPaths.mirror("M " + SvgPaths.format(x) + "," + SvgPaths.format(y), 100);
        String twice = SvgPaths.mirror(once, 100);
        String[] parts = twice.split(" ");
        assertThat(Double.parseDouble(parts[1])).isCloseTo(x, org.assertj.core.data.Offset.offset(0.002));
        assertThat(Double.parseDouble(parts[2])).isCloseTo(y, org.assertj.core.data.Offset.offset(0.002));
    }
}

package formcoach.library.ui;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CueCardScaleTest {
    @ParameterizedTest(name = "{0}x{1} -> {2}")
    @CsvSource(textBlock = """
            690,  480,  1.0
            690,  600,  1.0
            1380, 960,  2.0
            1810, 1040, 2.4762
            3840, 2100, 2.8
            300,  200,  0.85
            0,    0,    1.0
            """)
    void cardTypeGrowsWithTheSmallerOfWidthAndHeightWithinBounds(double w, double h, double expected) {
        assertThat(CueCardsViewBuilder.cardScale(w, h)).isCloseTo(expected, within(0.001));
    }

    @Property
    void biggerCardPaneNeverGetsSmallerType(@ForAll @DoubleRange(min = 1, max = 4000) double w,
                                            @ForAll @DoubleRange(min = 1, max = 3000) double h,
                                            @ForAll @DoubleRange(min = 0, max = 500) double grow) {
        double scale = CueCardsViewBuilder.cardScale(w, h);
        assertThat(CueCardsViewBuilder.cardScale(w + grow, h + grow)).isGreaterThanOrEqualTo(scale);
        assertThat(scale).isBetween(CueCardsViewBuilder.MIN_SCALE, CueCardsViewBuilder.MAX_SCALE);
    }
}

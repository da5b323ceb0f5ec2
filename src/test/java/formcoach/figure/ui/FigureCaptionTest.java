package formcoach.figure.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The size of a figure's caption against the figure's width. */
class FigureCaptionTest {
    @Test
    void theCaptionIsTheTextSizeAtLeastGrowsInProportionAndStopsAtItsCap() {
        // a 150 px figure asks for 0.9 em: the theme's text size wins
        assertThat(FigureCaption.em(150, 150, 0.9, 1.3)).isEqualTo(1.0);
        // twice as wide: 1.8 em, but the fault pair stops at 1.3 em
        assertThat(FigureCaption.em(300, 150, 0.9, 1.3)).isEqualTo(1.3);
        assertThat(FigureCaption.em(200, 150, 0.9, 1.3)).isEqualTo(1.2);
        // a cue card's figure at 2.58 times its size
        assertThat(FigureCaption.em(220 * 2.58, 220, 0.9, 2.0)).isEqualTo(2.0);
        assertThat(FigureCaption.em(220 * 1.5, 220, 0.9, 2.0)).isEqualTo(1.35);
        // in steps of 0.05 em
        assertThat(FigureCaption.em(221, 200, 1.0, 2.0)).isEqualTo(1.1);
        // not laid out yet, or nonsense: the text size
        assertThat(FigureCaption.em(0, 150, 0.9, 1.3)).isEqualTo(1.0);
        assertThat(FigureCaption.em(Double.NaN, 150, 0.9, 1.3)).isEqualTo(1.0);
        assertThat(FigureCaption.em(300, 0, 0.9, 1.3)).isEqualTo(1.0);
        assertThat(FigureCaption.em(300, 150, 0.9, 0.5)).isEqualTo(1.0);
    }
}

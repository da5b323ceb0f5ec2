package formcoach.timer.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TempoLiftLabelTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            row,      Row
            pulldown, Pull-down
            pullup,   Pull-up / chin-up
            deadlift, Deadlift
            ROW,      Row
            kettlebell, kettlebell
            """)
    void liftListShowsTheLibrarysCategoryNameAndKeepsAnUnknownId(String id, String label) {
        assertThat(TempoViewBuilder.category(id)).isEqualTo(label);
    }
}

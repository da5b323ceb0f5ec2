package formcoach.paincheck.ui;

import javafx.util.StringConverter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PickerDatesTest {
    private static final LocalDate KEPT = LocalDate.of(2026, 1, 5);
    private final StringConverter<LocalDate> converter = PickerDates.converter(() -> KEPT);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            24 Nov 2026,    2026-11-24
            24 nov 2026,    2026-11-24
            '  3  Sep 2025 ', 2025-09-03
            2026-11-24,     2026-11-24
            11/24/2026,     2026-01-05
            31 Feb 2026,    2026-01-05
            """)
    void readsDayMonthYearAndKeepsTheDateShownWhenTheTextIsNotADate(String text, LocalDate expected) {
        assertThat(converter.fromString(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            2026-11-24, 24 Nov 2026
            2025-09-03, 3 Sep 2025
            """)
    void showsDayMonthNameYear(LocalDate date, String shown) {
        assertThat(converter.toString(date)).isEqualTo(shown);
    }

    @Property
    void everyShownDateReadsBackAsTheSameDay(@ForAll @IntRange(min = 0, max = 40_000) int daysFrom2000) {
        LocalDate d = LocalDate.of(2000, 1, 1).plusDays(daysFrom2000);
        assertThat(converter.fromString(converter.toString(d))).isEqualTo(d);
    }
}

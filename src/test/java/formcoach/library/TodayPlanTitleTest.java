package formcoach.library;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TodayPlanTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pull-up                                              | Pull-up
            Pull-up;Barbell bent-over row                        | Pull-up and Barbell bent-over row
            Pull-up;Face pull;Romanian deadlift                  | Pull-up, Face pull and Romanian deadlift
            Pull-up;Face pull;Romanian deadlift;T-bar row;Chin-up | Pull-up, Face pull and 3 more
            ' '                                                  | Lifts
            """)
    void aPlanIsNamedAfterItsLifts(String names, String title) {
        List<String> list = Arrays.asList(names.split(";"));
        assertThat(TodayPlan.sessionTitle(list)).isEqualTo(title);
    }
}

package formcoach.timer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutineJsonTest {
    static String json(String steps) {
        return "{\"id\":\"mine\",\"name\":\"Mine\",\"kind\":\"custom\",\"steps\":[" + steps + "]}";
    }

    static final String GOOD = "{\"exerciseId\":\"cat-cow\",\"name\":\"Cat-cow\",\"seconds\":30,\"sides\":1}";

    @Test
    void roundTripsAndLeavesOutAbsentOptionalFields() throws RoutineException {
        Routine r = new Routine("mine", "Mine", RoutineKind.COOLDOWN, null, List.of(
                new RoutineStep("open-book", "Open book", 30, 2, null, "slowly"),
                new RoutineStep("band-pull-apart", "Pull-aparts", 40, 1, 15, null)));
        String text = RoutineJson.toJson(r);
        assertThat(text).doesNotContain("null").doesNotContain("description").contains("\"cooldown\"");
        assertThat(RoutineJson.parse(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"exerciseId":"cat-cow","name":"Cat-cow","seconds":"long","sides":1}  | step 2 (Cat-cow): seconds must be a whole number, got "long"
            {"exerciseId":"cat-cow","name":"Cat-cow","seconds":30.5,"sides":1}    | step 2 (Cat-cow): seconds must be a whole number, got 30.5
            {"exerciseId":"cat-cow","name":"Cat-cow","sides":1}                   | step 2 (Cat-cow): seconds is missing
            {"exerciseId":"cat-cow","name":"Cat-cow","seconds":30}                | step 2 (Cat-cow): sides is missing
            {"exerciseId":"cat-cow","name":"Cat-cow","seconds":30,"sides":1,"x":1} | step 2 (Cat-cow): unknown field 'x' (a step has exerciseId, name, seconds, sides, reps, note)
            {"exerciseId":"cat-cow","seconds":30,"sides":[1]}                     | step 2: sides must be a whole number, got [1]
            """)
    void mistakesNameTheStepAndTheField(String secondStep, String message) {
        byte[] bytes = json(GOOD + "," + secondStep).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RoutineJson.parse(bytes)).isInstanceOf(RoutineException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            not json at all                                     | not valid JSON
            []                                                  | the file must hold one routine
            {"id":"a","name":"A","kind":"stretchy","steps":[]}  | kind must be warmup, cooldown or custom, got "stretchy"
            {"id":"a","name":"A","kind":"custom","steps":{}}    | steps must be a list of steps
            {"id":"a","nme":"A","kind":"custom","steps":[]}     | unknown field 'nme' (a routine has id, name, kind, description, steps)
            """)
    void wholeFileMistakesAreNamedToo(String text, String start) {
        assertThatThrownBy(() -> RoutineJson.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RoutineException.class).hasMessageStartingWith(start);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> RoutineJson.parse(new byte[0])).hasMessage("the file is empty");
    }
}

package formcoach.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static formcoach.log.LogFixtures.BY_ID;
import static formcoach.log.LogFixtures.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

class NameMapperTest {
    private final NameMapper mapper = new NameMapper(LIBRARY, NameMapper.builtinTable(), Map.of());

    @Test
    void everyEntryOfTheHandKeptTableNamesALiftInTheLibrary() {
        Map<String, String> table = NameMapper.builtinTable();
        assertThat(table).hasSizeGreaterThan(50);
        table.forEach((name, id) -> {
            assertThat(BY_ID).as("%s → %s", name, id).containsKey(id);
            assertThat(name).as("names are stored as exported").isEqualTo(name.strip());
        });
        assertThat(table.keySet().stream().map(NameMapper::key).distinct().count()).isEqualTo(table.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bent Over Row (Barbell) | barbell-bent-over-row | TABLE",
            "Seated Row (Cable) | seated-cable-row | TABLE",
            "Seated Cable Row - V Grip (Cable) | seated-cable-row | TABLE",
            "Lat Pulldown (Cable) | wide-grip-lat-pulldown | TABLE",
            "Pull Up | pull-up | TABLE",
            "Pull Up (Assisted) | band-assisted-pull-up | TABLE",
            "Chin Up | chin-up | TABLE",
            "Face Pull (Cable) | face-pull | TABLE",
            "Face Pull | face-pull | TABLE",
            "Dumbbell Row | one-arm-dumbbell-row | TABLE",
            "Deadlift (Trap bar) | trap-bar-deadlift | TABLE",
            "'  pull up  ' | pull-up | TABLE",
            "T BAR ROW | t-bar-row | TABLE",
            "Pendlay row | pendlay-row | LIBRARY",
            "Romanian Deadlift | romanian-deadlift | LIBRARY",
            "Band pull-apart | band-pull-apart | LIBRARY",
            "Wall Angel (Bodyweight) | wall-angel | LIBRARY",
    })
    void mapsCommonBackLifts(String name, String id, NameMapper.How how) {
        NameMapper.Match m = mapper.map(name);
        assertThat(m.exercise()).as(name).isPresent();
        assertThat(m.exercise().get().id()).isEqualTo(id);
        assertThat(m.how()).isEqualTo(how);
    }

    @ParameterizedTest
    @CsvSource({"Bench Press (Barbell)", "Puxada Alta na Polia (Máquina)", "Shrug (Dumbbell)", "Running", "Bicep Curl (Barbell)"})
    void otherNamesGoToTheReview(String name) {
        NameMapper.Match m = mapper.map(name);
        assertThat(m.how()).isEqualTo(NameMapper.How.UNMATCHED);
        assertThat(m.exercise()).isEmpty();
    }

    @Test
    void thePersonsAnswerComesFirst() {
        NameMapper withChoices = new NameMapper(LIBRARY, NameMapper.builtinTable(),
                Map.of("puxada alta na polia (máquina)", "wide-grip-lat-pulldown", "lat pulldown (cable)", "close-grip-lat-pulldown",
                        "shrug (dumbbell)", ""));
        assertThat(withChoices.map("Puxada Alta na Polia (Máquina)").exercise().orElseThrow().id()).isEqualTo("wide-grip-lat-pulldown");
        assertThat(withChoices.map("Lat Pulldown (Cable)").how()).isEqualTo(NameMapper.How.CHOSEN);
        assertThat(withChoices.map("Lat Pulldown (Cable)").exercise().orElseThrow().id()).isEqualTo("close-grip-lat-pulldown");
        assertThat(withChoices.map("Shrug (Dumbbell)").how()).isEqualTo(NameMapper.How.OWN);
    }

    @Test
    void suggestionsComeFromTheLibrarySearch() {
        assertThat(mapper.map("Lat Pulldown - Close Grip Rope").suggestions()).extracting(e -> e.id()).contains("close-grip-lat-pulldown");
    }
}

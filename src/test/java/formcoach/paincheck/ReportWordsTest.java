package formcoach.paincheck;

import formcoach.store.Assets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWordsTest {
    static final ReportWords WORDS = ReportWords.shipped();

    @Test
    void everyYesNoFactIsInExactlyOneSystem() {
        List<String> listed = new ArrayList<>();
        WORDS.systems().forEach(g -> listed.addAll(g.facts().keySet()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(FactKey.booleans().stream().map(FactKey::id).toList());
        assertThat(WORDS.systems()).extracting(ReportWords.SystemGroup::title).containsExactly("Cardiorespiratory and vascular",
                "Neurological", "Urinary and bowel", "Systemic and infection", "Musculoskeletal", "History and risk factors");
    }

    @Test
    void everyRuleHasClinicalWordsWithoutSourceKeysOrSecondPerson() {
        for (Rule r : TestFacts.rules().rules()) {
            String w = WORDS.reasons().get(r.id());
            assertThat(w).as(r.id()).isNotBlank().doesNotContain("[").doesNotContainIgnoringCase("you");
        }
        assertThat(WORDS.reasons().keySet()).allMatch(id -> TestFacts.rules().rules().stream().anyMatch(r -> r.id().equals(id)));
        WORDS.systems().forEach(g -> g.facts().values().forEach(v -> assertThat(v).doesNotContainIgnoringCase("you")));
    }

    @Test
    void aMissingFactOrLevelIsNamed() {
        String json = new String(Assets.read(ReportWords.ASSET).bytes(), StandardCharsets.UTF_8)
                .replace("\"coughingBlood\": \"haemoptysis\",", "");
        ReportWords.Load l = ReportWords.load(new Assets.AssetFile("assets/paincheck/report.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(l.value()).isEmpty();
        assertThat(String.join("\n", l.problems())).contains("no system lists the fact coughingBlood");
    }

    @Test
    void levelsNameTheRegionsServices() {
        assertThat(WORDS.level(Level.EMERGENCY, new Region("US", "911", "urgent care", "the ER")))
                .isEqualTo("Emergency: advised to call 911 or go to the ER now");
    }
}

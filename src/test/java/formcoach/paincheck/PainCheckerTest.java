package formcoach.paincheck;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PainCheckerTest {
    static final PainChecker CHECKER = PainChecker.load();

    @Test
    void shippedAssetsLoadWithoutProblems() {
        assertThat(CHECKER.problems()).isEmpty();
        assertThat(CHECKER.ready()).isTrue();
    }

    @Test
    void outputHasExactlyTheSchemaKeysInOrder() throws Exception {
        JsonNode out = Json.mapper().readTree(CHECKER.check(TestFacts.doms("\"fever\": true"), "999").toJson());
        List<String> keys = new ArrayList<>();
        out.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("level", "pattern", "reasons", "action", "selfCare", "safetyNet", "rulesVersion");
        assertThat(out.get("level").asText()).isEqualTo("URGENT");
        assertThat(out.get("pattern").asText()).isEqualTo("DOMS");
        JsonNode first = out.get("reasons").get(0);
        List<String> reasonKeys = new ArrayList<>();
        first.fieldNames().forEachRemaining(reasonKeys::add);
        assertThat(reasonKeys).containsExactly("rule", "level", "text", "sources");
        assertThat(first.get("rule").asText()).isEqualTo("fever");
        assertThat(first.get("sources").get(0).asText()).isEqualTo("NHS-BP");
        assertThat(out.get("rulesVersion").asText()).isEqualTo(CHECKER.rulesVersion());
    }

    @Test
    void emergencyActionNamesTheGivenNumber() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"chestPainOrPressure\": true"), "911");
        assertThat(r.action()).contains("911");
        assertThat(r.safetyNet()).anySatisfy(s -> assertThat(s).contains("911"));
        assertThat(String.join(" ", r.selfCare()).toLowerCase()).doesNotContain("stretch").doesNotContain("ice pack");
    }

    @Test
    void sorenessSelfCareIsGentleMovementStretchingAndHeatOrIce() {
        TriageResult r = CHECKER.check(TestFacts.doms(""), "112");
        String all = String.join(" ", r.selfCare()).toLowerCase();
        assertThat(all).contains("moving gently").contains("light stretching").contains("heat").contains("cold pack");
        assertThat(all).contains("ibuprofen").contains("pregnant").contains("over 65");
    }

    @Test
    void aTinyPositiveOnsetIsStillLaterSorenessNotAStrainDuringTheLift() throws Exception {
        Facts facts = FactsParser.parse("""
                {"onsetHours": 1e-400, "character": "aching", "location": "diffuse", "severity": 4,
                 "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false}""");
        TriageResult r = CHECKER.check(facts, "999");
        assertThat(r.level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(r.pattern()).isEqualTo(Pattern.DOMS);
    }

    @Test
    void strainSelfCareIsShortRestWrappedIceAndNoEarlyHeat() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"onsetHours\": 0"), "112");
        assertThat(r.level()).isEqualTo(Level.SELF_CARE_POSSIBLE_STRAIN);
        String all = String.join(" ", r.selfCare());
        assertThat(all).contains("2 to 3 days").contains("20 minutes every 2 to 3 hours").contains("wrapped in a cloth")
                .contains("first 48 hours, avoid heat").contains("massage and alcohol").contains("After 48 hours")
                .contains("paracetamol first").contains("hard stretching");
    }

    @Test
    void noAntiInflammatoryAdviceWhenRhabdomyolysisIsPossible() {
        for (String flag : List.of("\"darkUrine\": true", "\"extremeSwellingOrWeakness\": true")) {
            TriageResult r = CHECKER.check(TestFacts.doms(flag), "999");
            assertThat(r.selfCare()).anySatisfy(s -> assertThat(s).startsWith("Do not take anti-inflammatory painkillers (NSAIDs)"));
            assertThat(r.selfCare()).noneSatisfy(s -> assertThat(s).containsIgnoringCase("ibuprofen gel"));
            assertThat(r.selfCare()).noneSatisfy(s -> assertThat(s).contains("ibuprofen tablets"));
        }
    }

    @Test
    void safetyNetListsOnlyEscalationsAboveTheResult() {
        TriageResult doms = CHECKER.check(TestFacts.doms(""), "999");
        assertThat(doms.safetyNet()).hasSize(4).allSatisfy(s -> assertThat(s).startsWith("Get help sooner if"));
        TriageResult urgent = CHECKER.check(TestFacts.doms("\"popOrClick\": true"), "999");
        assertThat(urgent.safetyNet()).anySatisfy(s -> assertThat(s).contains("A&E"))
                .noneSatisfy(s -> assertThat(s).contains("book a GP"));
        TriageResult emergency = CHECKER.check(TestFacts.doms("\"darkUrine\": true"), "999");
        assertThat(emergency.safetyNet()).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("same day"));
    }

    @Test
    void brokenRulesFileLeavesACheckerThatRefusesAndSaysWhy() {
        String rules = new String(Assets.read(RulesLoader.ASSET).bytes(), StandardCharsets.UTF_8).replace("\"fever\"}", "\"fevr\"}");
        PainChecker broken = PainChecker.of(RulesLoader.load(rules.getBytes(StandardCharsets.UTF_8), "rules.json"), Advice.loadAsset(), Questionnaire.loadAsset());
        assertThat(broken.ready()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("rule 'fever'").contains("fevr"));
        assertThatThrownBy(() -> broken.check(TestFacts.doms(""), "999")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fevr");
    }

    @Test
    void brokenAdviceFileIsReportedWithItsField() {
        String advice = new String(Assets.read(Advice.ASSET).bytes(), StandardCharsets.UTF_8)
                .replace("\"fever\": \"a high temperature\",", "").replace("{emergencyNumber} now", "{number} now");
        Advice.Load load = Advice.load(new Assets.AssetFile("advice.json", advice.getBytes(StandardCharsets.UTF_8)));
        assertThat(load.value()).isEmpty();
        assertThat(load.problems()).anySatisfy(p -> assertThat(p).contains("factWords.fever"))
                .anySatisfy(p -> assertThat(p).contains("{number}"));
    }
}

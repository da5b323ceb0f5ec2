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
        JsonNode out = Json.mapper().readTree(CHECKER.check(TestFacts.doms("\"fever\": true"), TestFacts.GB).toJson());
        List<String> keys = new ArrayList<>();
        out.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("level", "pattern", "reasons", "action", "selfCare", "safetyNet", "rulesVersion", "region");
        assertThat(out.get("region").asText()).isEqualTo("GB");
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
        TriageResult r = CHECKER.check(TestFacts.doms("\"chestPainOrPressure\": true"), TestFacts.US);
        assertThat(r.action()).contains("911");
        assertThat(r.safetyNet()).anySatisfy(s -> assertThat(s).contains("911"));
        assertThat(String.join(" ", r.selfCare()).toLowerCase()).doesNotContain("stretch").doesNotContain("ice pack");
    }

    @Test
    void sorenessSelfCareIsGentleMovementStretchingAndHeatOrIce() {
        TriageResult r = CHECKER.check(TestFacts.doms(""), TestFacts.FR);
        String all = String.join(" ", r.selfCare()).toLowerCase();
        assertThat(all).contains("moving gently").contains("light stretching").contains("heat").contains("cold pack");
        assertThat(all).contains("ibuprofen").contains("pregnant").contains("over 65");
    }

    @Test
    void aTinyPositiveOnsetIsStillLaterSorenessNotAStrainDuringTheLift() throws Exception {
        Facts facts = FactsParser.parse("""
                {"onsetHours": 1e-400, "character": "aching", "location": "diffuse", "severity": 4,
                 "daysSinceOnset": 1, "improving": true, "worseWithMovement": true, "painAtRest": false}""");
        TriageResult r = CHECKER.check(facts, TestFacts.GB);
        assertThat(r.level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(r.pattern()).isEqualTo(Pattern.DOMS);
    }

    @Test
    void strainSelfCareIsShortRestWrappedIceAndNoEarlyHeat() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"onsetHours\": 0, \"daysSinceOnset\": 2"), TestFacts.FR);
        assertThat(r.level()).isEqualTo(Level.SELF_CARE_POSSIBLE_STRAIN);
        String all = String.join(" ", r.selfCare());
        assertThat(all).contains("2 to 3 days").contains("20 minutes every 2 to 3 hours").contains("wrapped in a cloth")
                .contains("first 48 hours, avoid heat").contains("massage and alcohol")
                .contains("paracetamol first").contains("ibuprofen gel").contains("Do not take ibuprofen tablets in the first 48 hours")
                .doesNotContain("Heat (a warm bath");
    }

    @Test
    void fromDayThreeAStrainGetsHeatAndAGradualReturnNotTheFirst48HoursLines() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"onsetHours\": 0, \"daysSinceOnset\": 3"), TestFacts.FR);
        assertThat(r.level()).isEqualTo(Level.SELF_CARE_POSSIBLE_STRAIN);
        String all = String.join(" ", r.selfCare());
        assertThat(all).contains("Heat (a warm bath or a heat pack) can now ease stiffness").contains("gradually")
                .doesNotContain("48 hours").doesNotContain("20 minutes every");
    }

    @Test
    void severePainGetsParacetamolOnlyAndWater() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"severity\": 8"), TestFacts.GB);
        assertThat(r.level()).isEqualTo(Level.SEE_PROFESSIONAL);
        String all = String.join(" ", r.selfCare());
        assertThat(all).contains("paracetamol only").contains("Drink plenty of water").doesNotContain("ibuprofen gel rubbed")
                .doesNotContain("Ask a pharmacist or doctor before using ibuprofen");
    }

    @Test
    void anEmergencyNamesNoSorenessAndNoStrain() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"chestPainOrPressure\": true, \"onsetHours\": 0, \"swelling\": true"), TestFacts.GB);
        assertThat(r.level()).isEqualTo(Level.EMERGENCY);
        assertThat(r.reasons()).extracting(Reason::rule).containsExactly("chest-pain");
        assertThat(r.selfCare()).containsExactly("Stop all exercise. Sit or lie in whatever position is most comfortable while you wait for help.",
                "Do not drive yourself. If you can, ask someone to stay with you until help arrives.");
        assertThat(r.action()).isEqualTo("Call 999 now, or go straight to A&E. Do not drive yourself.");
    }

    @Test
    void aStrainReasonNamesOnlyTheSignsGiven() {
        TriageResult r = CHECKER.check(TestFacts.doms("\"onsetHours\": 0, \"location\": \"localized\""), TestFacts.GB);
        Reason strain = r.reasons().stream().filter(x -> x.rule().equals("possible-strain")).findFirst().orElseThrow();
        assertThat(strain.text()).isEqualTo("Your answers fit a pulled (strained) muscle more than normal soreness: "
                + "it started during or right after the lift and it is in one spot.");
    }

    @Test
    void eachRegionHasItsOwnNamesAndOtherCountriesGet112() {
        assertThat(CHECKER.check(TestFacts.doms("\"fever\": true"), CHECKER.region("US")).action())
                .isEqualTo("Get seen today: ask your GP or doctor for an urgent appointment, or contact urgent care. If you cannot be seen today, go to the ER.");
        assertThat(CHECKER.region("AU").sameDayService()).isEqualTo("healthdirect (1800 022 222)");
        assertThat(CHECKER.region("NZ").emergencyNumber()).isEqualTo("111");
        assertThat(CHECKER.region("IE").emergencyNumber()).isEqualTo("112 or 999");
        assertThat(CHECKER.region("DE").emergencyNumber()).isEqualTo("112");
        assertThat(CHECKER.region("de").code()).isEqualTo("DE");
        assertThat(CHECKER.region("ZZ").sameDayService()).isEqualTo("an out-of-hours doctor");
    }

    @Test
    void noAntiInflammatoryAdviceWhenRhabdomyolysisIsPossible() {
        for (String flag : List.of("\"darkUrine\": true", "\"extremeSwellingOrWeakness\": true", "\"littleOrNoUrine\": true")) {
            TriageResult r = CHECKER.check(TestFacts.doms(flag), TestFacts.GB);
            assertThat(r.selfCare()).anySatisfy(s -> assertThat(s).startsWith("Take no anti-inflammatory painkillers"));
            assertThat(r.selfCare()).anySatisfy(s -> assertThat(s).contains("water"));
            assertThat(r.selfCare()).noneSatisfy(s -> assertThat(s).containsIgnoringCase("ibuprofen gel"));
            assertThat(r.selfCare()).noneSatisfy(s -> assertThat(s).contains("ibuprofen tablets"));
        }
    }

    @Test
    void safetyNetListsOnlyEscalationsAboveTheResult() {
        TriageResult doms = CHECKER.check(TestFacts.doms(""), TestFacts.GB);
        assertThat(doms.safetyNet()).hasSize(4).allSatisfy(s -> assertThat(s).startsWith("Get help sooner if"));
        TriageResult urgent = CHECKER.check(TestFacts.doms("\"popOrClick\": true"), TestFacts.GB);
        assertThat(urgent.safetyNet()).anySatisfy(s -> assertThat(s).contains("A&E"))
                .noneSatisfy(s -> assertThat(s).contains("book a GP"));
        TriageResult emergency = CHECKER.check(TestFacts.doms("\"darkUrine\": true"), TestFacts.GB);
        assertThat(emergency.safetyNet()).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("same day"));
    }

    @Test
    void brokenRulesFileLeavesACheckerThatRefusesAndSaysWhy() {
        String rules = new String(Assets.read(RulesLoader.ASSET).bytes(), StandardCharsets.UTF_8).replace("\"fever\"}", "\"fevr\"}");
        PainChecker broken = PainChecker.of(RulesLoader.load(rules.getBytes(StandardCharsets.UTF_8), "rules.json"), Advice.loadAsset(), Questionnaire.loadAsset());
        assertThat(broken.ready()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("rule 'fever'").contains("fevr"));
        assertThatThrownBy(() -> broken.check(TestFacts.doms(""), TestFacts.GB)).isInstanceOf(IllegalStateException.class)
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

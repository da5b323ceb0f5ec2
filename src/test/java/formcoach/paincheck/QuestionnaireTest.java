package formcoach.paincheck;

import formcoach.store.Assets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The questionnaire's flow without a toolkit: grouped pages, "Not sure", skipping, the emergency stop, re-checks, the summary. */
class QuestionnaireTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Questionnaire Q = CHECKER.questionnaire();
    static final Region GB = CHECKER.region("GB");

    /** A calm answer per fact (a plain soreness case), used for every item not under test. */
    static final Map<String, Object> CALM = Map.of("onsetHours", 24, "character", "aching",
            "location", "diffuse", "severity", 3, "daysSinceOnset", 1,
            "improving", true, "worseWithMovement", true, "easesWithLightMovement", true, Question.AREA, "neck-traps");

    static Object calm(QuestionPage p, Question q) {
        if (p.redFlags()) {
            return QuestionnaireSession.Answer.NO;
        }
        return CALM.getOrDefault(q.id(), false);
    }

    /** Answers page by page (calm unless overridden), counting the pages shown, until the summary or an emergency stop. */
    static int answerAll(QuestionnaireSession s, Map<String, Object> overrides) {
        int pages = 0;
        while (s.current().isPresent()) {
            QuestionPage p = s.current().get();
            pages++;
            for (Question q : p.items()) {
                s.answer(q.id(), overrides.getOrDefault(q.id(), calm(p, q)));
                if (s.current().isEmpty()) {
                    return pages;
                }
            }
            s.next();
        }
        return pages;
    }

    static QuestionnaireSession run(Map<String, Object> overrides) {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        answerAll(s, overrides);
        return s;
    }

    @Test
    void shippedQuestionsLoadWithEveryFactAskedOnceAndTheAreaOnce() {
        assertThat(Questionnaire.loadAsset().problems()).isEmpty();
        List<String> facts = Q.pages().stream().flatMap(p -> p.items().stream()).filter(q -> !q.isArea()).map(Question::fact).toList();
        assertThat(facts).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(FactKey.ids());
        assertThat(Q.pages().stream().flatMap(p -> p.items().stream()).filter(Question::isArea)).hasSize(1);
    }

    @Test
    void seriousSignsComeFirstAsAFewGroupedPagesMostSeriousFirst() {
        List<QuestionPage> pages = Q.pages();
        assertThat(pages.subList(0, 4)).allMatch(QuestionPage::redFlags);
        assertThat(pages.get(0).items().get(0).factKey()).isEqualTo(FactKey.CHEST_PAIN_OR_PRESSURE);
        // within every group, the signs that are an emergency on their own come before the rest
        for (QuestionPage p : pages.subList(0, 4)) {
            List<Boolean> emergency = p.items().stream().map(q -> aloneLevel(q.factKey()) == Level.EMERGENCY).toList();
            assertThat(emergency).as(p.id()).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        }
    }

    static Level aloneLevel(FactKey key) {
        return CHECKER.check(TestFacts.doms("\"" + key.id() + "\": true"), GB).level();
    }

    /** Every fact that is urgent or an emergency on its own sits on a page of serious signs, so it is never carried over. */
    @ParameterizedTest
    @EnumSource(FactKey.class)
    void everySignThatIsUrgentOnItsOwnIsARedFlag(FactKey key) {
        if (key.type() != FactKey.Type.BOOLEAN || key.required()) {
            return;
        }
        if (aloneLevel(key).isAtLeast(Level.URGENT)) {
            assertThat(Q.isRedFlag(key)).as(key.id()).isTrue();
        }
    }

    static Stream<Question> redFlagItems() {
        return Q.pages().stream().filter(QuestionPage::redFlags).flatMap(p -> p.items().stream());
    }

    /** The mapping of every serious sign: Yes and Not sure give the fact true, No gives false. */
    @ParameterizedTest
    @MethodSource("redFlagItems")
    void everySeriousSignMapsToItsFactAndNotSureCountsAsYes(Question item) {
        for (QuestionnaireSession.Answer a : QuestionnaireSession.Answer.values()) {
            Map<String, Object> o = new HashMap<>();
            o.put(item.id(), a);
            o.put("onsetHours", 0); // so that the pop page is asked too
            o.put("character", "dull");
            QuestionnaireSession s = run(o);
            assertThat(s.isComplete()).isTrue();
            Facts f = s.toFacts();
            assertThat(f.is(item.factKey())).as(item.id() + " " + a).isEqualTo(a != QuestionnaireSession.Answer.NO);
            assertThat(f.trueKeys().stream().filter(k -> Q.isRedFlag(k))).as("no other sign set")
                    .containsExactlyElementsOf(a == QuestionnaireSession.Answer.NO ? List.of() : List.of(item.factKey()));
        }
    }

    @Test
    void patternItemsMapToTheirFacts() {
        QuestionnaireSession s = run(Map.ofEntries(Map.entry("onsetHours", 6.5), Map.entry("character", "sharp"),
                Map.entry("location", "localized"), Map.entry("severity", 5), Map.entry("daysSinceOnset", 2),
                Map.entry("improving", false), Map.entry("worseWithMovement", false), Map.entry("painAtRest", true),
                Map.entry("easesWithLightMovement", false), Map.entry("swelling", true), Map.entry("bruising", true),
                Map.entry("interferesWithSleepOrDailyLife", true), Map.entry(Question.AREA, "lower-back")));
        Facts f = s.toFacts();
        assertThat(f.onsetHours()).isEqualTo(6.5);
        assertThat(f.character()).isEqualTo(PainCharacter.SHARP);
        assertThat(f.location()).isEqualTo(PainLocation.LOCALIZED);
        assertThat(f.severity()).isEqualTo(5);
        assertThat(f.daysSinceOnset()).isEqualTo(2);
        assertThat(f.improving()).isFalse();
        assertThat(f.worseWithMovement()).isFalse();
        assertThat(f.painAtRest()).isTrue();
        assertThat(f.is(FactKey.SWELLING)).isTrue();
        assertThat(f.is(FactKey.BRUISING)).isTrue();
        assertThat(f.is(FactKey.EASES_WITH_LIGHT_MOVEMENT)).isFalse();
        assertThat(f.is(FactKey.INTERFERES_WITH_SLEEP_OR_DAILY_LIFE)).isTrue();
        assertThat(s.area()).contains("lower-back");
    }

    @Test
    void aTypicalSorenessCheckTakesAtMostTenQuestionPagesPlusSummaryAndResult() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        int pages = answerAll(s, Map.of());
        assertThat(s.isComplete()).isTrue();
        assertThat(s.emergencyStop()).isFalse();
        // + the summary and the result: at most 12 screens
        assertThat(pages + 2).isLessThanOrEqualTo(12);
        assertThat(CHECKER.check(s.toFacts(), GB).level()).isEqualTo(Level.SELF_CARE_DOMS);
    }

    @Test
    void thePopQuestionIsOnlyAskedWhenThePainBeganDuringTheLift() {
        QuestionnaireSession later = CHECKER.startQuestionnaire();
        List<String> seen = new ArrayList<>();
        walk(later, Map.of("onsetHours", 5), seen);
        assertThat(seen).doesNotContain("pop");

        QuestionnaireSession during = CHECKER.startQuestionnaire();
        List<String> seen2 = new ArrayList<>();
        walk(during, Map.of("onsetHours", 0), seen2);
        assertThat(seen2).containsSequence("onset", "pop");
    }

    @Test
    void aPopAnsweredBeforeTheOnsetWasChangedToLaterNoLongerCounts() {
        QuestionnaireSession s = run(Map.of("onsetHours", 0, "popOrClick", QuestionnaireSession.Answer.YES, "character", "dull"));
        assertThat(s.toFacts().is(FactKey.POP_OR_CLICK)).isTrue();
        s.goTo("onset");
        s.answer("onsetHours", 12);
        s.next();
        assertThat(s.current()).isEmpty();
        assertThat(s.toFacts().is(FactKey.POP_OR_CLICK)).isFalse();
        assertThat(s.summary()).extracting(QuestionnaireSession.SummaryLine::pageId).doesNotContain("pop");
    }

    static void walk(QuestionnaireSession s, Map<String, Object> overrides, List<String> seen) {
        while (s.current().isPresent()) {
            QuestionPage p = s.current().get();
            seen.add(p.id());
            for (Question q : p.items()) {
                s.answer(q.id(), overrides.getOrDefault(q.id(), calm(p, q)));
            }
            s.next();
        }
    }

    @Test
    void tickingAnEmergencySignStopsAtOnceAndSkipsTheRestOfTheGroup() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.answer("chestPainOrPressure", QuestionnaireSession.Answer.NO);
        s.answer("painSpreadsToArmJawOrNeck", QuestionnaireSession.Answer.NOT_SURE);
        assertThat(s.emergencyStop()).isTrue();
        assertThat(s.current()).isEmpty();
        assertThat(s.isComplete()).isTrue();
        assertThat(s.notAsked()).contains("shortnessOfBreath", "onsetHours", "severity").doesNotContain("chestPainOrPressure");
        TriageResult r = CHECKER.check(s.toFacts(), GB);
        assertThat(r.level()).isEqualTo(Level.EMERGENCY);
        assertThat(r.reasons()).extracting(Reason::rule).containsExactly("pain-spreads-to-arm-jaw-or-neck");
    }

    @Test
    void aSignThatIsAnEmergencyOnlyWithAnEarlierOneStopsWhenTheSecondIsTicked() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.noneOfThese();
        s.next();
        s.answer("numbnessOrTingling", QuestionnaireSession.Answer.YES);
        assertThat(s.emergencyStop()).isFalse();
        for (Question q : s.current().orElseThrow().items()) {
            if (s.answerTo(q.id()).isEmpty()) {
                s.answer(q.id(), QuestionnaireSession.Answer.NO);
            }
        }
        s.next();
        s.noneOfThese();
        s.next();
        s.answer("recentTrauma", QuestionnaireSession.Answer.NO);
        s.answer("historyOfCancer", QuestionnaireSession.Answer.YES);
        assertThat(s.emergencyStop()).isTrue();
        assertThat(CHECKER.check(s.toFacts(), GB).level()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void aTearingPainWordIsAnEmergencyToo() {
        QuestionnaireSession s = run(Map.of("character", "tearing"));
        assertThat(s.emergencyStop()).isTrue();
        assertThat(s.notAsked()).contains("location", "severity");
    }

    @Test
    void noneOfTheseIsAChoiceNeverADefault() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        QuestionPage first = s.current().orElseThrow();
        assertThat(first.items()).allSatisfy(q -> assertThat(s.answerTo(q.id())).isEmpty());
        assertThat(s.canGoNext()).isFalse();
        assertThatThrownBy(s::next).isInstanceOf(IllegalStateException.class);
        s.noneOfThese();
        assertThat(first.items()).allSatisfy(q -> assertThat(s.answerTo(q.id())).contains(QuestionnaireSession.Answer.NO));
        assertThat(s.canGoNext()).isTrue();
    }

    @Test
    void aReCheckCarriesOverOnlyHowThePainBehavesEachMarkedAsLastTime() {
        Facts before = TestFacts.doms("\"fever\": true, \"swelling\": true, \"popOrClick\": true, \"onsetHours\": 0");
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.carryOver(before, "neck-traps", List.of());
        for (QuestionPage p : Q.pages()) {
            for (Question q : p.items()) {
                if (p.redFlags()) {
                    assertThat(s.answerTo(q.id())).as(q.id()).isEmpty();
                    assertThat(s.fromLastTime(q.id())).isFalse();
                } else {
                    assertThat(s.fromLastTime(q.id())).as(q.id()).isTrue();
                }
            }
        }
        assertThat(s.answerTo("swelling")).contains(true);
        assertThat(s.canGoNext()).as("the serious signs still wait for an answer").isFalse();
    }

    @Test
    void changingACarriedAnswerDropsItsLastTimeMark() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.carryOver(TestFacts.doms(""), null, List.of());
        for (int i = 0; i < 4; i++) {
            s.noneOfThese();
            s.next();
        }
        assertThat(s.current().orElseThrow().id()).isEqualTo("onset");
        s.answer("onsetHours", 30);
        assertThat(s.fromLastTime("onsetHours")).isFalse();
        assertThat(s.fromLastTime("character")).isTrue();
    }

    @Test
    void aReCheckDoesNotCarryOverWhatTheLastCheckNeverAsked() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.carryOver(TestFacts.doms(""), null, List.of("severity", "character"));
        assertThat(s.answerTo("severity")).isEmpty();
        assertThat(s.answerTo("character")).isEmpty();
        assertThat(s.answerTo("location")).isPresent();
    }

    @Test
    void theOnsetFromTheLastSessionIsOfferedNeverChosen() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.lastSessionEnded(14.2);
        for (int i = 0; i < 4; i++) {
            s.noneOfThese();
            s.next();
        }
        Question onset = s.current().orElseThrow().items().get(0);
        assertThat(s.answerTo(onset.id())).isEmpty();
        assertThat(s.canGoNext()).isFalse();
        List<Question.Choice> choices = s.choicesFor(onset);
        assertThat(choices).extracting(Question.Choice::value).containsExactly(0, 3, 12, 14.0);
        assertThat(choices.get(choices.size() - 1).label()).isEqualTo("Just now, 14 hours after it ended");
    }

    @Test
    void theSummaryReadsRightAndNeverListsADeniedSign() {
        QuestionnaireSession s = run(Map.of("onsetHours", 1, "daysSinceOnset", 1, "fever", QuestionnaireSession.Answer.NOT_SURE,
                "swelling", false, "bruising", false, "painAtRest", false));
        Map<String, String> lines = new HashMap<>();
        s.summary().forEach(l -> lines.put(l.pageId(), l.answer()));
        assertThat(lines.get("heart-and-lungs")).isEqualTo("None of these");
        assertThat(lines.get("urine-fever-swelling")).isEqualTo("A high temperature (not sure, counted as yes)");
        assertThat(lines.get("onset")).isEqualTo("Started 1 hour after the session");
        assertThat(lines.get("course")).startsWith("Began 1 day ago");
        assertThat(lines.get("behaviour")).doesNotContain("swollen", "bruis", "still");
        assertThat(String.join(" ", lines.values())).doesNotContain("1 days", "1 hours");

        QuestionnaireSession during = run(Map.of("onsetHours", 0, "daysSinceOnset", 0));
        Map<String, String> l2 = new HashMap<>();
        during.summary().forEach(l -> l2.put(l.pageId(), l.answer()));
        assertThat(l2.get("onset")).isEqualTo("During the lift or right after it");
        assertThat(l2.get("course")).startsWith("Began today");
    }

    @Test
    void backGoesToThePreviousPageThatAppliesAndFalseFromTheFirst() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        assertThat(s.back()).isFalse();
        List<String> seen = new ArrayList<>();
        walk(s, Map.of("onsetHours", 5), seen);
        assertThat(s.back()).isTrue();
        assertThat(s.current().orElseThrow().id()).isEqualTo(seen.get(seen.size() - 1));
        s.answer("daysSinceOnset", 2);
        s.next();
        assertThat(s.current()).isEmpty();
        s.goTo("feels-like");
        s.back();
        assertThat(s.current().orElseThrow().id()).as("pop is skipped going back too").isEqualTo("onset");
    }

    @Test
    void editingFromTheSummaryReturnsToTheSummary() {
        QuestionnaireSession s = run(Map.of());
        s.goTo("severity");
        s.answer("severity", 6);
        s.next();
        assertThat(s.current()).isEmpty();
        assertThat(s.toFacts().severity()).isEqualTo(6);
    }

    @Test
    void badAnswersAreRefusedWithTheItemNamed() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        assertThatThrownBy(() -> s.answer("chestPainOrPressure", "yes")).hasMessageContaining("chestPainOrPressure");
        assertThatThrownBy(() -> s.answer("severity", 3)).hasMessageContaining("no item 'severity' on page");
    }

    @Test
    void aFileWithAMissingFactOrARedFlagPageAskingANumberIsRefused() throws Exception {
        String json = new String(Assets.read(Questionnaire.ASSET).bytes(), StandardCharsets.UTF_8);
        String broken = json.replace("\"fact\": \"coughingBlood\"", "\"fact\": \"severityX\"");
        List<String> problems = Questionnaire.load(new Assets.AssetFile("assets/paincheck/questions.json",
                broken.getBytes(StandardCharsets.UTF_8))).problems();
        assertThat(problems).anyMatch(p -> p.contains("unknown fact 'severityX'"));
        assertThat(problems).anyMatch(p -> p.contains("no item asks for 'coughingBlood'"));
    }
}

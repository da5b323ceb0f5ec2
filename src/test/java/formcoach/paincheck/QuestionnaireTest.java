package formcoach.paincheck;

import formcoach.store.Assets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Questionnaire Q = CHECKER.questionnaire();

    /** A calm answer per fact (a plain DOMS case), used for every question not under test. */
    static final Map<FactKey, Object> CALM = Map.of(FactKey.ONSET_HOURS, 24, FactKey.CHARACTER, "aching",
            FactKey.LOCATION, "diffuse", FactKey.SEVERITY, 3, FactKey.DAYS_SINCE_ONSET, 1,
            FactKey.IMPROVING, true, FactKey.WORSE_WITH_MOVEMENT, true);

    static Object calm(Question q) {
        return CALM.getOrDefault(q.factKey(), false);
    }

    static QuestionnaireSession answerAll(Map<String, Object> overrides) {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        while (s.current().isPresent()) {
            Question q = s.current().get();
            s.answer(q.id(), overrides.getOrDefault(q.id(), calm(q)));
        }
        return s;
    }

    @Test
    void shippedQuestionsLoadWithOneQuestionPerFact() {
        assertThat(Questionnaire.loadAsset().problems()).isEmpty();
        assertThat(Q.questions()).hasSize(FactKey.values().length);
        assertThat(Q.questions().stream().map(Question::factKey).collect(Collectors.toSet())).containsExactlyInAnyOrder(FactKey.values());
        assertThat(Q.questions()).allSatisfy(q -> {
            assertThat(q.text()).isNotBlank();
            assertThat(q.why()).isNotBlank();
        });
    }

    @Test
    void redFlagQuestionsComeFirstEmergencyBeforeUrgentBeforePattern() {
        List<Question.Section> sections = Q.questions().stream().map(Question::section).toList();
        assertThat(sections).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(sections.get(0)).isEqualTo(Question.Section.EMERGENCY);
        assertThat(Q.questions().get(0).factKey()).isEqualTo(FactKey.CHEST_PAIN_OR_PRESSURE);
    }

    @Test
    void eachSectionMatchesTheLevelItsAnswerReachesAlone() {
        for (Question q : Q.questions()) {
            if (q.section() == Question.Section.PATTERN) {
                continue;
            }
            Level level = CHECKER.check(TestFacts.doms("\"" + q.fact() + "\": true"), TestFacts.GB).level();
            assertThat(level.name()).as(q.id()).isEqualTo(q.section().name());
        }
    }

    @Test
    void questionsCarryTheMeaningsThatPreventFalseAlarms() {
        assertThat(Q.questionFor(FactKey.SWEATING_OR_NAUSEA).text()).contains("Ordinary sweat from working out does not count");
        assertThat(Q.questionFor(FactKey.PAIN_SPREADS_TO_ARM_JAW_OR_NECK).text()).contains("sore from training do not count");
        assertThat(Q.questionFor(FactKey.POP_OR_CLICK).text()).contains("At the moment the pain started").contains("clicks");
        assertThat(Q.questionFor(FactKey.SHORTNESS_OF_BREATH).text()).contains("does not count");
        assertThat(Q.questionFor(FactKey.RECENT_TRAUMA).text()).contains("The lift itself does not count");
        Question severity = Q.questionFor(FactKey.SEVERITY);
        assertThat(severity.scaleWords(2)).startsWith("Mild");
        assertThat(severity.scaleWords(5)).startsWith("Moderate");
        assertThat(severity.scaleWords(8)).startsWith("Severe");
    }

    static Stream<Arguments> everyAnswerOfEveryQuestion() {
        List<Arguments> out = new ArrayList<>();
        for (Question q : PainChecker.load().questionnaire().questions()) {
            switch (q.kind()) {
                case YES_NO, CHOICE -> q.answers().forEach(a -> out.add(Arguments.of(q.id(), a.value(), expected(q, a.value()))));
                case HOURS -> {
                    q.presets().forEach(p -> out.add(Arguments.of(q.id(), p.value(), ((Number) p.value()).doubleValue())));
                    out.add(Arguments.of(q.id(), 7.5, 7.5));
                }
                case DAYS -> {
                    q.presets().forEach(p -> out.add(Arguments.of(q.id(), p.value(), p.value())));
                    out.add(Arguments.of(q.id(), 9, 9));
                }
                case SCALE -> {
                    for (int i = 0; i <= 10; i++) {
                        out.add(Arguments.of(q.id(), i, i));
                    }
                }
            }
        }
        return out.stream();
    }

    static Object expected(Question q, Object value) {
        if (q.factKey() == FactKey.CHARACTER) {
            return PainCharacter.fromId((String) value).orElseThrow();
        }
        if (q.factKey() == FactKey.LOCATION) {
            return PainLocation.fromId((String) value).orElseThrow();
        }
        return value;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyAnswerOfEveryQuestion")
    void everyAnswerMapsToItsFact(String questionId, Object answer, Object expectedFact) {
        QuestionnaireSession s = answerAll(Map.of(questionId, answer));
        assertThat(s.isComplete()).isTrue();
        Question q = Q.question(questionId).orElseThrow();
        Facts facts = s.toFacts();
        assertThat(facts.get(q.factKey())).isEqualTo(expectedFact);
        // and only that fact differs from the calm answers
        Facts calm = answerAll(Map.of()).toFacts();
        for (FactKey k : FactKey.values()) {
            // after an emergency answer the rest is not asked (placeholders, listed as not asked)
            if (k != q.factKey() && !s.notAsked().contains(k.id())) {
                assertThat(facts.get(k)).as(k.id()).isEqualTo(calm.get(k));
            }
        }
    }

    @Test
    void calmAnswersGiveASorenessResult() {
        QuestionnaireSession s = answerAll(Map.of());
        assertThat(s.emergencyStop()).isFalse();
        assertThat(s.notAsked()).isEmpty();
        assertThat(CHECKER.check(s.toFacts(), TestFacts.GB).level()).isEqualTo(Level.SELF_CARE_DOMS);
    }

    @Test
    void anEmergencyAnswerStopsTheQuestionsAtOnce() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.answer("chest-pain", false);
        s.answer("breathless", true);
        assertThat(s.emergencyStop()).isTrue();
        assertThat(s.current()).isEmpty();
        assertThat(s.isComplete()).isTrue();
        assertThat(s.emergencyRules()).extracting(Rule::id).containsExactly("shortness-of-breath");
        Facts f = s.toFacts();
        assertThat(f.is(FactKey.SHORTNESS_OF_BREATH)).isTrue();
        assertThat(s.notAsked()).hasSize(40).doesNotContain("chestPainOrPressure", "shortnessOfBreath");
        assertThat(CHECKER.check(f, TestFacts.GB).level()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void everyEmergencySectionQuestionStopsOnYes() {
        for (Question q : Q.questions()) {
            if (q.section() == Question.Section.EMERGENCY) {
                QuestionnaireSession s = CHECKER.startQuestionnaire();
                s.answer(q.id(), true);
                assertThat(s.emergencyStop()).as(q.id()).isTrue();
                assertThat(s.current()).as(q.id()).isEmpty();
            }
        }
    }

    @Test
    void cancerHistoryPlusArmNumbnessStopsButEitherAloneDoesNot() {
        QuestionnaireSession s = answerUntil("cancer");
        s.answer("cancer", true);
        assertThat(s.emergencyStop()).isFalse();
        assertThat(s.current()).map(Question::id).contains("arm-numbness");
        s.answer("arm-numbness", true);
        assertThat(s.emergencyStop()).isTrue();
        assertThat(s.emergencyRules()).extracting(Rule::id).containsExactly("cancer-history-with-arm-numbness");
    }

    @Test
    void tearingPainAsTheWordForItStopsTheQuestions() {
        QuestionnaireSession s = answerUntil("feels-like");
        s.answer("feels-like", "tearing");
        assertThat(s.emergencyStop()).isTrue();
        assertThat(s.current()).isEmpty();
    }

    @Test
    void urgentAnswersDoNotStopTheQuestions() {
        QuestionnaireSession s = answerUntil("fever");
        s.answer("fever", true);
        assertThat(s.emergencyStop()).isFalse();
        assertThat(s.current()).map(Question::id).contains("weight-loss");
    }

    @Test
    void changingAnEarlierAnswerKeepsTheOthersAndReturnsToWhereYouWere() {
        QuestionnaireSession s = answerUntil("severity");
        int answered = s.summary().size();
        s.goTo("fever");
        assertThat(s.current()).map(Question::id).contains("fever");
        assertThat(s.answerTo("fever")).contains(false);
        s.answer("fever", true);
        assertThat(s.current()).map(Question::id).contains("severity");
        assertThat(s.summary()).hasSize(answered);
        assertThat(s.answerTo("fever")).contains(true);
        assertThat(s.answerTo("feels-like")).contains("aching");
    }

    @Test
    void changingAnEmergencyAnswerToNoResumesTheQuestions() {
        QuestionnaireSession s = answerUntil("dark-urine");
        s.answer("dark-urine", true);
        assertThat(s.current()).isEmpty();
        s.goTo("dark-urine");
        s.answer("dark-urine", false);
        assertThat(s.emergencyStop()).isFalse();
        assertThat(s.current()).map(Question::id).contains("bladder-bowel");
    }

    @Test
    void backStepsToThePreviousQuestionWithItsAnswerKept() {
        QuestionnaireSession s = answerUntil("fever");
        s.back();
        assertThat(s.current()).map(Question::id).contains("arm-weakness");
        assertThat(s.answerTo("arm-weakness")).contains(false);
        s.answer("arm-weakness", false);
        assertThat(s.current()).map(Question::id).contains("fever");
        QuestionnaireSession first = CHECKER.startQuestionnaire();
        assertThat(first.canGoBack()).isFalse();
        first.back();
        assertThat(first.current()).map(Question::id).contains("chest-pain");
    }

    @Test
    void backFromTheEndOpensTheLastQuestion() {
        QuestionnaireSession s = answerAll(Map.of());
        assertThat(s.current()).isEmpty();
        s.back();
        assertThat(s.current()).map(Question::id).contains("immune");
        assertThat(s.isComplete()).isFalse();
    }

    @Test
    void badAnswersAreRefusedNamingTheQuestion() {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        assertThatThrownBy(() -> s.answer("chest-pain", "yes")).hasMessageContaining("'chest-pain'");
        assertThatThrownBy(() -> s.answer("severity", 11)).hasMessageContaining("'severity'").hasMessageContaining("0-10");
        assertThatThrownBy(() -> s.answer("severity", 7.5)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> s.answer("onset", -1)).hasMessageContaining("'onset'");
        assertThatThrownBy(() -> s.answer("feels-like", "throbbing")).hasMessageContaining("one of dull");
        assertThatThrownBy(() -> s.answer("nope", true)).hasMessageContaining("no question 'nope'");
        assertThat(s.summary()).isEmpty();
    }

    @Test
    void incompleteQuestionnaireGivesNoFacts() {
        QuestionnaireSession s = answerUntil("onset");
        assertThat(s.isComplete()).isFalse();
        assertThatThrownBy(s::toFacts).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prefilledAnswersAreSuggestionsUntilConfirmed() {
        Facts earlier = TestFacts.doms("\"daysSinceOnset\": 2, \"swelling\": true, \"onsetHours\": 0");
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        s.prefill(earlier);
        assertThat(s.suggestion("swelling")).contains(true);
        assertThat(s.suggestion("days")).contains(2);
        assertThat(s.suggestion("onset")).contains(0.0);
        assertThat(s.suggestion("feels-like")).contains("aching");
        assertThat(s.summary()).isEmpty();
        assertThat(s.isComplete()).isFalse();
        s.answer("chest-pain", false);
        assertThat(s.suggestion("chest-pain")).isEmpty();
    }

    @Test
    void summaryShowsEachAnswerInWords() {
        QuestionnaireSession s = answerAll(Map.of("onset", 7.5));
        Map<String, String> words = s.summary().stream().collect(Collectors.toMap(QuestionnaireSession.SummaryLine::questionId,
                QuestionnaireSession.SummaryLine::answer));
        assertThat(words).containsEntry("chest-pain", "No").containsEntry("improving", "Yes")
                .containsEntry("feels-like", "Aching").containsEntry("where", "Spread over a muscle group")
                .containsEntry("onset", "7.5 hours").containsEntry("days", "1 days");
        assertThat(words.get("severity")).startsWith("3/10 (Mild");
        assertThat(s.summary()).hasSize(42);
    }

    @Test
    void brokenQuestionFileIsReportedNotThrown() {
        String json = new String(Assets.read(Questionnaire.ASSET).bytes(), StandardCharsets.UTF_8)
                .replace("\"fact\": \"fever\"", "\"fact\": \"fevr\"")
                .replace("{\"value\": \"tearing\", \"label\": \"Tearing or ripping\"},", "");
        Questionnaire.Load load = Questionnaire.load(new Assets.AssetFile("questions.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(load.value()).isEmpty();
        assertThat(load.problems()).anySatisfy(p -> assertThat(p).contains("question 'fever': unknown fact 'fevr'"))
                .anySatisfy(p -> assertThat(p).contains("question 'feels-like': answers must be exactly"))
                .anySatisfy(p -> assertThat(p).contains("no question asks for 'fever'"));
    }

    static QuestionnaireSession answerUntil(String questionId) {
        QuestionnaireSession s = CHECKER.startQuestionnaire();
        while (s.current().isPresent() && !s.current().get().id().equals(questionId)) {
            Question q = s.current().get();
            s.answer(q.id(), calm(q));
        }
        return s;
    }
}

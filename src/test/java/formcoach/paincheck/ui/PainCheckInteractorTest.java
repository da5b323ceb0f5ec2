package formcoach.paincheck.ui;

import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCharacter;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.PainLocation;
import formcoach.paincheck.Question;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.ui.PainCheckModel.Option;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.paincheck.ui.PainCheckModel.QuestionView;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pain-check interactor without a toolkit: answers to facts, pages, suggestions, re-checks, the form link. */
class PainCheckInteractorTest {
    static final PainChecker CHECKER = PainChecker.load();
    /** Tuesday 14 May 2024, 10:00 in London. */
    static final Instant NOW = Instant.parse("2024-05-14T09:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Answers that make normal soreness; everything not named is "no". */
    static final Map<String, Object> CALM = Map.of("onset", 24, "feels-like", "aching", "where", "diffuse", "severity", 3,
            "days", 1, "improving", true, "worse-moving", true, "eases-moving", true);

    @TempDir
    Path dir;

    PainCheckModel model = new PainCheckModel();

    PainCheckInteractor interactor(PainCheckLinks links, Instant now) {
        Clock clock = Clock.fixed(now, LONDON);
        PainCheckInteractor i = new PainCheckInteractor(model, () -> CHECKER, new PainCheckHistory(new JsonStore(dir, clock)),
                links, clock, () -> "GB");
        i.applyStart(i.loadStart());
        return i;
    }

    /** Answers every question on screen calmly (or with {@code override} for one question) until it stops asking. */
    static void walk(PainCheckInteractor i, PainCheckModel m, String questionId, Object value, String area) {
        int guard = 0;
        while (m.page() == Page.QUESTION && guard++ < 100) {
            QuestionView q = m.questionProperty().get();
            if (q.id().equals(questionId)) {
                i.answer(value);
            } else if (q.kind() == PainCheckModel.AnswerKind.AREA) {
                i.answer(area);
            } else {
                i.answer(CALM.getOrDefault(q.id(), false));
            }
        }
    }

    static Stream<Arguments> everyOfferedOption() {
        PainCheckModel m = new PainCheckModel();
        Clock clock = Clock.fixed(NOW, LONDON);
        PainCheckInteractor i = new PainCheckInteractor(m, () -> CHECKER,
                new PainCheckHistory(new JsonStore(Path.of("target", "unused-store"), clock)), PainCheckLinks.none(), clock, () -> "GB");
        i.applyStart(new PainCheckInteractor.Startup(CHECKER, List.of(), null, null, List.of(), null, NOW));
        i.start(false);
        List<Arguments> out = new ArrayList<>();
        while (m.page() == Page.QUESTION) {
            QuestionView q = m.questionProperty().get();
            if (q.kind() == PainCheckModel.AnswerKind.AREA) {
                break;
            }
            for (Option o : q.options()) {
                out.add(Arguments.of(q.id(), o.value(), o.label()));
            }
            i.answer(CALM.getOrDefault(q.id(), false));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyOfferedOption")
    void everyAnswerButtonOnScreenSetsItsFact(String questionId, Object value, String label) {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        walk(i, model, questionId, value, "neck-traps");
        if (model.page() == Page.SUMMARY) {
            i.finish();
        }
        assertThat(model.page()).isIn(Page.RESULT, Page.EMERGENCY);
        Question q = CHECKER.questionnaire().question(questionId).orElseThrow();
        Object fact = i.pendingSave().facts().get(q.factKey());
        Object expected = switch (q.kind()) {
            case CHOICE -> q.factKey() == FactKey.CHARACTER ? PainCharacter.fromId((String) value).orElseThrow()
                    : PainLocation.fromId((String) value).orElseThrow();
            case HOURS -> ((Number) value).doubleValue();
            default -> value;
        };
        assertThat(fact).isEqualTo(expected);
        assertThat(i.pendingSave().notAsked()).doesNotContain(q.fact());
    }

    @Test
    void theAreaIsKeptForTheRecordAndNeverChangesTheFacts() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        walk(i, model, "", null, "lats-armpit");
        assertThat(model.page()).isEqualTo(Page.SUMMARY);
        assertThat(model.summary().get(model.summary().size() - 1).answer()).isEqualTo("Lats / armpit");
        i.finish();
        Facts withLats = i.pendingSave().facts();
        assertThat(i.pendingSave().area()).isEqualTo("lats-armpit");

        i.start(false);
        walk(i, model, "", null, PainCheckInteractor.ELSEWHERE);
        i.finish();
        assertThat(i.pendingSave().facts()).isEqualTo(withLats);
        assertThat(i.pendingSave().area()).isEqualTo("elsewhere");
        assertThat(model.resultProperty().get().level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(model.resultProperty().get().headline()).isEqualTo("Look after it yourself: normal soreness");
    }

    @Test
    void anEmergencyAnswerGoesStraightToTheEmergencyPageAndListsWhatWasNotAsked() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        assertThat(model.questionProperty().get().id()).isEqualTo("chest-pain");
        i.answer(true);
        assertThat(model.page()).isEqualTo(Page.EMERGENCY);
        assertThat(model.resultProperty().get().headline()).isEqualTo("Call 999 now");
        assertThat(model.resultProperty().get().formLink()).isNull();
        assertThat(i.pendingSave().notAsked()).contains("severity", "onsetHours", "darkUrine").doesNotContain("chestPainOrPressure");
        assertThat(i.pendingSave().area()).isNull();
    }

    @Test
    void goingBackToTheQuestionsFromTheEmergencyPageDoesNotDecideTwice() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        i.answer(true);
        PainCheckInteractor.SaveJob first = i.pendingSave();
        i.openSummary();
        i.resume();
        assertThat(model.page()).isEqualTo(Page.EMERGENCY);
        assertThat(i.pendingSave()).isSameAs(first);
    }

    @Test
    void changingTheEmergencyAnswerToNoCarriesOnWithTheNextQuestion() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        i.answer(true);
        i.openSummary();
        assertThat(model.allAnsweredProperty().get()).isFalse();
        i.goTo("chest-pain");
        assertThat(model.questionProperty().get().selected()).isEqualTo(true);
        i.answer(false);
        assertThat(model.page()).isEqualTo(Page.QUESTION);
        assertThat(model.questionProperty().get().id()).isEqualTo("breathless");
    }

    @Test
    void onsetIsSuggestedAsTheHoursSinceTheLastSession() {
        PainCheckLinks links = (from, to) -> List.of(new SessionSummary(NOW.minus(Duration.ofHours(26)), "Upper-back warm-up",
                List.of(), List.of(), "warmup", Duration.ofMinutes(12)));
        PainCheckInteractor i = interactor(links, NOW);
        assertThat(model.lastSessionProperty().get()).isEqualTo("Your last session was the Upper-back warm-up, 26 hours ago.");
        i.start(false);
        while (!model.questionProperty().get().id().equals("onset")) {
            i.answer(false);
        }
        QuestionView onset = model.questionProperty().get();
        assertThat(onset.selected()).isEqualTo(26.0);
        assertThat(onset.options().get(0).label()).isEqualTo("Just now: 26 hours after the session");
        assertThat(onset.options().get(0).key()).isEqualTo("1");
        assertThat(onset.context()).contains("Upper-back warm-up, 26 hours ago");
    }

    @Test
    void theResultNamesTheLiftsAndTheLikelyFaultAfterTheTriage() {
        PainCheckLinks links = new PainCheckLinks() {
            @Override
            public List<SessionSummary> sessionsBetween(Instant from, Instant to) {
                return List.of(new SessionSummary(NOW.minus(Duration.ofHours(26)), "Pull day",
                        List.of("Barbell bent-over row", "Lat pull-down"), List.of("barbell-row", "lat-pulldown"), "plan", Duration.ZERO));
            }

            @Override
            public Optional<FormHint> formHint(List<String> liftIds, String areaId) {
                return liftIds.contains("barbell-row") && areaId.equals("neck-traps")
                        ? Optional.of(new FormHint("barbell-row", "Barbell bent-over row", "SHRUGGING", "Shrugging",
                        "Shoulders down, away from the ears.", "Lighter weight; pull with the elbows.", "Rows should hardly touch the neck."))
                        : Optional.empty();
            }
        };
        PainCheckInteractor i = interactor(links, NOW);
        i.start(false);
        walk(i, model, "", null, "neck-traps");
        i.finish();
        PainCheckModel.FormLink f = model.resultProperty().get().formLink();
        assertThat(f.sessions()).isEqualTo("Before this you did: Barbell bent-over row, Lat pull-down (26 hours ago).");
        assertThat(f.hintTitle()).isEqualTo("Pain at the neck / top of the traps after the Barbell bent-over row often comes from shrugging.");
        assertThat(f.exerciseId()).isEqualTo("barbell-row");
        assertThat(f.cue()).isEqualTo("Shoulders down, away from the ears.");
        assertThat(i.pendingSave().sessionNote()).isEqualTo("After the Pull day, 26 hours ago: Barbell bent-over row, Lat pull-down");
    }

    @ParameterizedTest(name = "\"{0}\" accepted: {1}")
    @CsvSource(textBlock = """
            GB,       true
            gb,       true
            ' nz ',   true
            FR,       true
            UK,       false
            G,        false
            GBR,      false
            999,      false
            '',       false
            """)
    void theRegionMustBeACountryCode(String typed, boolean accepted) {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        assertThat(i.acceptRegion(typed).isPresent()).isEqualTo(accepted);
        assertThat(model.numberProblemProperty().get().isEmpty()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(model.numberProblemProperty().get()).contains("two-letter code").contains("Still using GB");
        }
    }

    @Test
    void aDueRecheckIsOfferedNamingTheHoursAndTheDayOfTheCheck() throws Exception {
        Clock then = Clock.fixed(NOW, LONDON);
        new PainCheckHistory(new JsonStore(dir, then)).add(calmFacts(), CHECKER.check(calmFacts(), CHECKER.region("GB")), NOW, "neck-traps", null, List.of());
        interactor(PainCheckLinks.none(), NOW.plus(Duration.ofHours(20)));
        assertThat(model.recheckBannerProperty().get()).isEmpty();
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW.plus(Duration.ofHours(49)));
        assertThat(model.recheckBannerProperty().get()).isEqualTo("It's been 48 hours since your check on Tue: how is it now?");

        i.start(true);
        QuestionView first = model.questionProperty().get();
        assertThat(first.selected()).isEqualTo(false);
        assertThat(first.context()).contains("Your answer from last time is selected");
        while (!model.questionProperty().get().id().equals("days")) {
            i.answer(model.questionProperty().get().selected());
        }
        // one day since onset at the first check, two calendar days later
        assertThat(model.questionProperty().get().selected()).isEqualTo(3);
    }

    @Test
    void backFromTheFirstQuestionReturnsToTheStartAndFromTheSummaryToTheAreaQuestion() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        i.back();
        assertThat(model.page()).isEqualTo(Page.START);
        i.start(false);
        walk(i, model, "", null, "lower-back");
        assertThat(model.page()).isEqualTo(Page.SUMMARY);
        i.back();
        assertThat(model.questionProperty().get().id()).isEqualTo(PainCheckInteractor.AREA_QUESTION);
        assertThat(model.questionProperty().get().selected()).isEqualTo("lower-back");
        i.back();
        assertThat(model.questionProperty().get().id()).isEqualTo("daily-life");
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(textBlock = """
            onset, 30,    30.0
            onset, 1.5,   1.5
            onset, '2,5', 2.5
            onset, -1,    refused
            onset, soon,  refused
            days,  4,     4
            days,  1.5,   refused
            days,  -2,    refused
            """)
    void typedNumbersAreReadOrRefusedWithAMessage(String question, String typed, String expected) {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW);
        i.start(false);
        while (!model.questionProperty().get().id().equals(question)) {
            i.answer(CALM.getOrDefault(model.questionProperty().get().id(), false));
        }
        if (expected.equals("refused")) {
            assertThatThrownBy(() -> i.parseNumber(typed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(question.equals("onset") ? "number of hours" : "whole number of days");
        } else {
            assertThat(String.valueOf(i.parseNumber(typed))).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            'Get help sooner if you get a fever: go.', 'You get a fever: go.'
            'Even if it eases, still go.',            'Even if it eases, still go.'
            """)
    void safetyNetLinesDoNotRepeatTheirHeading(String line, String shown) {
        assertThat(PainCheckViewBuilder.withoutLead(line)).isEqualTo(shown);
    }

    static Facts calmFacts() {
        return Facts.of(Map.of(FactKey.ONSET_HOURS, 24, FactKey.CHARACTER, "aching", FactKey.LOCATION, "diffuse",
                FactKey.SEVERITY, 3, FactKey.DAYS_SINCE_ONSET, 1, FactKey.IMPROVING, true,
                FactKey.WORSE_WITH_MOVEMENT, true, FactKey.PAIN_AT_REST, false));
    }
}

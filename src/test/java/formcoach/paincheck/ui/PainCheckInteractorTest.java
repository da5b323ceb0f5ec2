package formcoach.paincheck.ui;

import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.QuestionnaireSession.Answer;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.ui.PainCheckModel.ItemView;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.paincheck.ui.PainCheckModel.PageView;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pain-check screens' logic without a toolkit: pages as the model shows them, re-checks, typed numbers, results. */
class PainCheckInteractorTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final Instant NOW = Instant.parse("2024-05-14T09:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Answers that make normal soreness, by item id; serious signs are "No", every other yes/no item "no". */
    static final Map<String, Object> CALM = Map.of("onsetHours", 24, "character", "aching", "location", "diffuse", "severity", 3,
            "daysSinceOnset", 1, "improving", true, "worseWithMovement", true, "easesWithLightMovement", true, "area", "neck-traps");

    @TempDir
    Path dir;

    PainCheckModel model = new PainCheckModel();

    PainCheckInteractor interactor(PainCheckLinks links, Instant now, String region) {
        Clock clock = Clock.fixed(now, LONDON);
        PainCheckInteractor i = new PainCheckInteractor(model, () -> CHECKER, new PainCheckHistory(new JsonStore(dir, clock)),
                links, clock, () -> region);
        i.applyStart(i.loadStart());
        return i;
    }

    /** Answers every page on screen calmly (or with {@code overrides} by item id) until it stops asking; returns the pages seen. */
    static int walk(PainCheckInteractor i, PainCheckModel m, Map<String, Object> overrides) {
        int pages = 0;
        while (m.page() == Page.QUESTION && pages < 50) {
            PageView p = m.questionProperty().get();
            pages++;
            for (ItemView item : p.items()) {
                Object v = overrides.containsKey(item.id()) ? overrides.get(item.id())
                        : p.redFlags() ? Answer.NO : CALM.getOrDefault(item.id(), false);
                i.answer(item.id(), v);
                if (m.page() != Page.QUESTION) {
                    return pages;
                }
            }
            i.next();
        }
        return pages;
    }

    static Facts calmFacts() {
        return Facts.of(Map.of(FactKey.ONSET_HOURS, 24, FactKey.CHARACTER, "aching", FactKey.LOCATION, "diffuse",
                FactKey.SEVERITY, 3, FactKey.DAYS_SINCE_ONSET, 1, FactKey.IMPROVING, true,
                FactKey.WORSE_WITH_MOVEMENT, true, FactKey.PAIN_AT_REST, false));
    }

    @Test
    void aFirstCheckStartsWithTheHeartAndLungsPageNothingAnswered() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(false);
        PageView p = model.questionProperty().get();
        assertThat(p.redFlags()).isTrue();
        assertThat(p.title()).isEqualTo("Heart, lungs and circulation");
        assertThat(p.items()).allSatisfy(item -> {
            assertThat(item.selected()).isNull();
            assertThat(item.options()).extracting(PainCheckModel.Option::label).containsExactly("Yes", "No", "Not sure");
        });
        assertThat(p.canGoNext()).isFalse();
        assertThat(p.callLine()).contains("call 999 now");
        assertThat(model.progressTextProperty().get()).isEqualTo("Page 1 of 11");
    }

    @Test
    void notSureIsCountedAsYesAndSaysSoOnTheSpot() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(false);
        i.answer("worseOnBreathingIn", Answer.NOT_SURE);
        ItemView item = model.questionProperty().get().items().stream().filter(v -> v.id().equals("worseOnBreathingIn")).findFirst().orElseThrow();
        assertThat(item.note()).startsWith("Counted as yes");
        assertThat(model.page()).isEqualTo(Page.QUESTION);
    }

    @Test
    void anEmergencySignGoesStraightToTheEmergencyPageWithTheRegionsNumber() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "US");
        i.start(false);
        i.answer("chestPainOrPressure", Answer.YES);
        assertThat(model.page()).isEqualTo(Page.EMERGENCY);
        PainCheckModel.ResultView r = model.resultProperty().get();
        assertThat(r.headline()).isEqualTo("Call 911 now");
        assertThat(r.reasons()).hasSize(1);
        assertThat(r.recheckText()).isEmpty();
        assertThat(i.pendingSave().notAsked()).contains("shortnessOfBreath", "severity");
    }

    @Test
    void aSorenessCheckEndsInSelfCareWithAReCheckOffered() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(false);
        int pages = walk(i, model, Map.of());
        assertThat(pages).isEqualTo(10);
        assertThat(model.page()).isEqualTo(Page.SUMMARY);
        assertThat(model.allAnsweredProperty().get()).isTrue();
        i.finish();
        assertThat(model.page()).isEqualTo(Page.RESULT);
        assertThat(model.resultProperty().get().level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(model.resultProperty().get().recheckText()).startsWith("We'll ask again");
        assertThat(i.pendingSave().area()).isEqualTo("neck-traps");
    }

    @Test
    void anUrgentResultOffersNoReCheckAndNoFormHint() {
        PainCheckInteractor i = interactor(PainCheckSnapshotsTest.pullDayLinks(NOW), NOW, "GB");
        i.start(false);
        walk(i, model, Map.of("fever", Answer.YES));
        i.finish();
        PainCheckModel.ResultView r = model.resultProperty().get();
        assertThat(r.level()).isEqualTo(Level.URGENT);
        assertThat(r.recheckText()).isEmpty();
        assertThat(r.formLink()).isNull();
        assertThat(r.action()).contains("NHS 111").doesNotContain("911", "urgent care");
    }

    @Test
    void theOnsetPageOffersTheTimeSinceTheLastSessionForThePersonToConfirm() {
        PainCheckLinks links = (from, to) -> List.of(new SessionSummary(NOW.minus(Duration.ofHours(14)), "Pull day", List.of("Lat pull-down")));
        PainCheckInteractor i = interactor(links, NOW, "GB");
        i.start(false);
        while (!model.questionProperty().get().id().equals("onset")) {
            i.noneOfThese();
            i.next();
        }
        ItemView onset = model.questionProperty().get().items().get(0);
        assertThat(onset.context()).startsWith("Your last session ended 14 hours ago. Did the pain start after that?");
        assertThat(onset.selected()).isNull();
        assertThat(model.questionProperty().get().canGoNext()).isFalse();
        assertThat(onset.options()).extracting(PainCheckModel.Option::label).contains("During the lift or right after it",
                "Just now, 14 hours after it ended").doesNotContain("The next day");
    }

    @Test
    void aReCheckStartsWithEverySeriousSignUnansweredAndMarksWhatItCarriesOver() throws Exception {
        Clock then = Clock.fixed(NOW.minus(Duration.ofHours(48)), LONDON);
        Facts before = calmFacts().with(FactKey.FEVER, true).with(FactKey.SWELLING, true);
        new PainCheckHistory(new JsonStore(dir, then)).add(before, CHECKER.check(before, CHECKER.region("GB")), then.instant(),
                "neck-traps", null, List.of());
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(true);
        for (int page = 0; page < 4; page++) {
            PageView p = model.questionProperty().get();
            assertThat(p.redFlags()).isTrue();
            assertThat(p.items()).allSatisfy(item -> {
                assertThat(item.selected()).as(item.id()).isNull();
                assertThat(item.lastTime()).isFalse();
            });
            assertThat(p.canGoNext()).isFalse();
            i.noneOfThese();
            i.next();
        }
        PageView onset = model.questionProperty().get();
        assertThat(onset.id()).isEqualTo("onset");
        assertThat(onset.items().get(0).lastTime()).isTrue();
        assertThat(onset.lastTime()).contains("Last time").contains("from your check");
        assertThat(onset.canGoNext()).isTrue();
        i.next();
        i.next();
        i.next();
        PageView behaviour = model.questionProperty().get();
        assertThat(behaviour.id()).isEqualTo("behaviour");
        assertThat(behaviour.items().stream().filter(v -> v.id().equals("swelling")).findFirst().orElseThrow().selected()).isEqualTo(true);
    }

    @Test
    void typedNumbersAcceptWhatTheirWordsPromise() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(false);
        while (!model.questionProperty().get().id().equals("onset")) {
            i.noneOfThese();
            i.next();
        }
        assertThat(i.parseNumber("onsetHours", "0")).isEqualTo(0.0);
        assertThat(i.parseNumber("onsetHours", "1,5")).isEqualTo(1.5);
        assertThatThrownBy(() -> i.parseNumber("onsetHours", "-2")).hasMessageContaining("0 means during the lift");
        assertThatThrownBy(() -> i.parseNumber("onsetHours", "NaN")).hasMessageContaining("number of hours");
        i.answer("onsetHours", i.parseNumber("onsetHours", "0"));
        i.next();
        assertThat(model.questionProperty().get().id()).as("a pain that began during the lift asks about a pop").isEqualTo("pop");
    }

    @Test
    void aSummaryNeverListsADeniedSign() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(false);
        walk(i, model, Map.of("daysSinceOnset", 1));
        assertThat(model.summary()).extracting(PainCheckModel.SummaryItem::answer)
                .contains("None of these", "Aching", "Began 1 day ago · better than at its worst")
                .noneMatch(a -> a.contains("chest") || a.contains("swollen") || a.contains("1 days"));
    }

    @Test
    void aWrongEmergencyAnswerCanBeTakenBackFromTheSummaryAndTheCheckGoesOn() {
        PainCheckInteractor i = interactor(PainCheckLinks.none(), NOW, "GB");
        i.start(false);
        i.answer("chestPainOrPressure", Answer.YES);
        assertThat(model.page()).isEqualTo(Page.EMERGENCY);
        i.openSummary();
        assertThat(model.page()).isEqualTo(Page.SUMMARY);
        assertThat(model.allAnsweredProperty().get()).isFalse();
        assertThat(model.summary()).extracting(PainCheckModel.SummaryItem::answer).containsExactly("Chest pain or pressure");
        i.goTo("heart-and-lungs");
        assertThat(model.page()).isEqualTo(Page.QUESTION);
        assertThat(model.questionProperty().get().items().get(0).selected()).isEqualTo(Answer.YES);
        i.answer("chestPainOrPressure", Answer.NO);
        assertThat(model.page()).isEqualTo(Page.QUESTION);
        i.noneOfThese();
        i.next();
        assertThat(model.questionProperty().get().id()).isEqualTo("nerves");
        walk(i, model, Map.of());
        i.finish();
        assertThat(model.resultProperty().get().level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(i.pendingSave().notAsked()).isEmpty();
    }
}

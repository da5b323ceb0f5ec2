package formcoach.paincheck.ui;

import formcoach.paincheck.Facts;
import formcoach.paincheck.FactKey;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.Region;
import formcoach.paincheck.TriageResult;
import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place a result is turned into what the screens show (pain check and History). */
class ResultPresenterTest {
    static final PainChecker CHECKER = PainChecker.load();
    static final FormLink LINK = new FormLink("Before this you did: Row.", null, null, null, null, null, null);

    ResultView present(Facts f, String region) {
        Region r = CHECKER.region(region);
        TriageResult result = CHECKER.check(f, r);
        return new ResultPresenter(r, CHECKER.notice(r)).present(result, "Checked now", LINK, "We'll ask again tomorrow.");
    }

    @Test
    void anEmergencyShowsOnlyItsDecisiveReasonsNoFormHintAndNoReCheck() {
        ResultView v = present(PainCheckInteractorTest.calmFacts().with(FactKey.CHEST_PAIN_OR_PRESSURE, true)
                .with(FactKey.FEVER, true).with(FactKey.SEVERITY, 8), "GB");
        assertThat(v.level()).isEqualTo(Level.EMERGENCY);
        assertThat(v.headline()).isEqualTo("Call 999 now");
        assertThat(v.reasons()).hasSize(1).allMatch(t -> t.toLowerCase().contains("chest"));
        assertThat(v.formLink()).isNull();
        assertThat(v.recheckText()).isEmpty();
        assertThat(String.join(" ", v.reasons()) + String.join(" ", v.selfCare())).doesNotContainIgnoringCase("strain")
                .doesNotContainIgnoringCase("soreness");
    }

    @Test
    void anUrgentResultHasNoReCheckAndItsSameDayServiceFromTheRegion() {
        ResultView v = present(PainCheckInteractorTest.calmFacts().with(FactKey.FEVER, true), "AU");
        assertThat(v.level()).isEqualTo(Level.URGENT);
        assertThat(v.recheckText()).isEmpty();
        assertThat(v.formLink()).isNull();
        assertThat(v.action()).contains("healthdirect").doesNotContain("NHS 111", "A&E", "999");
        assertThat(ResultPresenter.selfCareTitle(v.level())).isEqualTo("While you get help");
    }

    @Test
    void selfCareKeepsTheFormHintAndTheReCheck() {
        ResultView v = present(PainCheckInteractorTest.calmFacts(), "US");
        assertThat(v.level()).isEqualTo(Level.SELF_CARE_DOMS);
        assertThat(v.recheckText()).isEqualTo("We'll ask again tomorrow.");
        assertThat(v.formLink()).isEqualTo(LINK);
        assertThat(v.notice()).contains("911").doesNotContain("999");
        assertThat(v.when()).isEqualTo("Checked now");
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.Level;
import formcoach.paincheck.Reason;
import formcoach.paincheck.Region;
import formcoach.paincheck.TriageResult;
import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.ResultView;

import java.util.List;
import java.util.Objects;

/**
 * Builds a result as the screens show it, for the pain check and for History alike, so the rules
 * of rules §8 are written once:
 * <ul>
 *   <li>at EMERGENCY and URGENT only the decisive reasons, only what is safe while getting help, and
 *       nothing about soreness, a strain or form (the form link is left out);</li>
 *   <li>"check again" only where the result offers a re-check ({@link TriageResult#recheckOffered()});</li>
 *   <li>the headline, action and notice in the names of one region.</li>
 * </ul>
 * No toolkit: it returns plain data ({@link ResultView}) that {@link ResultPane} lays out.
 */
public final class ResultPresenter {
    private final String notice;
    private final Region region;

    /**
     * @param region the region whose emergency number the headline names (the result's own texts
     *               were worded for it by the checker)
     * @param notice "not a diagnosis, not for emergencies" in that region's words
     */
    public ResultPresenter(Region region, String notice) {
        this.region = Objects.requireNonNull(region);
        this.notice = Objects.requireNonNull(notice);
    }

    /**
     * @param when        "Checked Tue 3 Jun, 18:00" (and anything History adds), or ""
     * @param formLink    the sessions before and the likely form fault, or null
     * @param recheckText when the next re-check is, or "" (dropped unless the result offers one)
     */
    public ResultView present(TriageResult r, String when, FormLink formLink, String recheckText) {
        boolean urgent = r.level().isAtLeast(Level.URGENT);
        List<Reason> reasons = urgent ? r.decisiveReasons() : r.reasons();
        return new ResultView(r.level(), Words.headline(r.level(), region.emergencyNumber()), r.action(),
                reasons.stream().map(Reason::text).distinct().toList(), r.selfCare(), r.safetyNet(), notice,
                urgent ? null : formLink, r.recheckOffered() && recheckText != null ? recheckText : "",
                when == null ? "" : when);
    }

    /** The heading over the self-care list: only what is safe while getting help at URGENT and EMERGENCY. */
    public static String selfCareTitle(Level level) {
        return level.isAtLeast(Level.URGENT) ? "While you get help" : "What to do now";
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.Level;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Screen state of the pain check, nothing else: which page shows, the question being asked, the
 * answers so far, the result. The view reads it through read-only properties; the interactor (and, for
 * the region and the background work, the controller) change it through the named commands below.
 */
public final class PainCheckModel {

    /** The pages of the pain check, in the order a person meets them. */
    public enum Page { LOADING, UNAVAILABLE, START, QUESTION, SUMMARY, EMERGENCY, RESULT }

    /** How an item is answered on screen. RED_FLAG: Yes, No or Not sure; AREA is the app's own "where it hurts most". */
    public enum AnswerKind { RED_FLAG, YES_NO, CHOICE, HOURS, DAYS, SCALE, AREA }

    /** One answer button: the value it gives, its words and the key that picks it ("1", "Y"...). */
    public record Option(Object value, String label, String key) {
    }

    /**
     * One item on a page.
     *
     * @param selected  the answer given (or carried over from last time), or null: nothing is chosen for the person
     * @param lastTime  the answer is last time's, carried over and not changed yet
     * @param note      a line shown under the answer: "Not sure" counts as yes, or "" for none
     * @param context   a line that helps answer it (the last session for the onset), or ""
     * @param scale     for severity: the words beside each value 0-10
     */
    public record ItemView(String id, AnswerKind kind, String text, String why, List<Option> options, Object selected,
                           boolean lastTime, String note, String unit, String context, List<String> scale) {
        public ItemView {
            options = List.copyOf(options);
            scale = List.copyOf(scale);
        }
    }

    /**
     * The page on screen: a group of serious signs, or a short page about the pain.
     *
     * @param redFlags   a page of serious signs, with "None of these"
     * @param callLine   on a page of serious signs: what to do if one is happening now and severe, with the region's number
     * @param lastTime   a line saying some answers are last time's, or ""
     * @param canGoNext  every item is answered
     */
    public record PageView(String id, boolean redFlags, String title, String intro, String callLine, List<ItemView> items,
                           String noneOfThese, String lastTime, boolean canGoNext, int number, int count) {
        public PageView {
            items = List.copyOf(items);
        }
    }

    /** One answer in the summary; {@code questionId} is what "Edit" opens. */
    public record SummaryItem(String questionId, String question, String answer) {
    }

    /**
     * The form hint under a result: the lifts done and, from where it hurts, the likely fault.
     *
     * @param exerciseId null when there is no fault to link to
     */
    public record FormLink(String sessions, String hintTitle, String note, String cue, String fix,
                           String exerciseId, String linkText) {
    }

    /** A result as the page shows it; {@code formLink} is null when no session is known. */
    public record ResultView(Level level, String headline, String action, List<String> reasons,
                             List<String> selfCare, List<String> safetyNet, String notice, FormLink formLink,
                             String recheckText, String when) {
        public ResultView {
            reasons = List.copyOf(reasons);
            selfCare = List.copyOf(selfCare);
            safetyNet = List.copyOf(safetyNet);
        }
    }

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.LOADING);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsShown = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper regionCode = new ReadOnlyStringWrapper("");
    /** The emergency number of the region, set by the interactor whenever the region changes. */
    private final ReadOnlyStringWrapper emergencyNumber = new ReadOnlyStringWrapper("");
    /** "GB: 999 · NHS 111 · A&E", the region's names in one line. */
    private final ReadOnlyStringWrapper regionWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recheckBanner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSession = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PageView> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ObservableList<SummaryItem> summary = FXCollections.observableArrayList();
    private final ObservableList<SummaryItem> summaryShown = FXCollections.unmodifiableObservableList(summary);
    private final ReadOnlyBooleanWrapper allAnswered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ResultView> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    // ------------------------------------------------------------------ what the view reads

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public Page page() {
        return page.get();
    }

    /** Why the checker cannot run (rule or word files with problems); empty when it can. */
    public ObservableList<String> problems() {
        return problemsShown;
    }

    public ReadOnlyStringProperty emergencyNumberProperty() {
        return emergencyNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionCodeProperty() {
        return regionCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionWordsProperty() {
        return regionWords.getReadOnlyProperty();
    }

    /** "It's been 48 hours since your check on Tue: how is it now?", or "" when no re-check is due. */
    public ReadOnlyStringProperty recheckBannerProperty() {
        return recheckBanner.getReadOnlyProperty();
    }

    /** "Your last session was the Upper-back warm-up, 26 hours ago", or "". */
    public ReadOnlyStringProperty lastSessionProperty() {
        return lastSession.getReadOnlyProperty();
    }

    /** The page of questions on screen. */
    public ReadOnlyObjectProperty<PageView> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ObservableList<SummaryItem> summary() {
        return summaryShown;
    }

    /** Every question (and the area) is answered: the summary offers the result. */
    public ReadOnlyBooleanProperty allAnsweredProperty() {
        return allAnswered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResultView> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "Saved to your history." or why it could not be. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** Where the PDF was saved, or why it could not be. */
    public ReadOnlyStringProperty reportStatusProperty() {
        return reportStatus.getReadOnlyProperty();
    }

    /** Loading or writing in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands (interactor and controller)

    /** Which page is on screen. */
    void showPage(Page p) {
        page.set(p);
    }

    /** Why the checker cannot run; empty when it can. */
    void showProblems(List<String> lines) {
        problems.setAll(lines);
    }

    /** The region chosen in the settings (the controller follows the settings). */
    void useRegion(String code) {
        regionCode.set(code);
    }

    /** The emergency number to show when the checker cannot name the region's other services. */
    void showEmergencyNumber(String number) {
        emergencyNumber.set(number);
    }

    /** The region's emergency number and its services in one line. */
    void showRegion(String number, String words) {
        emergencyNumber.set(number);
        regionWords.set(words);
    }

    /** The start page's lines: the last session, and the re-check banner ("" for none). */
    void showStartLines(String lastSessionLine, String recheckLine) {
        lastSession.set(lastSessionLine);
        recheckBanner.set(recheckLine);
    }

    /** A page of questions, how far through it is, and the question page itself. */
    void showQuestion(PageView view, double fraction, String text) {
        question.set(view);
        progress.set(fraction);
        progressText.set(text);
        canGoBack.set(true);
        page.set(Page.QUESTION);
    }

    /** The answers so far, and whether the result can be asked for; the summary page shows. */
    void showSummary(List<SummaryItem> items, boolean everythingAnswered) {
        summary.setAll(items);
        allAnswered.set(everythingAnswered);
        page.set(Page.SUMMARY);
    }

    /** A result (or null for none) with its save and report lines. */
    void showResult(ResultView view, String saveLine, String reportLine) {
        result.set(view);
        saveStatus.set(saveLine);
        reportStatus.set(reportLine);
    }

    /** "Saved to your history." or why it could not be. */
    void showSaveStatus(String text) {
        saveStatus.set(text);
    }

    /** Where the PDF is being or was saved, or why it could not be. */
    void showReportStatus(String text) {
        reportStatus.set(text);
    }

    /** Background work (loading, writing the PDF) began: the view shows it is busy. */
    void startWork() {
        busy.set(true);
    }

    /** Background work ended. */
    void endWork() {
        busy.set(false);
    }
}

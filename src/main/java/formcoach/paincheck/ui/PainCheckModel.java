package formcoach.paincheck.ui;

import formcoach.paincheck.Level;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Screen state of the pain check, nothing else: which page shows, the question being asked, the
 * answers so far, the result. Only the interactor writes it; the view binds to it.
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

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LOADING);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty regionCode = new SimpleStringProperty("");
    /** The emergency number of the region, set by the interactor whenever the region changes. */
    private final StringProperty emergencyNumber = new SimpleStringProperty("");
    /** "GB: 999 · NHS 111 · A&E", the region's names in one line. */
    private final StringProperty regionWords = new SimpleStringProperty("");
    private final StringProperty numberProblem = new SimpleStringProperty("");
    private final StringProperty recheckBanner = new SimpleStringProperty("");
    private final StringProperty lastSession = new SimpleStringProperty("");
    private final ObjectProperty<PageView> question = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty canGoBack = new SimpleBooleanProperty();
    private final ObservableList<SummaryItem> summary = FXCollections.observableArrayList();
    private final BooleanProperty allAnswered = new SimpleBooleanProperty();
    private final ObjectProperty<ResultView> result = new SimpleObjectProperty<>();
    private final StringProperty saveStatus = new SimpleStringProperty("");
    private final StringProperty reportStatus = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public Page page() {
        return page.get();
    }

    /** Why the checker cannot run (rule or word files with problems); empty when it can. */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty emergencyNumberProperty() {
        return emergencyNumber;
    }

    public StringProperty regionCodeProperty() {
        return regionCode;
    }

    public StringProperty regionWordsProperty() {
        return regionWords;
    }

    /** What is wrong with a number typed into the emergency-number field, or "". */
    public StringProperty numberProblemProperty() {
        return numberProblem;
    }

    /** "It's been 48 hours since your check on Tue: how is it now?", or "" when no re-check is due. */
    public StringProperty recheckBannerProperty() {
        return recheckBanner;
    }

    /** "Your last session was the Upper-back warm-up, 26 hours ago", or "". */
    public StringProperty lastSessionProperty() {
        return lastSession;
    }

    /** The page of questions on screen. */
    public ObjectProperty<PageView> questionProperty() {
        return question;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public BooleanProperty canGoBackProperty() {
        return canGoBack;
    }

    public ObservableList<SummaryItem> summary() {
        return summary;
    }

    /** Every question (and the area) is answered: the summary offers the result. */
    public BooleanProperty allAnsweredProperty() {
        return allAnswered;
    }

    public ObjectProperty<ResultView> resultProperty() {
        return result;
    }

    /** "Saved to your history." or why it could not be. */
    public StringProperty saveStatusProperty() {
        return saveStatus;
    }

    /** Where the PDF was saved, or why it could not be. */
    public StringProperty reportStatusProperty() {
        return reportStatus;
    }

    /** Loading or writing in the background. */
    public BooleanProperty busyProperty() {
        return busy;
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ClinicianReport;
import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCharacter;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.PainLocation;
import formcoach.paincheck.Question;
import formcoach.paincheck.QuestionPage;
import formcoach.paincheck.Questionnaire;
import formcoach.paincheck.QuestionnaireSession;
import formcoach.paincheck.Rechecks;
import formcoach.paincheck.Reason;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.TriageResult;
import formcoach.paincheck.ui.PainCheckModel.AnswerKind;
import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.Option;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.paincheck.ui.PainCheckModel.ItemView;
import formcoach.paincheck.ui.PainCheckModel.PageView;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import formcoach.paincheck.ui.PainCheckModel.SummaryItem;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The only part of the pain-check screens that calls the core: loads the checker and the history,
 * runs the questionnaire (plus the UI's own "where does it hurt most" step, which is never a fact),
 * decides, saves and writes the clinician PDF, and turns each outcome into model values.
 *
 * <p>Methods named {@code load...}, {@code save} and {@code writeReport} do I/O and belong on a
 * background thread; every other method changes the model and belongs on the FX thread.
 */
public final class PainCheckInteractor {
    /** The area answer for "somewhere else". */
    public static final String ELSEWHERE = PainCheckLinks.ELSEWHERE;
    static final Duration RECENT = Duration.ofDays(7);
    /** Sessions this close before the last one count as the same training day for the form link. */
    static final Duration SAME_DAY = Duration.ofHours(12);

    private final PainCheckModel model;
    private final Supplier<PainChecker> checkerSource;
    private final PainCheckHistory history;
    private final PainCheckLinks links;
    private final Clock clock;
    /** The region code from settings at the moment it is needed. */
    private final Supplier<String> regionCode;

    private PainChecker checker;
    private List<PainCheckRecord> saved = List.of();
    private List<SessionSummary> recent = List.of();
    /** The training log's notes on the days before, read with the sessions. */
    private List<String> recentNotes = List.of();
    private QuestionnaireSession session;
    private boolean recheck;
    /** When the check a re-check carries answers over from was made; null for a first check. */
    private Instant previousTime;
    private SaveJob pending;
    private Facts finishedFacts;
    private String finishedArea;

    /** What the start page needs, read in the background. */
    public record Startup(PainChecker checker, List<PainCheckRecord> history, String historyNotice, String historyProblem,
                          List<SessionSummary> sessions, String sessionsProblem, Instant at, List<String> trainingNotes) {
        public Startup {
            trainingNotes = trainingNotes == null ? List.of() : List.copyOf(trainingNotes);
        }

        public Startup(PainChecker checker, List<PainCheckRecord> history, String historyNotice, String historyProblem,
                       List<SessionSummary> sessions, String sessionsProblem, Instant at) {
            this(checker, history, historyNotice, historyProblem, sessions, sessionsProblem, at, List.of());
        }
    }

    /** A finished check waiting to be saved. */
    public record SaveJob(Facts facts, TriageResult result, Instant time, String area, String sessionNote, List<String> notAsked) {
    }

    /**
     * @param checkerSource   gives the checker (called in the background each time the start page loads; cache it)
     * @param regionCode      the region code from settings at the moment it is needed
     */
    public PainCheckInteractor(PainCheckModel model, Supplier<PainChecker> checkerSource, PainCheckHistory history,
                               PainCheckLinks links, Clock clock, Supplier<String> regionCode) {
        this.model = Objects.requireNonNull(model);
        this.checkerSource = Objects.requireNonNull(checkerSource);
        this.history = Objects.requireNonNull(history);
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
        this.regionCode = Objects.requireNonNull(regionCode);
        model.regionCodeProperty().addListener((o, a, code) -> showRegion());
    }

    // ---------------------------------------------------------------- background

    /** Reads the rules, the saved checks and the last week's sessions. Never throws for bad data. */
    public Startup loadStart() {
        PainChecker c = checkerSource.get();
        List<PainCheckRecord> h = List.of();
        String notice = null;
        String problem = null;
        try {
            Loaded<List<PainCheckRecord>> l = history.load();
            h = l.value();
            notice = l.notice().map(n -> n.message()).orElse(null);
        } catch (StoreException e) {
            problem = "Your earlier pain checks could not be read: " + e.getMessage();
        }
        Instant now = clock.instant();
        List<SessionSummary> s = List.of();
        String sessionsProblem = null;
        try {
            s = links.sessionsBetween(now.minus(RECENT), now.plusSeconds(1));
        } catch (StoreException | RuntimeException e) {
            sessionsProblem = "Your recent sessions could not be read (" + e.getMessage()
                    + "). The pain check works without them; it just cannot link the pain to a session.";
        }
        List<String> notes;
        try {
            // read here, in the background, with the sessions: the training log's files are not read on the FX thread
            notes = links.trainingNotes(now);
        } catch (RuntimeException e) {
            notes = List.of();
        }
        return new Startup(c, h, notice, problem, s, sessionsProblem, now, notes);
    }

    /** Saves a finished check; the record comes back with its id. */
    public PainCheckRecord save(SaveJob job) throws StoreException {
        return history.add(job.facts(), job.result(), job.time(), job.area(), job.sessionNote(), job.notAsked());
    }

    /** Writes the one-page clinician PDF for the check just made (saved or not). */
    public void writeReport(ReportJob job, Path out, ClinicianReport.Person person) throws IOException {
        new ClinicianReport(job.checker().advice(), clock.getZone()).writeReport(out, job.checks(), job.sessions(), job.notice(),
                job.checker().region(regionCode.get()), person);
    }

    /** Everything the report needs, taken on the FX thread so the background never reads moving state. */
    public record ReportJob(PainChecker checker, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice) {
    }

    // ---------------------------------------------------------------- FX thread: start page

    /** Shows the start page (or says the checker cannot run); keeps a check in progress where it is. */
    public void applyStart(Startup s) {
        checker = s.checker();
        showRegion();
        saved = s.history();
        recent = s.sessions();
        recentNotes = s.trainingNotes();
        model.showProblems(checker.ready() ? List.of() : checker.problems());
        model.showStartLines(lastSessionLine(s.at()), checker.ready() ? recheckBanner(s.at()) : "");
        Page p = model.page();
        if (!checker.ready()) {
            model.showPage(Page.UNAVAILABLE);
        } else if (p == Page.LOADING || p == Page.UNAVAILABLE || p == Page.START) {
            model.showPage(Page.START);
        }
    }

    /** The due re-check as a question, or "" when none is due. */
    String recheckBanner(Instant now) {
        Optional<Rechecks.Recheck> due = Rechecks.due(saved, now);
        if (due.isEmpty()) {
            return "";
        }
        Rechecks.Recheck r = due.get();
        PainCheckRecord anchor = saved.stream().filter(c -> c.id().equals(r.anchorId())).findFirst().orElseThrow();
        return "It's been " + Words.span(r.after()) + " since your check on " + Words.day(anchor.time(), now, clock.getZone())
                + ": how is it now?";
    }

    private String lastSessionLine(Instant now) {
        return lastSession(now).map(s -> "Your last session was " + Words.sessionName(s) + ", "
                + Words.ago(Duration.between(s.time(), now)) + ".").orElse("");
    }

    private Optional<SessionSummary> lastSession(Instant now) {
        SessionSummary last = null;
        for (SessionSummary s : recent) {
            if (!s.time().isAfter(now) && (last == null || s.time().isAfter(last.time()))) {
                last = s;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The countries to choose from, the ones with names of their own first. */
    public List<Regions.Choice> regionChoices() {
        return Regions.choices(java.util.Locale.ENGLISH);
    }

    /** Shows the region's number and names; called when the settings change and once the checker is loaded. */
    private void showRegion() {
        if (checker == null) {
            return;
        }
        if (!checker.ready()) {
            // the screen that says the checker cannot run still names the region's number
            model.showEmergencyNumber(checker.regionIfKnown(regionCode.get())
                    .map(formcoach.paincheck.Region::emergencyNumber).orElse("your local emergency number"));
            return;
        }
        formcoach.paincheck.Region r = region();
        model.showRegion(r.emergencyNumber(), Regions.describe(r));
        if (session != null && model.page() == Page.QUESTION) {
            show();
        }
    }

    private formcoach.paincheck.Region region() {
        return checker.region(regionCode.get());
    }

    // ---------------------------------------------------------------- FX thread: questions

    /**
     * Starts a new check. A re-check carries over only the answers about how the pain behaves, each
     * marked as last time's; the serious signs always start unanswered. A first check offers the
     * time since the last session on the onset page, for the person to confirm.
     */
    public void start(boolean asRecheck) {
        if (checker == null || !checker.ready()) {
            return;
        }
        session = checker.questionnaire().start(checker.triage(), links.areas());
        recheck = asRecheck && !saved.isEmpty();
        previousTime = null;
        pending = null;
        finishedFacts = null;
        finishedArea = null;
        model.showResult(null, "", "");
        Instant now = clock.instant();
        if (recheck) {
            PainCheckRecord previous = saved.get(saved.size() - 1);
            session.carryOver(Rechecks.prefill(previous, ZonedDateTime.now(clock)), previous.area(), previous.notAsked());
            previousTime = previous.time();
        } else {
            lastSession(now).ifPresent(s -> session.lastSessionEnded(Math.max(0, Duration.between(s.time(), now).toMinutes() / 60.0)));
        }
        show();
    }

    /** Answers one item of the page on screen; an emergency answer goes straight to the emergency screen. */
    public void answer(String itemId, Object value) {
        if (session == null || session.current().isEmpty()) {
            return;
        }
        session.answer(itemId, value);
        show();
    }

    /** "None of these" on a page of serious signs. */
    public void noneOfThese() {
        if (session == null || session.current().filter(QuestionPage::redFlags).isEmpty()) {
            return;
        }
        session.noneOfThese();
        show();
    }

    /** Confirms the page and goes on; does nothing while an item is unanswered. */
    public void next() {
        if (session == null || !session.canGoNext()) {
            return;
        }
        session.next();
        show();
    }

    /** Back one page; from the first page, back to the start page. */
    public void back() {
        if (session == null) {
            return;
        }
        if (session.back()) {
            show();
        } else {
            session = null;
            model.showPage(Page.START);
        }
    }

    /** Opens an answered page to change it; confirming it returns to the first page still to answer, or the summary. */
    public void goTo(String pageId) {
        if (session == null) {
            return;
        }
        session.goTo(pageId);
        show();
    }

    /** The list of answers so far, each page with an Edit link; offers the result once everything is answered. */
    public void openSummary() {
        if (session == null) {
            return;
        }
        List<SummaryItem> items = new ArrayList<>();
        for (QuestionnaireSession.SummaryLine l : session.summary()) {
            items.add(new SummaryItem(l.pageId(), l.title(), l.answer()));
        }
        model.showSummary(items, everythingAnswered());
    }

    /** From the summary back to the first page still to answer (or the result, when none is left). */
    public void resume() {
        if (session == null) {
            return;
        }
        session.toSummary();
        show();
    }

    private boolean everythingAnswered() {
        return session != null && session.isComplete() && !session.emergencyStop();
    }

    private void show() {
        if (session.emergencyStop() && session.current().isEmpty()) {
            finish();
            return;
        }
        Optional<QuestionPage> page = session.current();
        if (page.isEmpty()) {
            openSummary();
            return;
        }
        PageView view = pageView(page.get());
        int n = session.pageNumber();
        int count = session.pagesToAsk().size();
        model.showQuestion(view, n / (double) count, "Page " + n + " of " + count);
    }

    PageView pageView(QuestionPage page) {
        formcoach.paincheck.Region r = region();
        Questionnaire.Words w = session.questionnaire().words();
        List<ItemView> items = new ArrayList<>();
        boolean anyLastTime = false;
        for (Question q : page.items()) {
            ItemView v = itemView(page, q, w, r);
            anyLastTime |= v.lastTime();
            items.add(v);
        }
        String callLine = page.redFlags()
                ? "If any of these is happening now and is severe, do not wait to finish: call " + r.emergencyNumber() + " now."
                : "";
        String lastTime = anyLastTime
                ? "Answers marked \u201cLast time\u201d are from your check on " + Words.day(previousTime, clock.instant(), clock.getZone())
                + ". Keep them or change any that are different now."
                : "";
        return new PageView(page.id(), page.redFlags(), r.fill(page.title()), page.intro() == null ? "" : r.fill(page.intro()),
                callLine, items, w.noneOfThese(), lastTime, session.canGoNext(), session.pageNumber(), session.pagesToAsk().size());
    }

    private ItemView itemView(QuestionPage page, Question q, Questionnaire.Words w, formcoach.paincheck.Region r) {
        Object selected = session.answerTo(q.id()).orElse(null);
        List<Option> options = new ArrayList<>();
        List<String> scale = List.of();
        String context = "";
        String note = "";
        AnswerKind kind;
        if (page.redFlags()) {
            kind = AnswerKind.RED_FLAG;
            options.add(new Option(QuestionnaireSession.Answer.YES, w.yes(), "Y"));
            options.add(new Option(QuestionnaireSession.Answer.NO, w.no(), "N"));
            options.add(new Option(QuestionnaireSession.Answer.NOT_SURE, w.notSure(), "U"));
            if (selected == QuestionnaireSession.Answer.NOT_SURE) {
                note = w.notSureNote();
            }
        } else {
            switch (q.kind()) {
                case YES_NO -> {
                    kind = AnswerKind.YES_NO;
                    options.add(new Option(true, w.yes(), "Y"));
                    options.add(new Option(false, w.no(), "N"));
                }
                case SCALE -> {
                    kind = AnswerKind.SCALE;
                    List<String> words = new ArrayList<>();
                    for (int i = 0; i <= 10; i++) {
                        options.add(new Option(i, String.valueOf(i), i < 10 ? String.valueOf(i) : ""));
                        words.add(q.scaleWords(i));
                    }
                    scale = words;
                }
                default -> {
                    kind = switch (q.kind()) {
                        case HOURS -> AnswerKind.HOURS;
                        case DAYS -> AnswerKind.DAYS;
                        case AREA -> AnswerKind.AREA;
                        default -> AnswerKind.CHOICE;
                    };
                    for (Question.Choice c : session.choicesFor(q)) {
                        options.add(new Option(c.value(), c.label(), ""));
                    }
                    if (selected != null && options.stream().noneMatch(o -> same(o.value(), selected))) {
                        options.add(new Option(selected, numberWords(kind, (Number) selected), ""));
                    }
                    renumber(options);
                    if (kind == AnswerKind.HOURS && session.hoursSinceSession().isPresent() && !session.fromLastTime(q.id())) {
                        long h = Math.round(session.hoursSinceSession().get());
                        context = "Your last session ended " + (h == 0 ? "less than an hour" : QuestionnaireSession.hours(h))
                                + " ago. Did the pain start after that? Pick when. If it started before it, type the hours "
                                + "after the session it followed.";
                    }
                }
            }
        }
        return new ItemView(q.id(), kind, r.fill(q.text()), r.fill(q.why()), options, selectedOption(options, selected),
                session.fromLastTime(q.id()), note, q.unit() == null ? "" : q.unit(), context, scale);
    }

    /** "During the lift or right after it", "1 hour after the session", "1 day ago". */
    static String numberWords(AnswerKind kind, Number n) {
        if (kind == AnswerKind.HOURS) {
            double h = n.doubleValue();
            return h == 0 ? "During the lift or right after it" : QuestionnaireSession.hours(h) + " after the session";
        }
        int d = n.intValue();
        return d == 0 ? "Today" : QuestionnaireSession.days(d) + " ago";
    }

    private static Object selectedOption(List<Option> options, Object selected) {
        return selected == null ? null : options.stream().map(Option::value).filter(v -> same(v, selected)).findFirst().orElse(selected);
    }

    private static void renumber(List<Option> options) {
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            options.set(i, new Option(o.value(), o.label(), i < 9 ? String.valueOf(i + 1) : ""));
        }
    }

    /** Equal answers whatever Number type they came in (a preset 24 and a suggested 24.0). */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /**
     * The value a person typed for an hours or days item: what the words promise, "0" included
     * (0 hours is during the lift, 0 days is today); a comma works as a decimal point for hours.
     *
     * @throws IllegalArgumentException with a sentence saying what to type
     */
    public Object parseNumber(String itemId, String typed) {
        ItemView item = model.questionProperty().get().items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        String t = typed == null ? "" : typed.trim().replace(',', '.');
        try {
            if (item.kind() == AnswerKind.HOURS) {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d) && d >= 0 && !t.matches(".*[a-zA-Z].*")) {
                    return d;
                }
            } else if (item.kind() == AnswerKind.DAYS) {
                int i = Integer.parseInt(t);
                if (i >= 0) {
                    return i;
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(item.kind() == AnswerKind.HOURS
                ? "Type a number of hours, 0 or more (0 means during the lift; for example 30)."
                : "Type a whole number of days, 0 or more (0 means today; for example 4).");
    }

    // ---------------------------------------------------------------- FX thread: result

    /** Decides the check (from the summary, or at once on an emergency answer) and shows the result. */
    public void finish() {
        if (session == null || !session.isComplete()) {
            return;
        }
        boolean emergency = session.emergencyStop();
        String area = emergency ? null : session.area().orElse(null);
        Facts facts = session.toFacts();
        if (facts.equals(finishedFacts) && Objects.equals(area, finishedArea) && model.resultProperty().get() != null) {
            // the same answers again (e.g. back to the questions from the emergency screen): same result, no second save
            model.showPage(emergency ? Page.EMERGENCY : Page.RESULT);
            return;
        }
        finishedFacts = facts;
        finishedArea = area;
        formcoach.paincheck.Region region = region();
        TriageResult result = checker.check(facts, region);
        Instant now = clock.instant();
        List<SessionSummary> before = sessionsBefore(now);
        pending = new SaveJob(facts, result, now, area, sessionNote(before, now),
                emergency ? session.notAsked() : List.of());
        model.showResult(resultView(result, area, before, now, region, true), "Saving to your history\u2026", "");
        model.showPage(emergency ? Page.EMERGENCY : Page.RESULT);
    }

    /** The check waiting to be saved (null when none). */
    public SaveJob pendingSave() {
        return pending;
    }

    public void applySaved(PainCheckRecord rec) {
        List<PainCheckRecord> all = new ArrayList<>(saved);
        all.add(rec);
        saved = List.copyOf(all);
        if (pending != null && pending.time().equals(rec.time())) {
            pending = null;
        }
        model.showSaveStatus("Saved to your history.");
    }

    public void applySaveFailed(String message) {
        model.showSaveStatus("This check could not be saved: " + message + " The result still stands.");
    }

    /** The report for the check on screen: the checks of its episode, and the last week's sessions. */
    public Optional<ReportJob> reportJob() {
        ResultView shown = model.resultProperty().get();
        if (shown == null || checker == null) {
            return Optional.empty();
        }
        List<PainCheckRecord> checks = new ArrayList<>(saved);
        if (pending != null) {
            checks.add(PainCheckRecord.of("unsaved", pending.time(), pending.facts(), pending.result(), pending.area(),
                    pending.sessionNote(), pending.notAsked()));
        }
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        PainCheckRecord latest = checks.get(checks.size() - 1);
        Instant from = latest.time().minus(Rechecks.EPISODE);
        List<PainCheckRecord> episode = checks.stream().filter(c -> !c.time().isBefore(from)).toList();
        return Optional.of(new ReportJob(checker, episode, recent, checker.notice(checker.region(regionCode.get()))));
    }

    public void applyReportWritten(Path out) {
        model.showReportStatus("Saved the PDF to " + out.toAbsolutePath());
    }

    public void applyReportFailed(String message) {
        model.showReportStatus("The PDF could not be saved: " + message);
    }

    /** Back to the start page after a result; a new check starts fresh. */
    public void done() {
        session = null;
        pending = null;
        model.showPage(Page.START);
    }

    private List<SessionSummary> sessionsBefore(Instant now) {
        Optional<SessionSummary> last = lastSession(now);
        if (last.isEmpty()) {
            return List.of();
        }
        Instant from = last.get().time().minus(SAME_DAY);
        return recent.stream().filter(s -> !s.time().isAfter(now) && !s.time().isBefore(from)).toList();
    }

    private String sessionNote(List<SessionSummary> before, Instant now) {
        if (before.isEmpty()) {
            return null;
        }
        SessionSummary last = before.get(before.size() - 1);
        String lifts = String.join(", ", lifts(before));
        return "After " + Words.sessionName(last) + ", " + Words.ago(Duration.between(last.time(), now))
                + (lifts.isEmpty() ? "" : ": " + lifts);
    }

    private static List<String> lifts(List<SessionSummary> sessions) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        sessions.forEach(s -> out.addAll(s.lifts()));
        return List.copyOf(out);
    }

    /** The result as the page shows it, through the presenter History uses too. {@code fresh}: just made (says when to check again). */
    ResultView resultView(TriageResult r, String areaId, List<SessionSummary> before, Instant when, formcoach.paincheck.Region region, boolean fresh) {
        return new ResultPresenter(region, checker.notice(region)).present(r, "Checked " + Words.dateTime(when, clock.getZone()),
                formLink(before, areaId, when), fresh ? recheckText(when) : "");
    }

    private String recheckText(Instant now) {
        if (!recheck) {
            return "We'll ask again at 24 h, 48 h, 72 h and 7 days after this check: open Pain check then and it asks first.";
        }
        List<PainCheckRecord> with = new ArrayList<>(saved);
        with.add(PainCheckRecord.of("pending", now, pending.facts(), pending.result(), null, null, List.of()));
        return Rechecks.next(with, now)
                .map(r -> "We'll ask again " + Words.dateTime(r.dueAt(), clock.getZone()) + " (" + Words.span(r.after())
                        + " after your first check).")
                .orElse("That was the last re-check for this pain. If it comes back or changes, start a new check.");
    }

    private FormLink formLink(List<SessionSummary> before, String areaId, Instant now) {
        if (before.isEmpty()) {
            return null;
        }
        SessionSummary last = before.get(before.size() - 1);
        List<String> lifts = lifts(before);
        String did = "Before this you did: " + (lifts.isEmpty()
                ? before.stream().map(SessionSummary::title).distinct().reduce((a, b) -> a + ", " + b).orElse("")
                : String.join(", ", lifts)) + " (" + Words.ago(Duration.between(last.time(), now)) + ")."
                + (recentNotes.isEmpty() ? "" : " " + String.join(" ", recentNotes));
        if (areaId == null || ELSEWHERE.equals(areaId)) {
            return new FormLink(did, null, null, null, null, null, null);
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(before.stream().flatMap(s -> s.liftIds().stream()).toList()));
        Optional<PainCheckLinks.FormHint> hint;
        try {
            hint = ids.isEmpty() ? Optional.empty() : links.formHint(ids, areaId);
        } catch (RuntimeException e) {
            hint = Optional.empty();
        }
        if (hint.isEmpty()) {
            return new FormLink(did, null, null, null, null, null, null);
        }
        PainCheckLinks.FormHint h = hint.get();
        String title = "Pain at the " + Words.lower(areaLabel(areaId)) + " after the " + h.exerciseName()
                + " often comes from " + Words.lower(h.faultName()) + ".";
        return new FormLink(did, title, h.note(), h.cue(), h.fix(), h.exerciseId(),
                "See the fix for " + Words.lower(h.faultName()) + " on the " + h.exerciseName());
    }

    String areaLabel(String id) {
        if (ELSEWHERE.equals(id)) {
            return "Somewhere else";
        }
        return links.areas().stream().filter(a -> a.id().equals(id)).map(PainCheckLinks.Area::label).findFirst().orElse(id);
    }

    /** The session being asked, for tests. */
    Optional<QuestionnaireSession> session() {
        return Optional.ofNullable(session);
    }

    /** The checker, once loaded. */
    public Optional<PainChecker> checker() {
        return Optional.ofNullable(checker);
    }

    /** Checks saved so far (as last loaded, plus those saved since). */
    public List<PainCheckRecord> saved() {
        return saved;
    }
}

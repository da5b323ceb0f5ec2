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
import formcoach.paincheck.QuestionnaireSession;
import formcoach.paincheck.Rechecks;
import formcoach.paincheck.Reason;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.TriageResult;
import formcoach.paincheck.ui.PainCheckModel.AnswerKind;
import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.Option;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.paincheck.ui.PainCheckModel.QuestionView;
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
    /** The id of the UI-only area question in the summary and for {@link #goTo}. */
    public static final String AREA_QUESTION = "area";
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
    private QuestionnaireSession session;
    private boolean recheck;
    /** The area answered, or null. */
    private String area;
    private String areaSuggestion;
    private boolean onAreaStep;
    private SaveJob pending;
    private Facts finishedFacts;
    private String finishedArea;

    /** What the start page needs, read in the background. */
    public record Startup(PainChecker checker, List<PainCheckRecord> history, String historyNotice, String historyProblem,
                          List<SessionSummary> sessions, String sessionsProblem, Instant at) {
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
        return new Startup(c, h, notice, problem, s, sessionsProblem, now);
    }

    /** Saves a finished check; the record comes back with its id. */
    public PainCheckRecord save(SaveJob job) throws StoreException {
        return history.add(job.facts(), job.result(), job.time(), job.area(), job.sessionNote(), job.notAsked());
    }

    /** Writes the one-page clinician PDF for the check just made (saved or not). */
    public void writeReport(ReportJob job, Path out) throws IOException {
        new ClinicianReport(job.checker().advice(), clock.getZone()).writeReport(out, job.checks(), job.sessions(), job.notice());
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
        model.problems().setAll(checker.ready() ? List.of() : checker.problems());
        model.lastSessionProperty().set(lastSessionLine(s.at()));
        model.recheckBannerProperty().set(checker.ready() ? recheckBanner(s.at()) : "");
        Page p = model.page();
        if (!checker.ready()) {
            model.pageProperty().set(Page.UNAVAILABLE);
        } else if (p == Page.LOADING || p == Page.UNAVAILABLE || p == Page.START) {
            model.pageProperty().set(Page.START);
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

    /** Checks a typed region: an ISO 3166 country code such as GB or US. Returns the code to save, or empty. */
    public Optional<String> acceptRegion(String typed) {
        Optional<String> code = formcoach.paincheck.Region.normaliseCode(typed);
        if (code.isEmpty()) {
            model.numberProblemProperty().set("Type your country's two-letter code, such as GB, IE, US, CA, AU or NZ. Still using "
                    + regionCode.get() + ".");
            return Optional.empty();
        }
        model.numberProblemProperty().set("");
        return code;
    }

    /** Shows the region's number and names; called when the settings change and once the checker is loaded. */
    private void showRegion() {
        if (checker == null) {
            return;
        }
        java.util.Optional<formcoach.paincheck.Region> known = checker.regionIfKnown(regionCode.get());
        if (known.isEmpty()) {
            model.emergencyNumberProperty().set("your local emergency number");
            return;
        }
        formcoach.paincheck.Region r = known.get();
        model.emergencyNumberProperty().set(r.emergencyNumber());
        model.regionWordsProperty().set(r.code() + ": call " + r.emergencyNumber() + " in an emergency; same day: "
                + r.sameDayService() + "; emergency department: " + r.emergencyDepartment());
    }

    // ---------------------------------------------------------------- FX thread: questions

    /** Starts a new check; a re-check shows the last check's answers pre-selected (to be confirmed). */
    public void start(boolean asRecheck) {
        if (checker == null || !checker.ready()) {
            return;
        }
        session = checker.startQuestionnaire();
        recheck = asRecheck && !saved.isEmpty();
        area = null;
        areaSuggestion = null;
        onAreaStep = false;
        pending = null;
        finishedFacts = null;
        finishedArea = null;
        model.resultProperty().set(null);
        model.saveStatusProperty().set("");
        model.reportStatusProperty().set("");
        Instant now = clock.instant();
        if (recheck) {
            PainCheckRecord previous = saved.get(saved.size() - 1);
            Facts earlier = Rechecks.prefill(previous, ZonedDateTime.now(clock));
            for (Question q : session.questions()) {
                if (!previous.notAsked().contains(q.fact())) {
                    session.suggest(q.id(), answerValue(earlier.get(q.factKey())));
                }
            }
            areaSuggestion = previous.area();
        } else {
            lastSession(now).ifPresent(s -> session.suggest(checker.questionnaire().questionFor(FactKey.ONSET_HOURS).id(),
                    (double) Math.round(Duration.between(s.time(), now).toMinutes() / 60.0)));
        }
        show();
    }

    /** Answers the question on screen and moves on (to the emergency screen at once when the answers are one). */
    public void answer(Object value) {
        if (session == null) {
            return;
        }
        if (onAreaStep) {
            if (!(value instanceof String s) || !(ELSEWHERE.equals(s) || links.areas().stream().anyMatch(a -> a.id().equals(s)))) {
                throw new IllegalArgumentException("the area question takes one of the areas, got " + value);
            }
            area = s;
            onAreaStep = false;
            show();
            return;
        }
        Question q = session.current().orElseThrow(() -> new IllegalStateException("no question is being asked"));
        session.answer(q.id(), value);
        show();
    }

    /** Back one question; from the first question, back to the start page. */
    public void back() {
        if (session == null) {
            return;
        }
        if (model.page() == Page.SUMMARY && everythingAnswered()) {
            onAreaStep = true;
            show();
        } else if (onAreaStep) {
            onAreaStep = false;
            session.back();
            show();
        } else if (model.page() == Page.SUMMARY) {
            show();
        } else if (session.canGoBack()) {
            session.back();
            show();
        } else {
            session = null;
            model.pageProperty().set(Page.START);
        }
    }

    /** Opens any answered question (or the area) to change it; answering returns to where the person was. */
    public void goTo(String questionId) {
        if (session == null) {
            return;
        }
        if (AREA_QUESTION.equals(questionId)) {
            onAreaStep = true;
        } else {
            onAreaStep = false;
            session.goTo(questionId);
        }
        show();
    }

    /** The list of answers so far, each with an Edit link; offers the result once everything is answered. */
    public void openSummary() {
        if (session == null) {
            return;
        }
        List<SummaryItem> items = new ArrayList<>();
        for (QuestionnaireSession.SummaryLine l : session.summary()) {
            items.add(new SummaryItem(l.questionId(), l.question(), l.answer()));
        }
        if (area != null) {
            items.add(new SummaryItem(AREA_QUESTION, Words.AREA_QUESTION, areaLabel(area)));
        }
        model.summary().setAll(items);
        model.allAnsweredProperty().set(everythingAnswered());
        model.pageProperty().set(Page.SUMMARY);
    }

    /** From the summary back to the next unanswered question. */
    public void resume() {
        show();
    }

    private boolean everythingAnswered() {
        return session != null && session.isComplete() && !session.emergencyStop() && area != null;
    }

    private void show() {
        // an emergency stops the questions, but an answer opened to change it is still shown
        if (session.emergencyStop() && (onAreaStep || session.current().isEmpty())) {
            onAreaStep = false;
            finish();
            return;
        }
        int total = session.questions().size() + 1;
        Optional<Question> q = onAreaStep ? Optional.empty() : session.current();
        if (q.isPresent()) {
            int index = session.questions().indexOf(q.get());
            model.questionProperty().set(view(q.get()));
            progress(index, total);
        } else if (onAreaStep || area == null) {
            onAreaStep = true;
            model.questionProperty().set(areaView());
            progress(total - 1, total);
        } else {
            openSummary();
            return;
        }
        model.canGoBackProperty().set(true);
        model.pageProperty().set(Page.QUESTION);
    }

    private void progress(int index, int total) {
        model.progressProperty().set((index + 1.0) / total);
        model.progressTextProperty().set("Question " + (index + 1) + " of " + total);
    }

    QuestionView view(Question q) {
        Object selected = session.answerTo(q.id()).or(() -> session.suggestion(q.id())).orElse(null);
        List<Option> options = new ArrayList<>();
        String context = "";
        AnswerKind kind;
        List<String> scale = List.of();
        switch (q.kind()) {
            case YES_NO -> {
                kind = AnswerKind.YES_NO;
                for (Question.Choice c : q.answers()) {
                    options.add(new Option(c.value(), c.label(), Boolean.TRUE.equals(c.value()) ? "Y" : "N"));
                }
            }
            case CHOICE -> {
                kind = AnswerKind.CHOICE;
                numbered(q.answers(), options);
            }
            case HOURS, DAYS -> {
                kind = q.kind() == Question.Kind.HOURS ? AnswerKind.HOURS : AnswerKind.DAYS;
                numbered(q.presets(), options);
                if (selected != null && options.stream().noneMatch(o -> same(o.value(), selected))) {
                    String label = kind == AnswerKind.HOURS && !recheck && !model.lastSessionProperty().get().isEmpty()
                            ? "Just now: " + Words.number((Number) selected) + " " + q.unit() + " after the session"
                            : Words.number((Number) selected) + " " + q.unit();
                    options.add(0, new Option(selected, label, ""));
                    renumber(options);
                }
                if (kind == AnswerKind.HOURS && !recheck) {
                    context = model.lastSessionProperty().get();
                }
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
            default -> throw new IllegalStateException("unknown kind " + q.kind());
        }
        if (recheck && session.answerTo(q.id()).isEmpty() && session.suggestion(q.id()).isPresent()) {
            context = (context.isEmpty() ? "" : context + " ") + "Your answer from last time is selected: press Enter to keep it, or pick another.";
        }
        return new QuestionView(q.id(), Words.section(q.section()), q.text(), q.why(), kind, options,
                selectedOption(options, selected), q.unit() == null ? "" : q.unit(), context, scale);
    }

    private QuestionView areaView() {
        List<Option> options = new ArrayList<>();
        int n = 1;
        for (PainCheckLinks.Area a : links.areas()) {
            options.add(new Option(a.id(), a.label(), n <= 9 ? String.valueOf(n) : ""));
            n++;
        }
        options.add(new Option(ELSEWHERE, "Somewhere else", n <= 9 ? String.valueOf(n) : ""));
        Object selected = area != null ? area : areaSuggestion;
        return new QuestionView(AREA_QUESTION, "Last question", Words.AREA_QUESTION, Words.AREA_WHY, AnswerKind.AREA,
                options, selectedOption(options, selected), "", "", List.of());
    }

    private static Object selectedOption(List<Option> options, Object selected) {
        return selected == null ? null : options.stream().map(Option::value).filter(v -> same(v, selected)).findFirst().orElse(selected);
    }

    private static void numbered(List<Question.Choice> choices, List<Option> out) {
        for (Question.Choice c : choices) {
            out.add(new Option(c.value(), c.label(), ""));
        }
        renumber(out);
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

    private static Object answerValue(Object factValue) {
        if (factValue instanceof PainCharacter c) {
            return c.id();
        }
        if (factValue instanceof PainLocation l) {
            return l.id();
        }
        return factValue;
    }

    /** The value a person typed for an hours or days question, or a message saying what is wrong. */
    public Object parseNumber(String typed) {
        QuestionView q = model.questionProperty().get();
        String t = typed == null ? "" : typed.trim().replace(',', '.');
        try {
            if (q.kind() == AnswerKind.HOURS) {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d) && d >= 0) {
                    return d;
                }
            } else if (q.kind() == AnswerKind.DAYS) {
                int i = Integer.parseInt(t);
                if (i >= 0) {
                    return i;
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(q.kind() == AnswerKind.HOURS
                ? "Type a number of hours, 0 or more (for example 30)."
                : "Type a whole number of days, 0 or more (for example 4).");
    }

    // ---------------------------------------------------------------- FX thread: result

    /** Decides the check (from the summary, or at once on an emergency answer) and shows the result. */
    public void finish() {
        if (session == null || !session.isComplete()) {
            return;
        }
        boolean emergency = session.emergencyStop();
        if (!emergency && area == null) {
            show();
            return;
        }
        Facts facts = session.toFacts();
        if (facts.equals(finishedFacts) && Objects.equals(area, finishedArea) && model.resultProperty().get() != null) {
            // the same answers again (e.g. back to the questions from the emergency screen): same result, no second save
            model.pageProperty().set(emergency ? Page.EMERGENCY : Page.RESULT);
            return;
        }
        finishedFacts = facts;
        finishedArea = area;
        formcoach.paincheck.Region number = checker.region(regionCode.get());
        TriageResult result = checker.check(facts, number);
        Instant now = clock.instant();
        List<SessionSummary> before = sessionsBefore(now);
        pending = new SaveJob(facts, result, now, emergency ? null : area, sessionNote(before, now),
                emergency ? session.notAsked() : List.of());
        model.resultProperty().set(resultView(result, emergency ? null : area, before, now, number, true));
        model.saveStatusProperty().set("Saving to your history…");
        model.reportStatusProperty().set("");
        model.pageProperty().set(emergency ? Page.EMERGENCY : Page.RESULT);
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
        model.saveStatusProperty().set("Saved to your history.");
    }

    public void applySaveFailed(String message) {
        model.saveStatusProperty().set("This check could not be saved: " + message + " The result still stands.");
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
        model.reportStatusProperty().set("Saved the PDF to " + out.toAbsolutePath());
    }

    public void applyReportFailed(String message) {
        model.reportStatusProperty().set("The PDF could not be saved: " + message);
    }

    /** Back to the start page after a result; a new check starts fresh. */
    public void done() {
        session = null;
        pending = null;
        model.pageProperty().set(Page.START);
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

    /** The result as the page shows it. {@code fresh}: just made (offers re-checks) rather than shown again from history. */
    ResultView resultView(TriageResult r, String areaId, List<SessionSummary> before, Instant when, formcoach.paincheck.Region number, boolean fresh) {
        // on an emergency only its own reasons: the rest may rest on questions never asked
        List<String> reasons = (r.level() == Level.EMERGENCY ? r.decisiveReasons() : r.reasons()).stream()
                .map(Reason::text).distinct().toList();
        return new ResultView(r.level(), Words.headline(r.level(), number.emergencyNumber()), r.action(), reasons, r.selfCare(), r.safetyNet(),
                checker.notice(number), r.level() == Level.EMERGENCY ? null : formLink(before, areaId, when),
                fresh ? recheckText(when) : "", "Checked " + Words.dateTime(when, clock.getZone()));
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
                : String.join(", ", lifts)) + " (" + Words.ago(Duration.between(last.time(), now)) + ").";
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

    /** The checker, once loaded. */
    public Optional<PainChecker> checker() {
        return Optional.ofNullable(checker);
    }

    /** Checks saved so far (as last loaded, plus those saved since). */
    public List<PainCheckRecord> saved() {
        return saved;
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ClinicianReport;
import formcoach.paincheck.FactKey;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.Reason;
import formcoach.paincheck.Rechecks;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.SorenessCourse;
import formcoach.paincheck.TriageResult;
import formcoach.paincheck.ui.HistoryModel.ChartPoint;
import formcoach.paincheck.ui.HistoryModel.ChartView;
import formcoach.paincheck.ui.HistoryModel.Row;
import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import formcoach.store.Loaded;
import formcoach.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The only part of History that calls the core: reads checks and sessions, merges them by time,
 * shows a check's result again, builds the soreness-course chart of its episode and writes PDFs.
 * {@link #load()} and {@link #writeReport} belong on a background thread, the rest on the FX thread.
 */
public final class HistoryInteractor {
    static final Duration SESSION_LOOKBACK = Duration.ofDays(7);

    private final HistoryModel model;
    private final Supplier<PainChecker> checkerSource;
    private final PainCheckHistory history;
    private final PainCheckLinks links;
    private final Clock clock;
    private final Supplier<String> regionCode;

    private PainChecker checker;
    /** Every saved check, marked ones too (the list shows them struck through). */
    private List<PainCheckRecord> checks = List.of();
    /** The checks that count: not marked as entered by mistake (chart, episodes, PDFs). */
    private List<PainCheckRecord> counted = List.of();
    /** Puts back what the last mark or delete changed; null when there is nothing to undo. */
    private volatile Undo undo;
    private List<SessionSummary> sessions = List.of();

    /** Everything History shows, read in the background. */
    public record Data(PainChecker checker, List<PainCheckRecord> checks, List<SessionSummary> sessions,
                       String problem, String notice, Instant at) {
    }

    /** A PDF to write: the checks (latest shown in full), the sessions and the notice. */
    public record ReportJob(PainChecker checker, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice,
                            String suggestedName) {
    }

    public HistoryInteractor(HistoryModel model, Supplier<PainChecker> checkerSource, PainCheckHistory history,
                             PainCheckLinks links, Clock clock, Supplier<String> regionCode) {
        this.model = Objects.requireNonNull(model);
        this.checkerSource = Objects.requireNonNull(checkerSource);
        this.history = Objects.requireNonNull(history);
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
        this.regionCode = Objects.requireNonNull(regionCode);
    }

    public Data load() {
        PainChecker c = checkerSource.get();
        List<String> problems = new ArrayList<>();
        String notice = null;
        List<PainCheckRecord> h = List.of();
        try {
            Loaded<List<PainCheckRecord>> l = history.loadAll();
            h = l.value();
            notice = l.notice().map(n -> n.message()).orElse(null);
        } catch (StoreException e) {
            problems.add("Your pain checks could not be read: " + e.getMessage());
        }
        Instant now = clock.instant();
        List<SessionSummary> s = List.of();
        try {
            s = links.sessionsBetween(Instant.EPOCH, now.plusSeconds(1));
        } catch (StoreException | RuntimeException e) {
            problems.add("Your sessions could not be read: " + e.getMessage());
        }
        if (!c.ready()) {
            problems.add("The pain check's files have problems, so saved results are shown without their advice: "
                    + String.join("; ", c.problems()));
        }
        return new Data(c, h, s, String.join(" ", problems), notice, now);
    }

    public void apply(Data d) {
        checker = d.checker();
        checks = d.checks().stream().sorted(Comparator.comparing(PainCheckRecord::time)).toList();
        counted = checks.stream().filter(c -> !c.enteredByMistake()).toList();
        sessions = d.sessions().stream().sorted(Comparator.comparing(SessionSummary::time)).toList();
        model.showProblem(d.problem());
        List<Row> rows = new ArrayList<>();
        ZoneId zone = clock.getZone();
        for (PainCheckRecord c : checks) {
            rows.add(checkRow(c, zone));
        }
        for (SessionSummary s : sessions) {
            rows.add(sessionRow(s, zone));
        }
        rows.sort(Comparator.comparing(Row::time).reversed());
        String keep = model.selectedProperty().get() == null ? null : model.selectedProperty().get().id();
        model.showRows(rows);
        if (!checks.isEmpty()) {
            model.offerRange(checks.get(0).time().atZone(zone).toLocalDate(), d.at().atZone(zone).toLocalDate());
        }
        Row pending = model.pendingDeleteProperty().get();
        if (pending != null) {
            model.awaitDelete(rows.stream().filter(r -> r.id().equals(pending.id())).findFirst().orElse(null));
        }
        Row pick = rows.stream().filter(r -> r.id().equals(keep)).findFirst()
                .or(() -> rows.stream().filter(Row::isCheck).findFirst())
                .orElse(null);
        select(pick);
    }

    private Row checkRow(PainCheckRecord c, ZoneId zone) {
        boolean stopped = !c.notAsked().isEmpty();
        String title = stopped ? "Stopped at an emergency answer"
                : Words.pattern(c.pattern()) + " · " + c.facts().severity() + "/10";
        String detail = c.areaId().map(this::areaLabel).orElse(stopped ? "" : "Area not given");
        if (c.enteredByMistake()) {
            detail = "Entered by mistake" + (detail.isEmpty() ? "" : " · " + detail);
        }
        return new Row(c.id(), c.time(), Words.dateTime(c.time(), zone), c.level(), Words.chip(c.level()), title, detail,
                c.enteredByMistake());
    }

    private Row sessionRow(SessionSummary s, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (!s.duration().isZero()) {
            parts.add(Words.duration(s.duration()));
        }
        if (!s.lifts().isEmpty()) {
            parts.add(String.join(", ", s.lifts()));
        }
        String title = s.title().isBlank() ? "Session" : s.title();
        return new Row("session-" + s.time(), s.time(), Words.dateTime(s.time(), zone), null,
                "plan".equals(s.kind()) ? "Plan" : "Session", title, String.join(" · ", parts));
    }

    String areaLabel(String id) {
        if (PainCheckInteractor.ELSEWHERE.equals(id)) {
            return "Somewhere else";
        }
        return links.areas().stream().filter(a -> a.id().equals(id)).map(PainCheckLinks.Area::label).findFirst().orElse(id);
    }

    /** Shows a check's result and its episode's chart; a session keeps the chart of the latest episode. */
    public void select(Row row) {
        model.select(row);
        Optional<PainCheckRecord> check = row == null || !row.isCheck() ? Optional.empty() : find(row.id());
        model.showDetail(check.map(this::notAskedWords).orElse(""), check.map(this::resultView).orElse(null));
        // a check marked as a mistake is on no chart: show the latest episode that counts
        PainCheckRecord focus = check.filter(c -> !c.enteredByMistake()).orElse(counted.isEmpty() ? null : counted.get(counted.size() - 1));
        model.showChart(focus == null ? null : chart(focus));
    }

    /** Selects the check with this id (a click on a chart point). */
    public void selectCheck(String id) {
        model.rows().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(this::select);
    }

    private Optional<PainCheckRecord> find(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A saved check's result as the pain check shows results: built by the one {@link ResultPresenter}. */
    ResultView resultView(PainCheckRecord c) {
        FormLink link = c.note().map(n -> new FormLink(n + ".", null, null, null, null, null, null)).orElse(null);
        String when = "Checked " + Words.dateTime(c.time(), clock.getZone())
                + c.areaId().map(a -> " · " + areaLabel(a)).orElse("")
                + (c.notAsked().isEmpty() ? "" : " · stopped at an emergency answer");
        if (checker == null || !checker.ready()) {
            String number = checker == null ? "your local emergency number"
                    : checker.regionIfKnown(regionCode.get()).map(formcoach.paincheck.Region::emergencyNumber).orElse("your local emergency number");
            // at URGENT and above only the decisive reasons, as everywhere else (rules §8)
            List<String> reasons = c.reasons().stream()
                    .filter(x -> !c.level().isAtLeast(formcoach.paincheck.Level.URGENT) || x.level() == c.level())
                    .map(Reason::text).distinct().toList();
            return new ResultView(c.level(), Words.headline(c.level(), number),
                    "The advice for this result cannot be shown because the pain check's files have problems.",
                    reasons, List.of(), List.of(), "", link, "", when);
        }
        formcoach.paincheck.Region region = checker.region(regionCode.get());
        TriageResult r = checker.resultOf(c, region);
        return new ResultPresenter(region, checker.notice(region)).present(r, when, link, "");
    }

    /** The questions a check that stopped at an emergency answer never asked, in words ("" for a full check). */
    String notAskedWords(PainCheckRecord c) {
        if (!c.stoppedEarly()) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (FactKey k : FactKey.values()) {
            if (c.asked(k)) {
                continue;
            }
            words.add(switch (k) {
                case ONSET_HOURS -> "when the pain began";
                case CHARACTER -> "what the pain feels like";
                case LOCATION -> "whether it is spread out or in one spot";
                case SEVERITY -> "how bad it is (0-10)";
                case DAYS_SINCE_ONSET -> "how many days it has lasted";
                default -> checker != null && checker.ready() ? checker.advice().words(k) : k.id();
            });
        }
        return "Not asked, because the check stopped at an emergency answer: " + String.join("; ", words) + ".";
    }

    /** The episode a check belongs to: its first check and every check within the re-check period after it (counted checks only). */
    List<PainCheckRecord> episodeOf(PainCheckRecord check) {
        PainCheckRecord anchor = null;
        List<PainCheckRecord> episode = new ArrayList<>();
        for (PainCheckRecord c : counted) {
            if (anchor == null || !c.time().isBefore(anchor.time().plus(Rechecks.EPISODE))) {
                if (episode.contains(check)) {
                    return episode;
                }
                anchor = c;
                episode = new ArrayList<>();
            }
            episode.add(c);
        }
        return episode;
    }

    ChartView chart(PainCheckRecord focus) {
        PainCheckRecord first = episodeOf(focus).get(0);
        Optional<SessionSummary> session = sessions.stream()
                .filter(s -> !s.time().isAfter(first.time()) && !s.time().isBefore(first.time().minus(SESSION_LOOKBACK)))
                .max(Comparator.comparing(SessionSummary::time));
        // only a severity that was asked, at a day that is known (the session's time, or the onset and days asked)
        List<PainCheckRecord> episode = episodeOf(focus).stream().filter(c -> c.asked(FactKey.SEVERITY)
                && (session.isPresent() || c.asked(FactKey.ONSET_HOURS) && c.asked(FactKey.DAYS_SINCE_ONSET))).toList();
        List<SorenessCourse.Point> series = SorenessCourse.series(episode, session.map(SessionSummary::time).orElse(null));
        List<SorenessCourse.Assessed> assessed = SorenessCourse.assess(series);
        List<ChartPoint> points = new ArrayList<>();
        double max = 7;
        for (int i = 0; i < episode.size(); i++) {
            PainCheckRecord c = episode.get(i);
            SorenessCourse.Assessed a = assessed.get(i);
            double days = a.point().hoursSinceSession() / 24.0;
            max = Math.max(max, Math.ceil(days + 0.5));
            String outside = a.deviations().stream().sorted().map(d -> checker != null && checker.ready()
                    ? checker.advice().courseText(d) : d.name()).reduce((x, y) -> x + " " + y).orElse("");
            String tip = Words.dateTime(c.time(), clock.getZone()) + ": " + c.facts().severity() + "/10, day "
                    + String.format(java.util.Locale.ROOT, "%.1f", days) + " after the session.\n"
                    + (outside.isEmpty() ? "Within the usual course of soreness." : "Outside the usual course: " + outside);
            points.add(new ChartPoint(c.id(), days, c.facts().severity(), outside, tip));
        }
        String subtitle = session.map(s -> "Days since " + Words.sessionName(s) + " on " + Words.dateTime(s.time(), clock.getZone()) + ".")
                .orElse("Days since the session, estimated from your answers (no session was recorded before this check).");
        return new ChartView("Your pain against the usual course of soreness", subtitle, points, Math.min(max, 30));
    }

    // ------------------------------------------------------------------ mark, delete, undo

    /** Undoes one change; runs on the background thread like the change itself. */
    @FunctionalInterface
    public interface Undo {
        void run() throws StoreException;
    }

    /** A change to make in the background: the work, and what to say when it is done. */
    public record Change(String what, Undo work) {
    }

    /** The selected check as a change that marks it as entered by mistake, or clears the mark; empty for a session. */
    public Optional<Change> toggleMistakeOfSelected() {
        Row row = model.selectedProperty().get();
        if (row == null || !row.isCheck()) {
            return Optional.empty();
        }
        boolean mark = !row.mistake();
        String id = row.id();
        String what = mark ? "Marked the check of " + row.date() + " as entered by mistake. It stays in the list, struck through, "
                + "and is left out of the chart and the PDF." : "The check of " + row.date() + " counts again.";
        return Optional.of(new Change(what, () -> {
            history.markEnteredByMistake(id, mark);
            undo = () -> history.markEnteredByMistake(id, !mark);
        }));
    }

    /** Asks for confirmation before deleting the selected check (nothing happens for a session). */
    public void requestDelete() {
        Row row = model.selectedProperty().get();
        model.awaitDelete(row != null && row.isCheck() ? row : null);
    }

    public void cancelDelete() {
        model.awaitDelete(null);
    }

    /** The confirmed delete as a change, or empty when no delete is waiting for confirmation. */
    public Optional<Change> confirmDelete() {
        Row row = model.pendingDeleteProperty().get();
        model.awaitDelete(null);
        if (row == null) {
            return Optional.empty();
        }
        String id = row.id();
        return Optional.of(new Change("Deleted the check of " + row.date() + ".", () -> {
            PainCheckRecord gone = history.delete(id);
            undo = () -> history.restore(gone);
        }));
    }

    /** The undo of the last change as a change of its own, or empty when there is nothing to undo. */
    public Optional<Change> undoLast() {
        Undo u = undo;
        if (u == null) {
            return Optional.empty();
        }
        return Optional.of(new Change("Undone.", () -> {
            u.run();
            undo = null;
        }));
    }

    /** Runs a change (background thread) and reads everything again for {@link #applyChanged}. */
    public Data runChange(Change change) throws StoreException {
        undo = null;
        change.work().run();
        return load();
    }

    /** After a change: the list, chart and detail from the fresh data, the message, and whether undo is offered. */
    public void applyChanged(Change change, Data d) {
        apply(d);
        model.showChange(change.what(), undo != null);
    }

    public void applyChangeFailed(Change change, String message) {
        model.showChange("That did not work, so nothing was changed: " + message, undo != null);
    }

    // ------------------------------------------------------------------ PDF

    /** The selected check's report: it and the earlier checks of its episode (for the trend). */
    public Optional<ReportJob> reportForSelected() {
        Row row = model.selectedProperty().get();
        Optional<PainCheckRecord> c = row == null || !row.isCheck() ? Optional.empty() : find(row.id());
        if (c.isEmpty() || !ready()) {
            model.showExportStatus(ready() ? "Pick a pain check in the list first." : cannotReport());
            return Optional.empty();
        }
        if (c.get().enteredByMistake()) {
            model.showExportStatus("This check is marked as entered by mistake, so it is left out of PDFs. "
                    + "Choose \u201cCount it again\u201d first if it was right after all.");
            return Optional.empty();
        }
        List<PainCheckRecord> upTo = episodeOf(c.get()).stream().filter(x -> !x.time().isAfter(c.get().time())).toList();
        return Optional.of(job(upTo, "pain-check-" + c.get().time().atZone(clock.getZone()).toLocalDate() + ".pdf"));
    }

    /** Every check from the first to the last chosen day, inclusive. */
    public Optional<ReportJob> reportForRange() {
        LocalDate from = model.fromProperty().get();
        LocalDate to = model.toProperty().get();
        if (!ready()) {
            model.showExportStatus(cannotReport());
            return Optional.empty();
        }
        if (from == null || to == null) {
            model.showExportStatus("Choose both dates first.");
            return Optional.empty();
        }
        if (to.isBefore(from)) {
            model.showExportStatus("The end date " + to + " is before the start date " + from + ". Swap them and try again.");
            return Optional.empty();
        }
        ZoneId zone = clock.getZone();
        List<PainCheckRecord> in = counted.stream().filter(c -> {
            LocalDate d = c.time().atZone(zone).toLocalDate();
            return !d.isBefore(from) && !d.isAfter(to);
        }).toList();
        if (in.isEmpty()) {
            model.showExportStatus("There are no pain checks from " + from + " to " + to
                    + (checks.stream().anyMatch(c -> c.enteredByMistake() && !c.time().atZone(zone).toLocalDate().isBefore(from)
                    && !c.time().atZone(zone).toLocalDate().isAfter(to)) ? " (checks marked as entered by mistake are left out)." : "."));
            return Optional.empty();
        }
        return Optional.of(job(in, "pain-checks-" + from + "-to-" + to + ".pdf"));
    }

    private boolean ready() {
        return checker != null && checker.ready();
    }

    private static String cannotReport() {
        return "The PDF cannot be made because the pain check's files have problems.";
    }

    private ReportJob job(List<PainCheckRecord> list, String name) {
        return new ReportJob(checker, list, sessions, checker.notice(checker.region(regionCode.get())), name);
    }

    public void writeReport(ReportJob job, Path out) throws IOException {
        writeReport(job, out, ClinicianReport.Person.NONE);
    }

    /** Writes the PDF with the person's name and date of birth (either may be absent). */
    public void writeReport(ReportJob job, Path out, ClinicianReport.Person person) throws IOException {
        new ClinicianReport(job.checker().advice(), clock.getZone()).writeReport(out, job.checks(), job.sessions(), job.notice(),
                job.checker().region(regionCode.get()), person);
    }

    public void applyReportWritten(Path out) {
        model.showExportStatus("Saved the PDF to " + out.toAbsolutePath());
    }

    public void applyReportFailed(String message) {
        model.showExportStatus("The PDF could not be saved: " + message);
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.ui.BackgroundTask;
import formcoach.ui.Notices;
import formcoach.ui.TaskExecutor;
import formcoach.ui.UiContext;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Wires the pain-check model, view and interactor and owns the threads: loading, saving and the PDF
 * run as {@link BackgroundTask}s on the context's task executor; model changes happen on the FX thread.
 */
public final class PainCheckController {
    private final UiContext ctx;
    private final PainCheckModel model = new PainCheckModel();
    private final PainCheckInteractor interactor;
    private final ReportDialog dialog;
    private final TaskExecutor tasks;
    private final PainCheckViewBuilder builder;
    private final Region view;
    private final Set<String> posted = new HashSet<>();
    private PainCheckInteractor.SaveJob submitted;
    private boolean loaded;
    private Runnable afterLoad;

    public PainCheckController(UiContext ctx, PainCheckLinks links, Supplier<PainChecker> checkerSource, ReportDialog dialog) {
        this.ctx = ctx;
        this.dialog = dialog;
        this.tasks = ctx.tasks();
        Supplier<PainChecker> once = memoise(checkerSource);
        this.interactor = new PainCheckInteractor(model, once, new PainCheckHistory(ctx.store()), links, ctx.clock(),
                () -> ctx.settings().region());
        model.useRegion(ctx.settings().region());
        ctx.settingsProperty().addListener((o, a, s) -> model.useRegion(s.region()));
        this.builder = new PainCheckViewBuilder(model, new PainCheckViewBuilder.Actions(
                () -> act(() -> interactor.start(false)),
                () -> act(() -> interactor.start(true)),
                (item, v) -> act(() -> interactor.answer(item, v)),
                this::typedNumber,
                () -> act(interactor::noneOfThese),
                () -> act(interactor::next),
                () -> act(interactor::back),
                () -> act(interactor::openSummary),
                id -> act(() -> interactor.goTo(id)),
                () -> act(interactor::resume),
                () -> act(interactor::finish),
                this::savePdf,
                this::done,
                id -> ctx.navigator().openExercise(id),
                this::chooseRegion), interactor.regionChoices());
        this.view = builder.build();
    }

    public Region view() {
        return view;
    }

    /** Puts the keyboard on the page at once (the section came to the front: a key typed right after may be queued). */
    public void focus() {
        builder.focusFirst();
    }

    public PainCheckModel model() {
        return model;
    }

    PainCheckInteractor interactor() {
        return interactor;
    }

    /** Reloads the history, sessions and due re-check in the background. */
    public void refresh() {
        BackgroundTask.of(interactor::loadStart)
                .onRunning(() -> model.startWork())
                .onFinished(() -> model.endWork())
                .onFailure(e -> post(Notices.Kind.ERROR, "The pain check could not load: " + BackgroundTask.message(e)))
                .onSuccess(s -> {
                    interactor.applyStart(s);
                    loaded = true;
                    if (s.historyProblem() != null) {
                        post(Notices.Kind.ERROR, s.historyProblem());
                    }
                    if (s.historyNotice() != null) {
                        post(Notices.Kind.WARNING, s.historyNotice());
                    }
                    if (s.sessionsProblem() != null) {
                        post(Notices.Kind.WARNING, s.sessionsProblem());
                    }
                    if (afterLoad != null) {
                        Runnable r = afterLoad;
                        afterLoad = null;
                        r.run();
                    }
                })
                .executeWith(tasks);
    }

    /** Starts a new check, once the checker is loaded (used by "start a pain check" from elsewhere). */
    public void startWhenReady() {
        Runnable go = () -> {
            if (model.page() != Page.UNAVAILABLE) {
                act(() -> interactor.start(false));
            }
        };
        if (loaded) {
            go.run();
        } else {
            afterLoad = go;
        }
    }

    /** Runs a model change, then saves the check if it has just been decided. */
    void act(Runnable change) {
        change.run();
        PainCheckInteractor.SaveJob job = interactor.pendingSave();
        if (job != null && job != submitted && (model.page() == Page.RESULT || model.page() == Page.EMERGENCY)) {
            submitted = job;
            save(job);
        }
    }

    private void save(PainCheckInteractor.SaveJob job) {
        if (!ctx.storeWritable()) {
            interactor.applySaveFailed("the data folder cannot be written.");
            ctx.notices().post(Notices.Kind.ERROR, "This pain check was not saved: the data folder cannot be written.");
            return;
        }
        BackgroundTask.of(() -> interactor.save(job))
                .onSuccess(interactor::applySaved)
                .onFailure(e -> {
                    String msg = BackgroundTask.message(e);
                    interactor.applySaveFailed(msg);
                    ctx.notices().post(Notices.Kind.ERROR, "A pain check could not be saved to your history: " + msg);
                })
                .executeWith(tasks);
    }

    private void typedNumber(String itemId, String text) {
        try {
            Object v = interactor.parseNumber(itemId, text);
            act(() -> interactor.answer(itemId, v));
        } catch (IllegalArgumentException e) {
            ctx.notices().post(Notices.Kind.INFO, e.getMessage());
        }
    }

    private void chooseRegion(String code) {
        if (code != null && !code.equals(ctx.settings().region())) {
            ctx.updateSettings(s -> s.withRegion(code));
        }
    }

    private void savePdf() {
        Optional<PainCheckInteractor.ReportJob> job = interactor.reportJob();
        if (job.isEmpty()) {
            return;
        }
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        PainCheckRecord latest = job.get().checks().get(job.get().checks().size() - 1);
        String name = "pain-check-" + DateTimeFormatter.ISO_LOCAL_DATE.format(latest.time().atZone(ctx.clock().getZone())) + ".pdf";
        formcoach.store.Settings s = ctx.settings();
        Optional<ReportDialog.Request> req = dialog.askWithPerson(owner, name, s.reportName(),
                formcoach.paincheck.ClinicianReport.Person.of(null, s.reportBirthDate()).birthDate());
        if (req.isEmpty()) {
            return;
        }
        Path out = req.get().out();
        formcoach.paincheck.ClinicianReport.Person person = new formcoach.paincheck.ClinicianReport.Person(req.get().name(), req.get().birthDate());
        // kept for the next PDF, in History and on the command line
        ctx.updateSettings(old -> old.withReportPerson(person.name(), person.birthDate() == null ? null : person.birthDate().toString()));
        BackgroundTask.of(() -> {
                    interactor.writeReport(job.get(), out, person);
                    return out;
                })
                .onRunning(() -> {
                    model.startWork();
                    model.showReportStatus("Saving the PDF\u2026");
                })
                .onFinished(() -> model.endWork())
                .onSuccess(interactor::applyReportWritten)
                .onFailure(e -> interactor.applyReportFailed(BackgroundTask.message(e)))
                .executeWith(tasks);
    }

    private void done() {
        interactor.done();
        refresh();
    }

    private void post(Notices.Kind kind, String text) {
        if (posted.add(text)) {
            ctx.notices().post(kind, text);
        }
    }

    /** The first value {@code s} gives, kept; a view built twice, or two views, read the rules once. */
    public static <T> Supplier<T> memoise(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ClinicianReport;
import formcoach.paincheck.PainCheckHistory;
import formcoach.store.Settings;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.ui.BackgroundTask;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Wires History's model, view and interactor; loads and writes PDFs on the background executor. */
public final class HistoryController {
    private final UiContext ctx;
    private final HistoryModel model = new HistoryModel();
    private final HistoryInteractor interactor;
    private final ReportDialog dialog;
    private final Region view;
    private final Set<String> posted = new HashSet<>();

    public HistoryController(UiContext ctx, PainCheckLinks links, Supplier<PainChecker> checkerSource, ReportDialog dialog) {
        this.ctx = ctx;
        this.dialog = dialog;
        this.interactor = new HistoryInteractor(model, PainCheckController.memoise(checkerSource), new PainCheckHistory(ctx.store()),
                links, ctx.clock(), () -> ctx.settings().region());
        this.view = new HistoryViewBuilder(model, new HistoryViewBuilder.Actions(
                interactor::select,
                interactor::selectCheck,
                () -> export(interactor.reportForSelected()),
                () -> export(interactor.reportForRange()),
                () -> ctx.navigator().startPainCheck(),
                id -> ctx.navigator().openExercise(id)),
                new HistoryViewBuilder.Changes(
                        () -> change(interactor.toggleMistakeOfSelected()),
                        interactor::requestDelete,
                        () -> change(interactor.confirmDelete()),
                        interactor::cancelDelete,
                        () -> change(interactor.undoLast()))).build();
    }

    public Region view() {
        return view;
    }

    public HistoryModel model() {
        return model;
    }

    HistoryInteractor interactor() {
        return interactor;
    }

    /** Puts the keyboard on the list at once (History came to the front: a key typed right after may be queued). */
    public void focus() {
        if (model().stateProperty().get() == HistoryModel.State.LOADING) {
            // shown for the first time, before the checks were read: the keyboard goes to the list or
            // to "Start a pain check" when they appear, if History is still on screen then
            model().stateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends HistoryModel.State> o,
                                    HistoryModel.State was, HistoryModel.State now) {
                    o.removeListener(this);
                    if (view.getScene() != null) {
                        focus();
                    }
                }
            });
            return;
        }
        javafx.scene.Node start = view.lookup("#history-start-check");
        if (start != null && model().stateProperty().get() == HistoryModel.State.EMPTY) {
            // no checks yet: the keyboard on "Start a pain check"
            formcoach.ui.Focus.now(view, start);
            return;
        }
        javafx.scene.Node list = view.lookup("#history-list");
        if (list == null && view.getScene() != null) {
            // shown for the first time: the list is reached through skins made by a CSS pass
            view.applyCss();
            list = view.lookup("#history-list");
        }
        if (list != null) {
            formcoach.ui.Focus.now(view, list);
        }
    }

    /** Reads checks and sessions again in the background (each time History comes to the front). */
    public void refresh() {
        BackgroundTask.of(interactor::load)
                .onSuccess(d -> {
                    interactor.apply(d);
                    if (d.notice() != null) {
                        post(Notices.Kind.WARNING, d.notice());
                    }
                })
                .onFailure(e -> post(Notices.Kind.ERROR, "History could not load: " + e.getMessage()))
                .executeWith(ctx.tasks());
    }

    /** Marks, deletes or undoes in the background, then shows the list again with what was done. */
    private void change(Optional<HistoryInteractor.Change> change) {
        if (change.isEmpty()) {
            return;
        }
        model.showChangeStatus("Saving\u2026");
        BackgroundTask.of(() -> interactor.runChange(change.get()))
                .onSuccess(d -> interactor.applyChanged(change.get(), d))
                .onFailure(e -> {
                    interactor.applyChangeFailed(change.get(), e instanceof formcoach.paincheck.PainCheckHistory.UnknownCheckException
                            ? "the check is no longer saved (it may have been deleted in another window)" : BackgroundTask.message(e));
                    refresh();
                })
                .executeWith(ctx.tasks());
    }

    private void export(Optional<HistoryInteractor.ReportJob> job) {
        if (job.isEmpty()) {
            return;
        }
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        Settings s = ctx.settings();
        Optional<ReportDialog.Request> req = dialog.askWithPerson(owner, job.get().suggestedName(), s.reportName(),
                ClinicianReport.Person.of(null, s.reportBirthDate()).birthDate());
        if (req.isEmpty()) {
            return;
        }
        Path target = req.get().out();
        ClinicianReport.Person person = new ClinicianReport.Person(req.get().name(), req.get().birthDate());
        // kept for the next PDF (and for the command line's report)
        ctx.updateSettings(old -> old.withReportPerson(person.name(), person.birthDate() == null ? null : person.birthDate().toString()));
        model.showExportStatus("Saving the PDF…");
        BackgroundTask.of(() -> {
                    interactor.writeReport(job.get(), target, person);
                    return target;
                })
                .onSuccess(interactor::applyReportWritten)
                .onFailure(e -> interactor.applyReportFailed(BackgroundTask.message(e)))
                .executeWith(ctx.tasks());
    }

    private void post(Notices.Kind kind, String text) {
        if (posted.add(text)) {
            ctx.notices().post(kind, text);
        }
    }
}

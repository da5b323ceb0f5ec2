package formcoach.paincheck.ui;

import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
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
                id -> ctx.navigator().openExercise(id))).build();
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

    /** Reads checks and sessions again in the background (each time History comes to the front). */
    public void refresh() {
        ctx.inBackground(interactor::load).whenComplete((d, err) -> Platform.runLater(() -> {
            if (err != null) {
                post(Notices.Kind.ERROR, "History could not load: " + PainCheckController.cause(err).getMessage());
                return;
            }
            interactor.apply(d);
            if (d.notice() != null) {
                post(Notices.Kind.WARNING, d.notice());
            }
        }));
    }

    private void export(Optional<HistoryInteractor.ReportJob> job) {
        if (job.isEmpty()) {
            return;
        }
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        Optional<Path> out = dialog.ask(owner, job.get().suggestedName());
        if (out.isEmpty()) {
            return;
        }
        model.exportStatusProperty().set("Saving the PDF…");
        ctx.inBackground(() -> {
            try {
                interactor.writeReport(job.get(), out.get());
                return out.get();
            } catch (java.io.IOException | RuntimeException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((p, err) -> Platform.runLater(() -> {
            if (err != null) {
                interactor.applyReportFailed(PainCheckController.message(PainCheckController.cause(err)));
            } else {
                interactor.applyReportWritten(p);
            }
        }));
    }

    private void post(Notices.Kind kind, String text) {
        if (posted.add(text)) {
            ctx.notices().post(kind, text);
        }
    }
}

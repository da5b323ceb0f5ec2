package formcoach.paincheck.ui;

import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.store.StoreException;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Wires the pain-check model, view and interactor and owns the threads: loading and saving run on
 * the context's background executor, model changes on the FX thread.
 */
public final class PainCheckController {
    private final UiContext ctx;
    private final PainCheckLinks links;
    private final PainCheckModel model = new PainCheckModel();
    private final PainCheckInteractor interactor;
    private final ReportDialog dialog;
    private final Region view;
    private final Set<String> posted = new HashSet<>();
    private PainCheckInteractor.SaveJob submitted;
    private boolean loaded;
    private Runnable afterLoad;

    public PainCheckController(UiContext ctx, PainCheckLinks links, Supplier<PainChecker> checkerSource, ReportDialog dialog) {
        this.ctx = ctx;
        this.links = links;
        this.dialog = dialog;
        Supplier<PainChecker> once = memoise(checkerSource);
        this.interactor = new PainCheckInteractor(model, once, new PainCheckHistory(ctx.store()), links, ctx.clock(),
                () -> ctx.settings().region());
        model.regionCodeProperty().set(ctx.settings().region());
        ctx.settingsProperty().addListener((o, a, s) -> model.regionCodeProperty().set(s.region()));
        this.view = new PainCheckViewBuilder(model, new PainCheckViewBuilder.Actions(
                () -> act(() -> interactor.start(false)),
                () -> act(() -> interactor.start(true)),
                v -> act(() -> interactor.answer(v)),
                this::typedNumber,
                () -> act(interactor::back),
                () -> act(interactor::openSummary),
                id -> act(() -> interactor.goTo(id)),
                () -> act(interactor::resume),
                () -> act(interactor::finish),
                this::savePdf,
                this::done,
                id -> ctx.navigator().openExercise(id),
                this::saveNumber)).build();
    }

    public Region view() {
        return view;
    }

    public PainCheckModel model() {
        return model;
    }

    PainCheckInteractor interactor() {
        return interactor;
    }

    /** Reloads the history, sessions and due re-check in the background. */
    public void refresh() {
        model.busyProperty().set(true);
        ctx.inBackground(interactor::loadStart).whenComplete((s, err) -> Platform.runLater(() -> {
            model.busyProperty().set(false);
            if (err != null) {
                post(Notices.Kind.ERROR, "The pain check could not load: " + cause(err).getMessage());
                return;
            }
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
        }));
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
        ctx.inBackground(() -> {
            try {
                return interactor.save(job);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((rec, err) -> Platform.runLater(() -> {
            if (err != null) {
                String msg = cause(err).getMessage();
                interactor.applySaveFailed(msg);
                ctx.notices().post(Notices.Kind.ERROR, "A pain check could not be saved to your history: " + msg);
            } else {
                interactor.applySaved(rec);
            }
        }));
    }

    private void typedNumber(String text) {
        try {
            Object v = interactor.parseNumber(text);
            act(() -> interactor.answer(v));
        } catch (IllegalArgumentException e) {
            model.reportStatusProperty().set("");
            ctx.notices().post(Notices.Kind.INFO, e.getMessage());
        }
    }

    private void saveNumber(String text) {
        interactor.acceptRegion(text).ifPresent(code -> ctx.updateSettings(s -> s.withRegion(code)));
    }

    private void savePdf() {
        Optional<PainCheckInteractor.ReportJob> job = interactor.reportJob();
        if (job.isEmpty()) {
            return;
        }
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        PainCheckRecord latest = job.get().checks().get(job.get().checks().size() - 1);
        String name = "pain-check-" + DateTimeFormatter.ISO_LOCAL_DATE.format(latest.time().atZone(ctx.clock().getZone())) + ".pdf";
        Optional<Path> out = dialog.ask(owner, name);
        if (out.isEmpty()) {
            return;
        }
        model.busyProperty().set(true);
        model.reportStatusProperty().set("Saving the PDF…");
        ctx.inBackground(() -> {
            try {
                interactor.writeReport(job.get(), out.get());
                return out.get();
            } catch (java.io.IOException | RuntimeException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((p, err) -> Platform.runLater(() -> {
            model.busyProperty().set(false);
            if (err != null) {
                interactor.applyReportFailed(message(cause(err)));
            } else {
                interactor.applyReportWritten(p);
            }
        }));
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

    static Throwable cause(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String message(Throwable t) {
        if (t instanceof java.nio.file.AccessDeniedException a) {
            return "you may not write to " + a.getFile() + ". Pick another folder.";
        }
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return "the folder for " + n.getFile() + " does not exist. Pick another folder.";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
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

package formcoach.paincheck.ui;

import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.ui.Section;
import formcoach.ui.UiContext;
import javafx.scene.Node;

import java.util.function.Supplier;

/** The "History" place on the rail: checks and sessions over time, the soreness-course chart, PDF export. */
public final class HistorySection implements Section {
    public static final String ID = "history";
    private final UiContext ctx;
    private final PainCheckLinks links;
    private final Supplier<PainChecker> checker;
    private final ReportDialog dialog;
    private HistoryController controller;

    public HistorySection(UiContext ctx, PainCheckLinks links) {
        this(ctx, links, PainChecker::load, ReportDialog.fileChooser());
    }

    public HistorySection(UiContext ctx, PainCheckLinks links, Supplier<PainChecker> checker, ReportDialog dialog) {
        this.ctx = ctx;
        this.links = links;
        this.checker = checker;
        this.dialog = dialog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node view() {
        return controller().view();
    }

    @Override
    public void shown() {
        controller().refresh();
        controller().focus();
    }

    HistoryController controller() {
        if (controller == null) {
            controller = new HistoryController(ctx, links, checker, dialog);
        }
        return controller;
    }
}

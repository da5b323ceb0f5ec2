package formcoach.paincheck.ui;

import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.ui.Section;
import formcoach.ui.UiContext;
import javafx.scene.Node;

import java.util.function.Supplier;

/** The "Pain check" place on the rail: start page, questions, summary, emergency screen and result. */
public final class PainCheckSection implements Section {
    public static final String ID = "paincheck";
    private final UiContext ctx;
    private final PainCheckLinks links;
    private final Supplier<PainChecker> checker;
    private final ReportDialog dialog;
    private PainCheckController controller;

    public PainCheckSection(UiContext ctx, PainCheckLinks links) {
        this(ctx, links, PainChecker::load, ReportDialog.fileChooser());
    }

    /** With another rules source (a broken one in tests) and save dialog. */
    public PainCheckSection(UiContext ctx, PainCheckLinks links, Supplier<PainChecker> checker, ReportDialog dialog) {
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

    @Override
    public void open(String target) {
        if ("start".equals(target)) {
            controller().startWhenReady();
        }
    }

    PainCheckController controller() {
        if (controller == null) {
            controller = new PainCheckController(ctx, links, checker, dialog);
        }
        return controller;
    }
}

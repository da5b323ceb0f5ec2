package formcoach.log.ui;

import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.store.StoreException;
import formcoach.ui.Section;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The training log on the rail (Ctrl+5): the day's entry with load and recovery beside it, the
 * pictures, and import with the review of unmatched names. Alt+1/2/3 switch between them. The log
 * loads in the background once the library has.
 */
public final class LogSection implements Section {
    public static final String ID = "log";

    private final UiContext ctx;
    private final LogModel model = new LogModel();
    private final LogActions actions;
    private final TabPane tabs = new TabPane();
    final EntryPane entry;
    final ChartsPane charts;
    final ReviewPane review;
    /** the links to before-you-lift, the timer and the pain check: offered sessions, the one-exercise deload */
    final LogLinks links;

    public LogSection(UiContext ctx, CompletableFuture<Library> library) {
        this(ctx, library, LogSection::chooseExport);
    }

    LogSection(UiContext ctx, CompletableFuture<Library> library, Function<Window, Optional<Path>> chooser) {
        this.ctx = ctx;
        this.actions = new LogActions(ctx, model);
        model.showDay(LocalDate.now(ctx.clock()));
        entry = new EntryPane(model, actions);
        charts = new ChartsPane(model);
        review = new ReviewPane(model, actions, chooser);
        links = new LogLinks(ctx, library, model, actions, entry);
        Tab t1 = new Tab("Today (Alt+1)", links.today());
        Tab t2 = new Tab("Pictures (Alt+2)", charts.view());
        Tab t3 = new Tab("Import & review names (Alt+3)", review.view());
        for (Tab t : new Tab[] {t1, t2, t3}) {
            t.setClosable(false);
        }
        tabs.getTabs().setAll(t1, t2, t3);
        tabs.setId("log-tabs");
        tabs.getStyleClass().add("log-section");
        // Alt+1/2/3 work wherever the focus is while the section is on screen (its view leaves the
        // scene when another section is shown)
        tabs.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !scene.getProperties().containsKey(LogSection.class)) {
                scene.getProperties().put(LogSection.class, Boolean.TRUE);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (tabs.getScene() == scene) {
                        onAltDigit(e);
                    }
                });
            }
        });
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> Platform.runLater(this::focusTab));
        library.thenAcceptAsync(lib -> {
            try {
                LogBook book = LogBook.open(ctx.store(), ctx.clock(), lib.all());
                Platform.runLater(() -> {
                    model.setBook(book);
                    for (String n : book.log().notices()) {
                        ctx.notices().post(formcoach.ui.Notices.Kind.WARNING, n);
                    }
                });
            } catch (StoreException e) {
                Platform.runLater(() -> model.showMessage("The training log could not be read: " + e.getMessage()));
            }
        }, ctx.executor());
    }

    private void onAltDigit(KeyEvent e) {
        for (int i = 0; i < 3; i++) {
            if (new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.ALT_DOWN).match(e)) {
                tabs.getSelectionModel().select(i);
                focusTab();
                e.consume();
                return;
            }
        }
    }

    private void focusTab() {
        switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 0 -> {
                if (links.draft().showing()) {
                    links.focus();
                } else {
                    entry.focus();
                }
            }
            case 2 -> review.focus();
            default -> tabs.requestFocus();
        }
    }

    private static Optional<Path> chooseExport(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import a Strong or Hevy export");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV exports and Form Coach log files", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    LogModel model() {
        return model;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void shown() {
        if (model.book() != null) {
            // another process (the command line) may have saved meanwhile
            actions.run(b -> {
                b.log().reload();
                return b;
            }, b -> { });
        }
        // the tabs' content joins the scene only once the tab pane's skin is made (the first time the
        // section is shown, at the next pulse): made now, so that the keyboard can go there at once
        tabs.applyCss();
        if (links.shown()) {
            tabs.getSelectionModel().select(0);
        }
        // at once, not later: a key typed right after the switch (Ctrl+5) may already be queued ahead
        // of anything run later, and would go to the node that had the focus in the section left behind
        focusTab();
    }

    @Override
    public void open(String target) {
        if ("review".equals(target)) {
            tabs.getSelectionModel().select(2);
        } else if ("pictures".equals(target)) {
            tabs.getSelectionModel().select(1);
        } else {
            tabs.getSelectionModel().select(0);
        }
    }
}

package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

import java.time.LocalDate;

/**
 * Wires "before you lift": today's plan is read and saved off the FX thread; the cards answer Space,
 * → and ← and Esc wherever the focus is on them.
 */
final class CueCardsController {
    /** The routine the "Start the warm-up" button opens in the timer. */
    static final String WARM_UP_ROUTINE = "upper-back-warmup";

    interface Host {
        void leave();
    }

    private final UiContext ctx;
    private final Host host;
    private final CueCardsModel model = new CueCardsModel();
    private final CueCardsInteractor interactor;
    private final FeelPanel feel;
    private final CueCardsViewBuilder builder;
    private final Region view;
    private final formcoach.beforeyoulift.ui.BeforeLiftLinks links;
    /** Bumped on each start so a plan that arrives late cannot overwrite a newer session's picks. */
    private int session;

    CueCardsController(UiContext ctx, Library library, Host host) {
        this.ctx = ctx;
        this.host = host;
        this.interactor = new CueCardsInteractor(library, model);
        this.feel = new FeelPanel(interactor.feel());
        this.builder = new CueCardsViewBuilder(model, new CueCardsViewBuilder.Actions() {
            @Override
            public void toggle(String exerciseId) {
                interactor.toggle(exerciseId);
            }

            @Override
            public void showCards() {
                CueCardsController.this.showCards();
            }

            @Override
            public void leave() {
                host.leave();
            }

            @Override
            public void next() {
                CueCardsController.this.next();
            }

            @Override
            public void back() {
                CueCardsController.this.back();
            }

            @Override
            public void warmUpDone() {
                CueCardsController.this.warmUpDone();
            }

            @Override
            public void startWarmUp() {
                ctx.navigator().openRoutine(WARM_UP_ROUTINE);
            }

            @Override
            public String nameOf(String exerciseId) {
                return interactor.nameOf(exerciseId);
            }

            @Override
            public Exercise lift(String exerciseId) {
                return interactor.find(exerciseId).orElse(null);
            }
        }, feel);
        this.view = builder.build();
        // the training log's recovery and load-jump warning, first on the picker (issue 11)
        ((javafx.scene.layout.Pane) view.lookup("#lift-picker")).getChildren().add(3,
                new formcoach.log.ui.LoadWarning(ctx.store(), ctx.clock(), library.all(), ctx.executor()));
        // the log's links (issue 11): the SEE_PROFESSIONAL question, the load question, "Log this session"
        links = new formcoach.beforeyoulift.ui.BeforeLiftLinks(ctx, library.all(), (javafx.scene.layout.StackPane) view,
                (javafx.scene.layout.Pane) view.lookup("#lift-picker"), (javafx.scene.layout.Pane) view.lookup("#cue-next").getParent(),
                model.onAfterCardBinding(), () -> model.picked().stream().map(interactor::find).flatMap(java.util.Optional::stream).toList());
        model.followQuery(builder.search().textProperty());
        model.queryProperty().addListener((o, a, b) -> interactor.refreshLifts());
        wireKeys();
    }

    Region view() {
        return view;
    }

    CueCardsModel model() {
        return model;
    }

    FeelPanel feel() {
        return feel;
    }

    private LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    /** Opens the picker, pre-filled with today's saved plan once it has been read. */
    void start() {
        int mine = ++session;
        model.reset();
        builder.search().clear();
        interactor.refreshLifts();
        Fx.background(ctx.executor(), () -> interactor.loadPlan(today()), plan -> {
            if (mine == session) {
                interactor.applyPlan(plan);
            }
        }, error -> ctx.notices().post(Notices.Kind.WARNING, "Today's lift plan could not be read: " + Fx.message(error)));
        focusNow(builder.search());
        links.opened(host::leave, () -> focusNow(builder.search()));
    }

    void showCards() {
        if (model.picked().isEmpty()) {
            return;
        }
        links.beforeCards(this::openCards, () -> {
            model.showingCards(false);
            focusNow(builder.search());
        }, host::leave);
    }

    private void openCards() {
        interactor.buildCards();
        model.showingCards(true);
        save();
        focusNow(builder.cardsPane());
    }

    void next() {
        if (model.indexProperty().get() < model.lastIndex()) {
            model.goToCard(model.indexProperty().get() + 1);
        }
        keepKeys();
    }

    void back() {
        if (model.indexProperty().get() > 0) {
            model.goToCard(model.indexProperty().get() - 1);
        }
        keepKeys();
    }

    /** "Yes, I've warmed up": noted in today's plan, and on to the first lift. */
    void warmUpDone() {
        model.markWarmUpDone(true);
        save();
        next();
    }

    /**
     * After a card changes, the keys must still reach the cards: a focused button that was just
     * hidden or redrawn away would otherwise swallow Space, the arrows and Esc.
     */
    private void keepKeys() {
        javafx.scene.Scene scene = builder.cardsPane().getScene();
        javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner == null || !owner.isVisible() || owner.getScene() == null || !isInside(owner, builder.cardsPane())) {
            builder.cardsPane().requestFocus();
        }
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node now = scene == null ? null : scene.getFocusOwner();
            if (model.showingCardsProperty().get() && (now == null || !now.isVisible() || now.getScene() == null
                    || !isInside(now, builder.cardsPane()))) {
                builder.cardsPane().requestFocus();
            }
        });
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void save() {
        TodayPlan plan = interactor.plan(today());
        Fx.background(ctx.executor(), () -> interactor.savePlan(plan), saved -> model.showMessage(""),
                error -> model.showMessage("Today's plan was not saved: " + Fx.message(error)));
    }

    private void wireKeys() {
        builder.cardsPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!model.showingCardsProperty().get()) {
                return;
            }
            boolean onButton = e.getTarget() instanceof ButtonBase;
            switch (e.getCode()) {
                case RIGHT, SPACE -> {
                    // Space on a focused button presses that button ("Yes, I've warmed up"); otherwise both go on
                    if (e.getCode() == KeyCode.SPACE && onButton && ((ButtonBase) e.getTarget()).isVisible()) {
                        return;
                    }
                    next();
                    e.consume();
                }
                case LEFT -> {
                    back();
                    e.consume();
                }
                case ESCAPE -> {
                    host.leave();
                    e.consume();
                }
                default -> {
                }
            }
        });
        builder.search().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !model.lifts().isEmpty()) {
                builder.list().requestFocus();
                if (builder.list().getSelectionModel().isEmpty()) {
                    builder.list().getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (builder.search().getText().isEmpty()) {
                    host.leave();
                } else {
                    builder.search().clear();
                }
                e.consume();
            }
        });
        builder.list().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Exercise sel = builder.list().getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && sel != null) {
                interactor.toggle(sel.id());
                e.consume();
            } else if (e.getCode() == KeyCode.UP && builder.list().getSelectionModel().getSelectedIndex() <= 0) {
                builder.search().requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                host.leave();
                e.consume();
            }
        });
    }

    /** At once, not later: keys typed right after the key that opened the picker or the cards may already be queued. */
    private void focusNow(javafx.scene.Node n) {
        formcoach.ui.Focus.now(view, n);
    }
}

package formcoach.paincheck.ui;

import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.paincheck.ui.PainCheckModel.PageView;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import formcoach.paincheck.ui.PainCheckModel.SummaryItem;
import formcoach.ui.Stylesheets;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The pain check's frame: shows the page the model names, built by that page's own small builder
 * ({@link StartPageBuilder}, {@link QuestionPageBuilder}, {@link SummaryPageBuilder},
 * {@link EmergencyPageBuilder}, {@link ResultPageBuilder}), and puts the keyboard focus inside it.
 * Shared layout helpers for the pages (and History) live here.
 */
public final class PainCheckViewBuilder implements Builder<Region> {

    /** What the buttons and keys do; the controller supplies them. */
    public record Actions(Runnable start, Runnable startRecheck, BiConsumer<String, Object> answer,
                          BiConsumer<String, String> typedNumber, Runnable noneOfThese, Runnable next,
                          Runnable back, Runnable openSummary, Consumer<String> edit, Runnable resume, Runnable seeResult,
                          Runnable savePdf, Runnable done, Consumer<String> openExercise, Consumer<String> chooseRegion) {
    }

    static final String STYLESHEET = Stylesheets.of(PainCheckViewBuilder.class, "/formcoach/paincheck/ui/paincheck.css");

    private final PainCheckModel model;
    private final Actions actions;
    private final List<Regions.Choice> regions;
    private final StackPane root = new StackPane();
    /** The question page on screen, updated in place while the same page stays (so it keeps its scroll and focus). */
    private QuestionPageBuilder questionPage;

    public PainCheckViewBuilder(PainCheckModel model, Actions actions, List<Regions.Choice> regions) {
        this.model = model;
        this.actions = actions;
        this.regions = regions;
    }

    @Override
    public Region build() {
        root.getStyleClass().add("pain-check");
        root.getStylesheets().add(STYLESHEET);
        root.setId("paincheck-root");
        model.pageProperty().addListener((o, a, b) -> showPage());
        model.questionProperty().addListener((o, a, b) -> {
            if (model.page() != Page.QUESTION || b == null) {
                return;
            }
            if (questionPage != null && questionPage.shows(b)) {
                questionPage.update(b);
            } else {
                showPage();
            }
        });
        model.resultProperty().addListener((o, a, b) -> {
            if (model.page() == Page.RESULT || model.page() == Page.EMERGENCY) {
                showPage();
            }
        });
        model.summary().addListener((ListChangeListener<SummaryItem>) c -> {
            if (model.page() == Page.SUMMARY) {
                showPage();
            }
        });
        model.problems().addListener((ListChangeListener<String>) c -> {
            if (model.page() == Page.UNAVAILABLE) {
                showPage();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showPage();
        return root;
    }

    private void showPage() {
        if ((model.page() == Page.RESULT || model.page() == Page.EMERGENCY) && model.resultProperty().get() == null) {
            return;
        }
        questionPage = null;
        Node page = switch (model.page()) {
            case LOADING -> createLoading();
            case UNAVAILABLE -> new UnavailablePageBuilder(model).build();
            case START -> new StartPageBuilder(model, actions, regions).build();
            case QUESTION -> {
                PageView v = model.questionProperty().get();
                questionPage = new QuestionPageBuilder(model, actions, v);
                yield questionPage.build();
            }
            case SUMMARY -> new SummaryPageBuilder(model, actions).build();
            case EMERGENCY -> new EmergencyPageBuilder(model, actions, model.resultProperty().get()).build();
            case RESULT -> new ResultPageBuilder(model, actions, model.resultProperty().get()).build();
        };
        root.getChildren().setAll(page);
        focusFirst();
    }

    /** Puts focus inside the page, so keys reach it without a click. */
    void focusFirst() {
        if (root.getScene() == null) {
            // when the section is shown for the first time the scene is not there yet
            root.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> o, Scene a, Scene s) {
                    if (s != null) {
                        root.sceneProperty().removeListener(this);
                        Platform.runLater(PainCheckViewBuilder.this::focusFirst);
                    }
                }
            });
            return;
        }
        // the page sits in a ScrollPane, whose content lookup() only reaches once the skin exists
        root.applyCss();
        Node target = switch (model.page()) {
            case START -> root.lookup("#start-check");
            case QUESTION -> questionPage == null ? null : questionPage.focusTarget();
            case SUMMARY -> root.lookup(model.allAnsweredProperty().get() ? "#see-result" : "#resume-questions");
            case RESULT -> root.lookup("#result-done");
            case EMERGENCY, LOADING, UNAVAILABLE -> root;
        };
        (target == null ? root : target).requestFocus();
    }

    private void onKey(KeyEvent e) {
        if (model.page() == Page.QUESTION && questionPage != null) {
            questionPage.onKey(e);
        } else if (model.page() == Page.SUMMARY && isBack(e) && !(focusOwner() instanceof javafx.scene.control.TextInputControl)) {
            actions.back().run();
            e.consume();
        }
    }

    static boolean isBack(KeyEvent e) {
        return (e.getCode() == KeyCode.BACK_SPACE && !e.isAltDown()) || (e.getCode() == KeyCode.LEFT && e.isAltDown());
    }

    private Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    private Node createLoading() {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        Label l = new Label("Loading the pain check\u2026");
        VBox box = new VBox(12, p, l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /**
     * A result as the page (and History) shows it; see {@link ResultPane}.
     * Kept here for History, which calls it by this name.
     */
    static List<Node> resultContent(ResultView r, Consumer<String> openExercise) {
        return ResultPane.content(r, openExercise);
    }

    // ------------------------------------------------------------------ helpers shared by the pages

    static VBox column(String id) {
        VBox col = new VBox(16);
        col.setId(id);
        col.getStyleClass().add("page-column");
        col.setPadding(new Insets(24, 32, 32, 32));
        col.setMaxWidth(900);
        return col;
    }

    static ScrollPane scroll(VBox col) {
        StackPane centre = new StackPane(col);
        StackPane.setAlignment(col, Pos.TOP_CENTER);
        ScrollPane sp = new ScrollPane(centre);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("page-scroll");
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sp;
    }

    static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.getStyleClass().add("block-icon");
        return i;
    }

    static Node bullet(String text) {
        Label dot = new Label("\u2022");
        dot.getStyleClass().add("bullet-dot");
        dot.setMinWidth(Region.USE_PREF_SIZE);
        Label t = wrap(text);
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox row = new HBox(8, dot, t);
        row.getStyleClass().add("bullet");
        return row;
    }

    static VBox listBlock(String title, List<String> lines, String id) {
        Label head = new Label(title);
        head.getStyleClass().add("title-4");
        VBox box = new VBox(6, head);
        box.setId(id);
        box.getStyleClass().add("list-block");
        lines.forEach(l -> box.getChildren().add(bullet(l)));
        return box;
    }

    /** A "⟵ Back" / "Next ⟶" row with a gap between. */
    static HBox navRow(Node left, Node right) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(10, left, gap, right);
        nav.setAlignment(Pos.CENTER_LEFT);
        return nav;
    }
}

package formcoach.paincheck.ui;

import formcoach.ui.Stylesheets;
import formcoach.paincheck.ui.PainCheckModel.AnswerKind;
import formcoach.paincheck.ui.PainCheckModel.FormLink;
import formcoach.paincheck.ui.PainCheckModel.Option;
import formcoach.paincheck.ui.PainCheckModel.Page;
import formcoach.paincheck.ui.PainCheckModel.QuestionView;
import formcoach.paincheck.ui.PainCheckModel.ResultView;
import formcoach.paincheck.ui.PainCheckModel.SummaryItem;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Lays out the pain-check pages and binds them to the model: start, one question per page,
 * summary, emergency and result. Actions go back to the controller as callbacks; the keyboard
 * works everywhere (number keys, Y/N, arrows and Enter, Backspace or Alt+Left for Back).
 */
public final class PainCheckViewBuilder implements Builder<Region> {

    /** What the buttons and keys do; the controller supplies them. */
    public record Actions(Runnable start, Runnable startRecheck, Consumer<Object> answer, Consumer<String> typedNumber,
                          Runnable back, Runnable openSummary, Consumer<String> edit, Runnable resume, Runnable seeResult,
                          Runnable savePdf, Runnable done, Consumer<String> openExercise, Consumer<String> saveNumber) {
    }

    static final String STYLESHEET = Stylesheets.of(PainCheckViewBuilder.class, "/formcoach/paincheck/ui/paincheck.css");

    private final PainCheckModel model;
    private final Actions actions;
    private final StackPane root = new StackPane();
    private final ToggleGroup answers = new ToggleGroup();
    private TextField numberField;
    private Label whyText;

    public PainCheckViewBuilder(PainCheckModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    @Override
    public Region build() {
        root.getStyleClass().add("pain-check");
        root.getStylesheets().add(STYLESHEET);
        root.setId("paincheck-root");
        model.pageProperty().addListener((o, a, b) -> showPage());
        model.questionProperty().addListener((o, a, b) -> {
            if (model.page() == Page.QUESTION) {
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
        Node page = switch (model.page()) {
            case LOADING -> createLoading();
            case UNAVAILABLE -> createUnavailable();
            case START -> createStart();
            case QUESTION -> createQuestion(model.questionProperty().get());
            case SUMMARY -> createSummary();
            case EMERGENCY -> createEmergency(model.resultProperty().get());
            case RESULT -> createResult(model.resultProperty().get());
        };
        root.getChildren().setAll(page);
        focusFirst();
    }

    /** Puts focus inside the page, so keys reach it without a click. */
    private void focusFirst() {
        if (root.getScene() == null) {
            // when the section is shown for the first time the scene is not there yet
            root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene a, javafx.scene.Scene s) {
                    if (s != null) {
                        root.sceneProperty().removeListener(this);
                        javafx.application.Platform.runLater(PainCheckViewBuilder.this::focusFirst);
                    }
                }
            });
            return;
        }
        // the page sits in a ScrollPane, whose content lookup() only reaches once the skin exists
        root.applyCss();
        Node target = switch (model.page()) {
            case START -> root.lookup("#start-check");
            case QUESTION -> answers.getSelectedToggle() instanceof Node n ? n : root.lookup(".answer-option");
            case SUMMARY -> root.lookup(model.allAnsweredProperty().get() ? "#see-result" : "#resume-questions");
            case RESULT, EMERGENCY, LOADING, UNAVAILABLE -> root;
        };
        (target == null ? root : target).requestFocus();
    }

    // ------------------------------------------------------------------ pages

    private Node createLoading() {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        Label l = new Label("Loading the pain check…");
        VBox box = new VBox(12, p, l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node createUnavailable() {
        VBox col = column("unavailable-page");
        Label title = new Label("The pain check cannot run");
        title.getStyleClass().add("title-1");
        Label why = wrap("Some of the files it decides with have problems, so it will not give you an answer "
                + "that could be wrong. Reinstalling Form Coach puts the original files back.");
        VBox list = new VBox(4);
        list.setId("checker-problems");
        model.problems().forEach(p -> list.getChildren().add(bullet(p)));
        Label call = new Label();
        call.getStyleClass().add("call-now");
        call.textProperty().bind(Bindings.concat("If you think you need urgent help, call ", model.emergencyNumberProperty(), " now."));
        call.setWrapText(true);
        VBox callBox = new VBox(call);
        callBox.getStyleClass().add("emergency-strip");
        col.getChildren().addAll(title, callBox, why, list);
        return scroll(col);
    }

    private Node createStart() {
        VBox col = column("start-page");
        Label title = new Label("Pain check");
        title.getStyleClass().add("title-1");
        Label what = wrap("Upper back hurting after a session? Answer one short question at a time, about a minute in all. "
                + "You'll see whether it looks like normal soreness you can look after yourself, a possible strain, "
                + "or something a GP or physio should see, and how soon.");
        what.getStyleClass().add("lead");

        Label notice = new Label();
        notice.setId("start-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.concat("This is not a diagnosis and it is not for emergencies. "
                + "If you think it is an emergency, call ", model.emergencyNumberProperty(), " now."));
        HBox noticeBox = new HBox(10, icon("mdi2a-alert-outline"), notice);
        noticeBox.getStyleClass().add("start-notice");
        HBox.setHgrow(notice, Priority.ALWAYS);

        Node banner = createRecheckBanner();

        Button start = new Button("Start a check");
        start.setId("start-check");
        start.getStyleClass().addAll("accent", "big-button");
        start.setDefaultButton(true);
        start.setGraphic(new FontIcon("mdi2a-arrow-right"));
        start.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        start.setOnAction(e -> actions.start().run());
        Label last = new Label();
        last.getStyleClass().add("text-muted");
        last.textProperty().bind(model.lastSessionProperty());
        last.managedProperty().bind(model.lastSessionProperty().isNotEmpty());
        last.visibleProperty().bind(last.managedProperty());
        last.setWrapText(true);
        HBox startRow = new HBox(16, start, last);
        startRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(last, Priority.ALWAYS);

        col.getChildren().addAll(title, what, noticeBox, banner, startRow, createNumberSetting());
        return scroll(col);
    }

    private Node createRecheckBanner() {
        Label text = new Label();
        text.setId("recheck-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(model.recheckBannerProperty());
        text.getStyleClass().add("title-4");
        Button again = new Button("Check again");
        again.setId("recheck-start");
        again.getStyleClass().add("accent");
        again.setOnAction(e -> actions.startRecheck().run());
        again.setMinWidth(Region.USE_PREF_SIZE);
        Label sub = wrap("Your answers from last time are filled in: change the ones that are different now.");
        sub.getStyleClass().add("text-muted");
        VBox words = new VBox(4, text, sub);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox banner = new HBox(14, icon("mdi2c-calendar-clock"), words, again);
        banner.setId("recheck-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("recheck-banner");
        banner.managedProperty().bind(model.recheckBannerProperty().isNotEmpty());
        banner.visibleProperty().bind(banner.managedProperty());
        return banner;
    }

    private Node createNumberSetting() {
        Label head = new Label("Your country");
        head.getStyleClass().add("title-4");
        TextField field = new TextField(model.regionCodeProperty().get());
        field.setId("emergency-number");
        field.setPrefColumnCount(6);
        field.setMaxWidth(120);
        field.setAccessibleText("Your country, as a two-letter code");
        model.regionCodeProperty().addListener((o, a, b) -> {
            if (!field.isFocused()) {
                field.setText(b);
            }
        });
        Button save = new Button("Save country");
        save.setId("save-number");
        save.setOnAction(e -> actions.saveNumber().accept(field.getText()));
        field.setOnAction(e -> actions.saveNumber().accept(field.getText()));
        Label problem = new Label();
        problem.setId("number-problem");
        problem.getStyleClass().add("danger-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.numberProblemProperty());
        problem.managedProperty().bind(model.numberProblemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        Label hint = new Label();
        hint.setWrapText(true);
        hint.textProperty().bind(model.regionWordsProperty());
        hint.getStyleClass().add("text-muted");
        HBox row = new HBox(10, field, save);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, hint, row, problem);
        box.getStyleClass().add("number-setting");
        return box;
    }

    private Node createQuestion(QuestionView q) {
        answers.getToggles().clear();
        numberField = null;
        VBox col = column("question-page");
        col.getStyleClass().add("question-page");

        ProgressBar bar = new ProgressBar();
        bar.setId("question-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label count = new Label();
        count.setId("question-count");
        count.textProperty().bind(model.progressTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink change = new Hyperlink("Change an earlier answer");
        change.setId("change-answer");
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.setOnAction(e -> actions.openSummary().run());
        HBox top = new HBox(12, count, bar, change);
        top.setAlignment(Pos.CENTER_LEFT);

        Label section = new Label(q.section().toUpperCase(java.util.Locale.ROOT));
        section.getStyleClass().add("question-section");
        Label text = new Label(q.text());
        text.setId("question-text");
        text.getStyleClass().add("question-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);

        whyText = wrap(q.why());
        whyText.setId("question-why");
        whyText.getStyleClass().add("why-text");
        whyText.setVisible(false);
        whyText.managedProperty().bind(whyText.visibleProperty());
        Hyperlink why = new Hyperlink("Why we ask");
        why.setId("why-toggle");
        why.setGraphic(new FontIcon("mdi2h-help-circle-outline"));
        why.setOnAction(e -> whyText.setVisible(!whyText.isVisible()));

        col.getChildren().addAll(top, section, text, why, whyText);
        if (!q.context().isEmpty()) {
            Label ctx = wrap(q.context());
            ctx.setId("question-context");
            HBox box = new HBox(10, icon("mdi2i-information-outline"), ctx);
            HBox.setHgrow(ctx, Priority.ALWAYS);
            box.getStyleClass().add("question-context");
            col.getChildren().add(box);
        }
        col.getChildren().add(createAnswers(q));

        Button back = new Button("Back");
        back.setId("question-back");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.setOnAction(e -> actions.back().run());
        Button next = new Button("Next");
        next.setId("question-next");
        next.getStyleClass().add("accent");
        next.setGraphic(new FontIcon("mdi2a-arrow-right"));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.disableProperty().bind(answers.selectedToggleProperty().isNull());
        next.setOnAction(e -> confirmSelection());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(10, back, gap, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(keyHint(q.kind()));
        keys.getStyleClass().addAll("text-muted", "key-hint");
        keys.setWrapText(true);
        col.getChildren().addAll(nav, keys);
        return scroll(col);
    }

    private static String keyHint(AnswerKind kind) {
        return switch (kind) {
            case YES_NO -> "Keys: Y yes · N no · Backspace back · W why we ask";
            case SCALE -> "Keys: 0–9 or arrows choose, Enter confirms · Backspace back · W why we ask";
            case HOURS, DAYS -> "Keys: number keys pick an answer · arrows and Enter · Backspace back · W why we ask";
            default -> "Keys: number keys pick an answer · arrows and Enter · Backspace back · W why we ask";
        };
    }

    private Node createAnswers(QuestionView q) {
        return switch (q.kind()) {
            case YES_NO -> {
                HBox row = new HBox(14);
                row.getStyleClass().add("yes-no");
                for (Option o : q.options()) {
                    ToggleButton b = option(o, q, true);
                    b.setPrefWidth(180);
                    row.getChildren().add(b);
                }
                yield row;
            }
            case SCALE -> createScale(q);
            case HOURS, DAYS -> {
                VBox box = optionList(q);
                box.getChildren().add(createTypedNumber(q));
                yield box;
            }
            default -> optionList(q);
        };
    }

    private VBox optionList(QuestionView q) {
        VBox box = new VBox(8);
        box.getStyleClass().add("option-list");
        for (Option o : q.options()) {
            ToggleButton b = option(o, q, true);
            b.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(b);
        }
        return box;
    }

    private Node createTypedNumber(QuestionView q) {
        Label other = new Label("Another number:");
        TextField field = new TextField();
        field.setId("typed-number");
        field.setPrefColumnCount(5);
        field.setMaxWidth(100);
        field.setAccessibleText("Another number of " + q.unit());
        Label unit = new Label(q.unit());
        Button use = new Button("Use");
        use.setId("typed-number-use");
        use.setOnAction(e -> actions.typedNumber().accept(field.getText()));
        field.setOnAction(e -> actions.typedNumber().accept(field.getText()));
        HBox row = new HBox(8, other, field, unit, use);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("typed-number");
        numberField = field;
        return row;
    }

    private Node createScale(QuestionView q) {
        // one grid for the numbers and the bands under them, so each band lines up with its numbers
        GridPane row = new GridPane();
        row.getStyleClass().add("scale-row");
        row.setHgap(6);
        row.setVgap(6);
        row.setMaxWidth(760);
        for (int c = 0; c < q.options().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / q.options().size());
            row.getColumnConstraints().add(cc);
            ToggleButton b = option(q.options().get(c), q, false);
            b.getStyleClass().add("scale-button");
            b.setMinWidth(36);
            b.setMaxWidth(Double.MAX_VALUE);
            row.add(b, c, 0);
        }
        int band = 1;
        for (int from = 0; from < q.scale().size(); ) {
            int to = from;
            while (to + 1 < q.scale().size() && q.scale().get(to + 1).equals(q.scale().get(from))) {
                to++;
            }
            String words = q.scale().get(from);
            if (from == 0 && to == 0) {
                // "no pain" does not fit over one number; the line below the scale says it
                from = to + 1;
                continue;
            }
            Label l = new Label(words.contains(":") ? words.substring(0, words.indexOf(':')) : words);
            l.getStyleClass().addAll("scale-band", "scale-band-" + Math.min(3, band++));
            l.setMaxWidth(Double.MAX_VALUE);
            l.setTooltip(new javafx.scene.control.Tooltip(words));
            row.add(l, from, 1, to - from + 1, 1);
            from = to + 1;
        }
        Label ends = new Label("0 = no pain · 10 = the worst you can imagine");
        ends.getStyleClass().add("text-muted");
        Label words = new Label();
        words.setId("scale-words");
        words.getStyleClass().add("scale-words");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.textProperty().bind(Bindings.createStringBinding(() -> {
            Toggle t = answers.getSelectedToggle();
            if (t == null) {
                return "Pick a number to see what it means.";
            }
            int v = (Integer) t.getUserData();
            return v + " out of 10 · " + q.scale().get(v);
        }, answers.selectedToggleProperty()));
        return new VBox(10, row, ends, words);
    }

    /** An answer button; {@code answersOnClick}: a click answers at once (a scale value waits for Next). */
    private ToggleButton option(Option o, QuestionView q, boolean answersOnClick) {
        ToggleButton b = new ToggleButton(o.label());
        b.setUserData(o.value());
        b.setToggleGroup(answers);
        b.getStyleClass().add("answer-option");
        b.setId("answer-" + String.valueOf(o.value()).replaceAll("[^A-Za-z0-9]+", "-"));
        b.setWrapText(true);
        b.setAlignment(q.kind() == AnswerKind.YES_NO || q.kind() == AnswerKind.SCALE ? Pos.CENTER : Pos.CENTER_LEFT);
        if (!o.key().isEmpty() && q.kind() != AnswerKind.SCALE) {
            Label key = new Label(o.key());
            key.getStyleClass().add("key-badge");
            b.setGraphic(key);
        }
        if (PainCheckInteractor.same(o.value(), q.selected())) {
            b.setSelected(true);
        }
        if (answersOnClick) {
            b.setOnAction(e -> actions.answer().accept(o.value()));
        }
        // a toggle must never become unselected by clicking it again: the selection is the answer to confirm
        b.selectedProperty().addListener((obs, was, is) -> {
            if (!is && answers.getSelectedToggle() == null) {
                b.setSelected(true);
            }
        });
        return b;
    }

    private void confirmSelection() {
        Toggle t = answers.getSelectedToggle();
        if (t != null) {
            actions.answer().accept(t.getUserData());
        }
    }

    private Node createSummary() {
        VBox col = column("summary-page");
        boolean complete = model.allAnsweredProperty().get();
        Label title = new Label(complete ? "Check your answers" : "Your answers so far");
        title.getStyleClass().add("title-1");
        Label sub = wrap(complete ? "Here is everything you said, in order. Change anything that is not right, then see the result."
                : "Pick Edit beside an answer to change it. The questions you have not reached yet come after these.");
        GridPane grid = new GridPane();
        grid.setId("summary-list");
        grid.getStyleClass().add("summary-list");
        // no gaps: a stripe behind each other row spans all three columns in one piece
        grid.setHgap(0);
        grid.setVgap(0);
        ColumnConstraints qc = new ColumnConstraints();
        qc.setHgrow(Priority.ALWAYS);
        qc.setPercentWidth(58);
        ColumnConstraints ac = new ColumnConstraints();
        ac.setPercentWidth(30);
        ColumnConstraints ec = new ColumnConstraints();
        ec.setPercentWidth(12);
        ec.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(qc, ac, ec);
        int row = 0;
        for (SummaryItem item : model.summary()) {
            Label q = wrap(item.question());
            q.getStyleClass().add("summary-question");
            Label a = wrap(item.answer());
            a.getStyleClass().add("summary-answer");
            a.setId("summary-answer-" + item.questionId());
            Hyperlink edit = new Hyperlink("Edit");
            edit.setId("edit-" + item.questionId());
            edit.setAccessibleText("Edit the answer to: " + item.question());
            edit.setOnAction(e -> actions.edit().accept(item.questionId()));
            if (row % 2 == 1) {
                Region stripe = new Region();
                stripe.getStyleClass().add("summary-row-alt");
                stripe.setMouseTransparent(true);
                grid.add(stripe, 0, row, 3, 1);
            }
            for (Node n : List.of(q, a, edit)) {
                n.getStyleClass().add("summary-cell");
                GridPane.setFillWidth(n, true);
                GridPane.setFillHeight(n, true);
                ((Region) n).setMaxWidth(Double.MAX_VALUE);
                ((Region) n).setMaxHeight(Double.MAX_VALUE);
            }
            // by column: addRow would append after the stripe, in a fourth column
            grid.add(q, 0, row);
            grid.add(a, 1, row);
            grid.add(edit, 2, row);
            row++;
        }
        Button back = new Button("Back");
        back.setId("summary-back");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.setOnAction(e -> actions.back().run());
        Button go;
        if (complete) {
            go = new Button("See the result");
            go.setId("see-result");
            go.setOnAction(e -> actions.seeResult().run());
        } else {
            go = new Button("Back to the questions");
            go.setId("resume-questions");
            go.setOnAction(e -> actions.resume().run());
        }
        go.getStyleClass().addAll("accent", "big-button");
        go.setDefaultButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(10, back, gap, go);
        nav.setAlignment(Pos.CENTER_LEFT);
        col.getChildren().addAll(title, sub, grid, nav);
        return scroll(col);
    }

    private Node createEmergency(ResultView r) {
        VBox col = column("emergency-page");
        col.getStyleClass().add("emergency-page");
        FontIcon phone = new FontIcon("mdi2p-phone-alert");
        phone.getStyleClass().add("emergency-icon");
        Label call = new Label(r.headline());
        call.setId("emergency-call");
        call.getStyleClass().add("emergency-call");
        call.setWrapText(true);
        call.setMinHeight(Region.USE_PREF_SIZE);
        HBox head = new HBox(18, phone, call);
        head.setAlignment(Pos.CENTER_LEFT);
        Label action = wrap(r.action());
        action.setId("emergency-action");
        action.getStyleClass().add("emergency-action");
        VBox strip = new VBox(10, head, action);
        strip.getStyleClass().add("emergency-banner");

        col.getChildren().addAll(strip,
                listBlock("Why", r.reasons(), "emergency-reasons"),
                listBlock("While you wait", r.selfCare(), "emergency-wait"),
                listBlock("If things change", r.safetyNet(), "emergency-safety"));
        Label saved = new Label();
        saved.setId("save-status");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(model.saveStatusProperty());
        saved.setWrapText(true);
        Hyperlink wrong = new Hyperlink("I pressed the wrong answer");
        wrong.setId("emergency-wrong-answer");
        wrong.getStyleClass().add("quiet-link");
        wrong.setOnAction(e -> actions.openSummary().run());
        col.getChildren().addAll(saved, wrong);
        return scroll(col);
    }

    private Node createResult(ResultView r) {
        VBox col = column("result-page");
        col.getChildren().addAll(resultContent(r, actions.openExercise()));
        if (!r.recheckText().isEmpty()) {
            Label re = wrap(r.recheckText());
            re.setId("recheck-text");
            HBox box = new HBox(10, icon("mdi2c-calendar-clock"), re);
            HBox.setHgrow(re, Priority.ALWAYS);
            box.getStyleClass().add("recheck-note");
            col.getChildren().add(box);
        }
        Button pdf = new Button("Save PDF for your GP or physio…");
        pdf.setId("save-pdf");
        pdf.setGraphic(new FontIcon("mdi2f-file-pdf-box"));
        pdf.setOnAction(e -> actions.savePdf().run());
        pdf.disableProperty().bind(model.busyProperty());
        Button done = new Button("Done");
        done.setId("result-done");
        done.getStyleClass().add("accent");
        done.setDefaultButton(true);
        done.setOnAction(e -> actions.done().run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, pdf, gap, done);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label report = wrap("");
        report.setId("report-status");
        report.textProperty().bind(model.reportStatusProperty());
        report.managedProperty().bind(model.reportStatusProperty().isNotEmpty());
        report.visibleProperty().bind(report.managedProperty());
        Label saved = wrap("");
        saved.setId("save-status");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(model.saveStatusProperty());
        col.getChildren().addAll(buttons, report, saved);
        return scroll(col);
    }

    /**
     * A result as the page (and History) shows it, the action first: the coloured headline with what
     * to do, the reasons, self-care, "get help sooner if…", the notice, then the form hint last.
     */
    static List<Node> resultContent(ResultView r, Consumer<String> openExercise) {
        Label headline = new Label(r.headline());
        headline.setId("result-headline");
        headline.getStyleClass().add("result-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.setMaxWidth(Double.MAX_VALUE);
        Label action = wrap(r.action());
        action.setId("result-action");
        action.getStyleClass().add("result-action");
        Label when = new Label(r.when());
        when.getStyleClass().add("result-when");
        VBox head = new VBox(8, headline, action, when);
        head.setId("result-head");
        head.getStyleClass().addAll("result-head", Words.levelClass(r.level()));
        List<Node> out = new ArrayList<>(List.of(head,
                listBlock("Why", r.reasons(), "result-reasons"),
                listBlock(r.level() == formcoach.paincheck.Level.URGENT || r.level() == formcoach.paincheck.Level.EMERGENCY
                        ? "Until you are seen" : "What to do now", r.selfCare(), "result-self-care"),
                listBlock("Get help sooner if…", r.safetyNet().stream().map(PainCheckViewBuilder::withoutLead).toList(), "result-safety-net")));
        Label notice = wrap(r.notice());
        notice.setId("result-notice");
        notice.getStyleClass().add("result-notice");
        out.add(notice);
        if (r.formLink() != null) {
            out.add(createFormLink(r.formLink(), openExercise));
        }
        return out;
    }

    /** The safety net's own heading says "Get help sooner if…", so each line need not repeat it. */
    static String withoutLead(String line) {
        String lead = "Get help sooner if ";
        if (line.startsWith(lead) && line.length() > lead.length()) {
            return Character.toUpperCase(line.charAt(lead.length())) + line.substring(lead.length() + 1);
        }
        return line;
    }

    private static Node createFormLink(FormLink f, Consumer<String> openExercise) {
        Label head = new Label("Linked to form");
        head.getStyleClass().add("title-4");
        Label hint = wrap("A hint about technique, not part of the result above.");
        hint.getStyleClass().add("text-muted");
        Label did = wrap(f.sessions());
        did.setId("form-sessions");
        VBox card = new VBox(8, new HBox(10, icon("mdi2d-dumbbell"), head), hint, did);
        card.setId("form-link");
        card.getStyleClass().add("form-link");
        if (f.hintTitle() != null) {
            Label title = wrap(f.hintTitle());
            title.setId("form-hint");
            title.getStyleClass().add("form-hint-title");
            card.getChildren().add(title);
            if (f.note() != null && !f.note().isBlank()) {
                card.getChildren().add(wrap(f.note()));
            }
            if (f.cue() != null && !f.cue().isBlank()) {
                card.getChildren().add(labelled("Cue: ", f.cue(), "form-cue"));
            }
            if (f.fix() != null && !f.fix().isBlank()) {
                card.getChildren().add(labelled("Fix: ", f.fix(), "form-fix"));
            }
            if (f.exerciseId() != null) {
                Hyperlink link = new Hyperlink(f.linkText());
                link.setId("form-open-exercise");
                link.setGraphic(new FontIcon("mdi2o-open-in-new"));
                link.setOnAction(e -> openExercise.accept(f.exerciseId()));
                card.getChildren().add(link);
            }
        }
        return card;
    }

    // ------------------------------------------------------------------ keys

    private void onKey(KeyEvent e) {
        if (model.page() == Page.QUESTION) {
            onQuestionKey(e);
        } else if (model.page() == Page.SUMMARY || model.page() == Page.RESULT) {
            if (isBack(e) && !(focusOwner() instanceof TextInputControl) && model.page() == Page.SUMMARY) {
                actions.back().run();
                e.consume();
            }
        }
    }

    private static boolean isBack(KeyEvent e) {
        return (e.getCode() == KeyCode.BACK_SPACE && !e.isAltDown()) || (e.getCode() == KeyCode.LEFT && e.isAltDown());
    }

    private Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    private void onQuestionKey(KeyEvent e) {
        QuestionView q = model.questionProperty().get();
        if (q == null || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        boolean typing = focusOwner() instanceof TextInputControl;
        if (e.getCode() == KeyCode.LEFT && e.isAltDown()) {
            actions.back().run();
            e.consume();
            return;
        }
        if (typing) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.BACK_SPACE) {
            actions.back().run();
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            if (answers.getSelectedToggle() == null && focusOwner() instanceof ToggleButton t && t.getToggleGroup() == answers) {
                t.setSelected(true);
            }
            if (answers.getSelectedToggle() == null) {
                return;
            }
            confirmSelection();
        } else if (code == KeyCode.W) {
            if (whyText != null) {
                whyText.setVisible(!whyText.isVisible());
            }
        } else if (q.kind() == AnswerKind.YES_NO && (code == KeyCode.Y || code == KeyCode.N)) {
            actions.answer().accept(code == KeyCode.Y);
        } else if (code.isDigitKey()) {
            int digit = digit(code);
            if (q.kind() == AnswerKind.SCALE) {
                select(digit);
            } else {
                q.options().stream().filter(o -> o.key().equals(String.valueOf(digit))).findFirst()
                        .ifPresent(o -> actions.answer().accept(o.value()));
            }
        } else if (code == KeyCode.UP || code == KeyCode.LEFT) {
            move(-1);
        } else if (code == KeyCode.DOWN || code == KeyCode.RIGHT) {
            move(+1);
        } else if (code == KeyCode.TAB) {
            return;
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    private void select(int index) {
        List<Toggle> toggles = new ArrayList<>(answers.getToggles());
        if (index >= 0 && index < toggles.size()) {
            Toggle t = toggles.get(index);
            t.setSelected(true);
            ((Node) t).requestFocus();
        }
    }

    private void move(int step) {
        List<Toggle> toggles = new ArrayList<>(answers.getToggles());
        if (toggles.isEmpty()) {
            return;
        }
        int i = toggles.indexOf(answers.getSelectedToggle());
        if (i < 0) {
            Node f = focusOwner();
            i = f instanceof Toggle t ? toggles.indexOf(t) : -1;
        }
        int next = i < 0 ? (step > 0 ? 0 : toggles.size() - 1) : Math.max(0, Math.min(toggles.size() - 1, i + step));
        select(next);
    }

    // ------------------------------------------------------------------ helpers

    static VBox column(String id) {
        VBox col = new VBox(16);
        col.setId(id);
        col.getStyleClass().add("page-column");
        col.setPadding(new Insets(28, 32, 32, 32));
        col.setMaxWidth(860);
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
        Label dot = new Label("•");
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

    private static Node labelled(String label, String text, String id) {
        Label l = new Label(label);
        l.getStyleClass().add("strong");
        l.setMinWidth(Region.USE_PREF_SIZE);
        Label t = wrap(text);
        t.setId(id);
        HBox.setHgrow(t, Priority.ALWAYS);
        return new HBox(4, l, t);
    }
}

package formcoach.log.ui;

import formcoach.library.Exercise;
import formcoach.library.ExerciseSearch;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.log.Insights;
import formcoach.log.LogBook;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.SetSyntax;
import formcoach.log.SetSyntaxException;
import formcoach.log.TrainingSignals;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keyboard-first entry for one day: find the exercise (the library's search), type sets
 * ({@code 8x60}, {@code 5x100 rir2}, {@code 3x10@bw}), Ctrl+R repeats the last set, and in the day's
 * list Enter edits a set, Delete removes it, Ctrl+Z undoes. Alt+← / Alt+→ change the day.
 */
final class EntryPane {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    static final KeyCombination REPEAT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    /** One set in the day's list. */
    record Row(String sessionId, int exercise, int set, String exerciseName, LoggedSet value) {
    }

    private final LogModel model;
    private final LogActions actions;
    private final BorderPane root = new BorderPane();
    private final Label dayLabel = new Label();
    final TextField exerciseField = new TextField();
    final ListView<Exercise> hits = new ListView<>();
    final Label picked = new Label("No exercise chosen");
    final TextField setsField = new TextField();
    final ListView<Row> dayList = new ListView<>();
    private final Label message = new Label();
    private final VBox signals = new VBox(8);
    private final javafx.scene.control.ComboBox<formcoach.log.WeightUnit> unit = new javafx.scene.control.ComboBox<>();
    private ExerciseSearch search;
    private Exercise current;
    private Row editing;

    EntryPane(LogModel model, LogActions actions) {
        this.model = model;
        this.actions = actions;
        build();
        model.changesProperty().addListener((o, a, b) -> refresh());
        model.dayProperty().addListener((o, a, b) -> refresh());
        model.messageProperty().addListener((o, a, b) -> message.setText(b));
    }

    Node view() {
        return root;
    }

    private void build() {
        dayLabel.getStyleClass().add("title-3");
        dayLabel.setId("log-day-label");
        Label dayHint = new Label("Alt+← / Alt+→ another day");
        dayHint.getStyleClass().add("text-muted");
        javafx.scene.layout.FlowPane dayRow = new javafx.scene.layout.FlowPane(12, 2, dayLabel, dayHint);
        dayRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        exerciseField.setId("log-exercise");
        exerciseField.setPromptText("Find an exercise: type a name (bentover rwo, latpulldown, face pull)");
        hits.setId("log-hits");
        hits.setPrefHeight(150);
        hits.setMinHeight(90);
        hits.setPlaceholder(new Label("Matches from the library appear here; ↓ to choose, Enter to use."));
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + (e.category() == null ? "" : "  ·  " + e.category().displayName()));
            }
        });
        picked.setId("log-picked");
        picked.getStyleClass().add("title-4");
        setsField.setId("log-sets");
        setsField.setPromptText("Sets: 8x60, 5x100 rir2, 3x10@bw, 10x40 w — Enter adds, Ctrl+R repeats the last set");
        Label syntax = new Label(SetSyntax.HELP + "; after a set: rir2, rpe8.5, drop, fail, shrug, round, swing;"
                + " a note on the set goes last, in double quotes");
        syntax.getStyleClass().add("text-muted");
        syntax.setWrapText(true);
        syntax.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button add = new Button("Add sets");
        add.setOnAction(e -> addSets());
        Button repeat = new Button("Repeat last set (Ctrl+R)");
        repeat.setOnAction(e -> repeatLast());
        Button undo = new Button("Undo (Ctrl+Z)");
        undo.setOnAction(e -> actions.undo());
        unit.getItems().setAll(formcoach.log.WeightUnit.values());
        unit.setId("log-unit");
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(formcoach.log.WeightUnit u) {
                return u == null ? "" : "Unit: " + u.id();
            }

            @Override
            public formcoach.log.WeightUnit fromString(String s) {
                return null;
            }
        });
        unit.setOnAction(e -> {
            formcoach.log.WeightUnit u = unit.getValue();
            if (model.book() != null && u != null && u != model.book().settings().unit()) {
                actions.run(b -> b.updateSettings(x -> x.withUnit(u)), x -> model.showMessage("Sets without a unit are now in " + u.id() + "."));
            }
        });
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, add, repeat, undo, unit);
        for (Button b : new Button[] {add, repeat, undo}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        dayList.setId("log-day");
        dayList.setPlaceholder(new Label("Nothing logged on this day yet."));
        dayList.setMinHeight(120);
        dayList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.exerciseName() + "   ·   set " + (r.set() + 1) + "   ·   " + SetSyntax.format(r.value()));
            }
        });
        Label listHint = new Label("In the list: Enter edits a set, Delete removes it, Ctrl+Z undoes.");
        listHint.getStyleClass().add("text-muted");
        message.setId("log-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add("text-bold");

        VBox left = new VBox(8, dayRow, exerciseField, hits, picked, setsField, syntax, buttons, message, dayList, listHint);
        VBox.setVgrow(dayList, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        left.setMinWidth(320);

        Label signalsTitle = new Label("Load and recovery");
        signalsTitle.getStyleClass().add("title-4");
        signals.setId("log-signals");
        VBox right = new VBox(8, signalsTitle, signals);
        right.setPadding(new Insets(16));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.prefWidthProperty().bind(root.widthProperty().multiply(0.32));
        rightScroll.setMinWidth(200);
        rightScroll.setMaxWidth(420);

        root.setCenter(left);
        root.setRight(rightScroll);

        exerciseField.textProperty().addListener((o, a, b) -> updateHits(b));
        exerciseField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                Exercise first = hits.getSelectionModel().getSelectedItem() != null ? hits.getSelectionModel().getSelectedItem()
                        : hits.getItems().isEmpty() ? null : hits.getItems().get(0);
                if (first != null) {
                    pick(first);
                }
                e.consume();
            }
        });
        hits.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                pick(hits.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                pick(hits.getSelectionModel().getSelectedItem());
            }
        });
        setsField.setOnAction(e -> addSets());
        dayList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Row r = dayList.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSet(r);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                edit(r);
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REPEAT.match(e)) {
                repeatLast();
                e.consume();
            } else if (UNDO.match(e) && !(e.getTarget() instanceof TextField tf && !tf.getText().isEmpty())) {
                actions.undo();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                model.showDay(model.dayProperty().get().minusDays(1));
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                model.showDay(model.dayProperty().get().plusDays(1));
                e.consume();
            }
        });
    }

    void focus() {
        exerciseField.requestFocus();
    }

    private void updateHits(String q) {
        if (search == null) {
            return;
        }
        List<Exercise> out = new ArrayList<>();
        if (!q.isBlank()) {
            for (SearchHit h : search.search(q, SearchFilter.NONE, 8)) {
                out.add(h.exercise());
            }
        }
        hits.getItems().setAll(out);
    }

    void pick(Exercise e) {
        current = e;
        editing = null;
        picked.setText(e.name());
        exerciseField.clear();
        setsField.requestFocus();
        model.showMessage("");
    }

    private LocalDateTime when() {
        LocalDate day = model.dayProperty().get();
        LocalDateTime now = model.book().now();
        return day.equals(now.toLocalDate()) ? now : day.atTime(LocalTime.of(18, 0));
    }

    private void addSets() {
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        String text = setsField.getText();
        List<LoggedSet> sets;
        try {
            sets = SetSyntax.parse(text, book.settings().unit());
        } catch (SetSyntaxException ex) {
            model.showMessage(ex.getMessage());
            return;
        }
        if (editing != null) {
            replaceSet(editing, sets);
            return;
        }
        if (current == null) {
            model.showMessage("Choose an exercise first: type its name in the box above and press Enter.");
            exerciseField.requestFocus();
            return;
        }
        Exercise ex = current;
        Optional<Session> before = book.dayLog(model.dayProperty().get());
        LocalDateTime at = when();
        actions.run(b -> b.addSets(at, ex, sets, false), saved -> {
            model.undo().push(new LogModel.Undo("added " + sets.size() + (sets.size() == 1 ? " set" : " sets"), saved.id(),
                    before.filter(s -> s.id().equals(saved.id()))));
            setsField.clear();
            model.showMessage("Added " + String.join(", ", sets.stream().map(SetSyntax::format).toList()) + " — " + ex.name() + ".");
        });
    }

    /** Ctrl+R: the last set of the chosen exercise today (or of the day's last exercise) once more. */
    void repeatLast() {
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        Optional<Session> day = book.dayLog(model.dayProperty().get());
        if (day.isEmpty() || day.get().exercises().isEmpty()) {
            model.showMessage("No set on this day to repeat yet.");
            return;
        }
        List<LoggedExercise> ex = day.get().exercises();
        LoggedExercise target = ex.get(ex.size() - 1);
        if (current != null) {
            for (LoggedExercise le : ex) {
                if (current.id().equals(le.exerciseId())) {
                    target = le;
                }
            }
        }
        if (target.sets().isEmpty() || target.exerciseId() == null) {
            model.showMessage("No set on this day to repeat yet.");
            return;
        }
        LoggedSet last = target.sets().get(target.sets().size() - 1);
        Exercise exercise = book.exercise(target.exerciseId()).orElse(null);
        if (exercise == null) {
            return;
        }
        current = exercise;
        picked.setText(exercise.name());
        Session before = day.get();
        LocalDateTime at = when();
        actions.run(b -> b.addSets(at, exercise, List.of(last), false), saved -> {
            model.undo().push(new LogModel.Undo("repeated a set", saved.id(), Optional.of(before)));
            model.showMessage("Repeated " + SetSyntax.format(last) + " — " + exercise.name() + ".");
        });
    }

    private void edit(Row r) {
        editing = r;
        setsField.setText(SetSyntax.format(r.value()));
        setsField.requestFocus();
        setsField.selectAll();
        model.showMessage("Editing set " + (r.set() + 1) + " of " + r.exerciseName() + ": change it and press Enter (Esc to cancel).");
        setsField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && editing != null) {
                editing = null;
                setsField.clear();
                model.showMessage("");
                e.consume();
            }
        });
    }

    private void replaceSet(Row r, List<LoggedSet> sets) {
        editing = null;
        changeSession(r, "edited a set", s -> {
            List<LoggedExercise> ex = new ArrayList<>(s.exercises());
            LoggedExercise le = ex.get(r.exercise());
            List<LoggedSet> list = new ArrayList<>(le.sets());
            list.remove(r.set());
            list.addAll(r.set(), sets);
            ex.set(r.exercise(), le.withSets(list));
            return s.withExercises(ex);
        });
        setsField.clear();
    }

    private void deleteSet(Row r) {
        changeSession(r, "deleted a set", s -> {
            List<LoggedExercise> ex = new ArrayList<>(s.exercises());
            LoggedExercise le = ex.get(r.exercise());
            List<LoggedSet> list = new ArrayList<>(le.sets());
            list.remove(r.set());
            if (list.isEmpty()) {
                ex.remove(r.exercise());
            } else {
                ex.set(r.exercise(), le.withSets(list));
            }
            return s.withExercises(ex);
        });
    }

    private void changeSession(Row r, String label, java.util.function.UnaryOperator<Session> change) {
        LogBook book = model.book();
        Session before = book.log().find(r.sessionId()).orElse(null);
        if (before == null) {
            return;
        }
        Session after = change.apply(before);
        actions.run(b -> {
            if (after.exercises().isEmpty()) {
                b.log().delete(before.id());
                return before;
            }
            return b.log().save(after);
        }, saved -> {
            model.undo().push(new LogModel.Undo(label, before.id(), Optional.of(before)));
            model.showMessage(Character.toUpperCase(label.charAt(0)) + label.substring(1) + ". Ctrl+Z undoes it.");
            dayList.requestFocus();
        });
    }

    void refresh() {
        LogBook book = model.book();
        LocalDate day = model.dayProperty().get();
        if (day != null) {
            dayLabel.setText(day.format(DAY));
        }
        if (book == null || day == null) {
            return;
        }
        if (search == null) {
            search = new ExerciseSearch(book.library());
            updateHits(exerciseField.getText());
        }
        if (unit.getValue() != book.settings().unit()) {
            unit.setValue(book.settings().unit());
        }
        int selected = dayList.getSelectionModel().getSelectedIndex();
        List<Row> rows = new ArrayList<>();
        for (Session s : book.log().sessions()) {
            if (!s.date().equals(day)) {
                continue;
            }
            for (int i = 0; i < s.exercises().size(); i++) {
                LoggedExercise le = s.exercises().get(i);
                for (int j = 0; j < le.sets().size(); j++) {
                    rows.add(new Row(s.id(), i, j, book.displayName(le), le.sets().get(j)));
                }
            }
        }
        dayList.getItems().setAll(rows);
        if (selected >= 0 && !rows.isEmpty()) {
            dayList.getSelectionModel().select(Math.min(selected, rows.size() - 1));
        }
        refreshSignals(book);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void refreshSignals(LogBook book) {
        LocalDateTime now = book.now();
        TrainingSignals.BeforeLift before = book.signals().beforeYouLift(now);
        signals.getChildren().clear();
        // the total first, in words with its numbers; the groups that jumped on one line after it
        List<String> groupJumps = new ArrayList<>();
        for (Insights.LoadRatio r : before.loadJumps()) {
            boolean warning = r.level().orElseThrow() == Insights.Level.WARNING;
            if (Insights.TOTAL.equals(r.group())) {
                Label l = wrapped((warning ? "Load jump — " : "Load rising — ") + r.sentence() + ".");
                l.getStyleClass().add(warning ? "danger" : "warning");
                signals.getChildren().add(l);
            } else {
                groupJumps.add(formcoach.log.MuscleGroup.fromId(r.group()).map(formcoach.log.MuscleGroup::displayName).orElse(r.group())
                        + " " + formcoach.log.LoggedSetText.ratio(r.ratio()));
            }
        }
        if (!groupJumps.isEmpty()) {
            Label l = wrapped("Groups up by 1.3× or more this week: " + String.join(", ", groupJumps) + ".");
            l.getStyleClass().add("warning");
            signals.getChildren().add(l);
        }
        for (Insights.Recovery r : book.insights().recovery(now, book.settings().overrides())) {
            if (r.lastTrained() == null) {
                continue;
            }
            String state = r.recovering() ? "recovering, about " + r.hoursLeft() + " h left"
                    : r.overridden() && r.hoursLeft() > 0 ? "marked ready" : "ready";
            Label l = wrapped(r.group().displayName() + ": " + state);
            VBox row = new VBox(4, l);
            if (r.recovering()) {
                l.getStyleClass().add("warning");
                Button ready = new Button("Feels ready");
                ready.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                ready.setOnAction(e -> actions.run(b -> b.updateSettings(s -> s.withReady(r.group(), now)),
                        x -> model.showMessage(r.group().displayName() + " marked ready.")));
                row.getChildren().add(ready);
            }
            signals.getChildren().add(row);
        }
        Insights.Balance balance = book.insights().balance(now, book.library());
        Label b = wrapped(balance.sentence() + (balance.latsDominate() && !balance.correctives().isEmpty()
                ? " Try: " + String.join(", ", balance.correctives().stream().map(Exercise::name).toList()) + "." : ""));
        if (balance.latsDominate()) {
            b.getStyleClass().add("warning");
        }
        signals.getChildren().add(b);
        if (signals.getChildren().size() == 1 && book.log().sessions().isEmpty()) {
            Label empty = new Label("Log a few sessions (or import your Strong or Hevy history) to see load, recovery and balance here.");
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            signals.getChildren().add(0, empty);
        }
    }
}

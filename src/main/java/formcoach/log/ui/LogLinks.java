package formcoach.log.ui;

import formcoach.beforeyoulift.ExerciseDeload;
import formcoach.beforeyoulift.SoreSpell;
import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.TrainingLinks;
import formcoach.timer.SessionLog;
import formcoach.ui.UiContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Log section's side of the links to the other jobs, kept out of its panes: the session a plan
 * or a timer run offers (opened over the Today tab, {@link DraftPane}), and the one-exercise deload
 * while a {@link SoreSpell} is on: a line under the chosen exercise in the entry, and under that lift
 * in an offered session. The pain checks are read through {@link PainCheckHistory} in the background
 * each time the section is shown.
 */
final class LogLinks {
    static final String DELOAD_ID = "log-deload-hint";

    private final UiContext ctx;
    private final CompletableFuture<Library> library;
    private final LogModel model;
    private final EntryPane entry;
    private final DraftPane draft;
    private final StackPane today;
    private final Label deload = new Label();
    private volatile Optional<ExerciseDeload.Suggestion> suggestion = Optional.empty();

    LogLinks(UiContext ctx, CompletableFuture<Library> library, LogModel model, LogActions actions, EntryPane entry) {
        this.ctx = ctx;
        this.library = library;
        this.model = model;
        this.entry = entry;
        this.draft = new DraftPane(model, actions);
        this.today = new StackPane(entry.view(), draft.view());
        deload.setId(DELOAD_ID);
        deload.setGraphic(new FontIcon("mdi2f-feather"));
        deload.setWrapText(true);
        deload.setMinHeight(Region.USE_PREF_SIZE);
        deload.getStyleClass().add("warning");
        deload.setVisible(false);
        deload.setManaged(false);
        Pane box = (Pane) entry.picked.getParent();
        box.getChildren().add(box.getChildren().indexOf(entry.picked) + 1, deload);
        // the chosen exercise is shown by name in the entry; the line follows it
        entry.picked.textProperty().addListener((o, a, b) -> showDeload());
        draft.view().visibleProperty().addListener((o, was, now) -> {
            if (!now) {
                // at once: keys typed right after Esc or Ctrl+Enter belong in the entry
                entry.focus();
            }
        });
        model.bookProperty().addListener((o, a, b) -> readDeload());
    }

    /** What the Today tab shows: the entry, with an offered session over it while there is one. */
    Node today() {
        return today;
    }

    DraftPane draft() {
        return draft;
    }

    /** The section came to the front: open a session offered meanwhile, and read the pain checks again. */
    boolean shown() {
        readDeload();
        Optional<formcoach.log.SessionDraft> offered = SessionDrafts.take(ctx);
        offered.ifPresent(draft::open);
        return offered.isPresent() || draft.showing();
    }

    void focus() {
        draft.focus();
    }

    private void readDeload() {
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        ctx.executor().execute(() -> {
            Optional<ExerciseDeload.Suggestion> s;
            try {
                List<PainCheckRecord> checks = new PainCheckHistory(ctx.store()).load().value();
                Optional<SoreSpell.Spell> spell = SoreSpell.at(checks, ctx.clock().instant());
                Optional<Library> lib = library.isDone() && !library.isCompletedExceptionally() ? Optional.of(library.join()) : Optional.empty();
                PainCheckLinks links = new TrainingLinks(ctx.store(), new SessionLog(ctx.store(), ctx.clock()), () -> lib, ctx.clock().getZone());
                s = spell.flatMap(sp -> ExerciseDeload.suggest(sp, book.log().sessions(),
                        (ids, area) -> links.formHint(ids, area).map(PainCheckLinks.FormHint::exerciseId),
                        id -> book.exercise(id).map(formcoach.library.Exercise::name), ctx.clock().getZone()));
            } catch (Exception e) {
                // the deload is advice: when the checks cannot be read, the entry goes on without it
                s = Optional.empty();
            }
            Optional<ExerciseDeload.Suggestion> found = s;
            Platform.runLater(() -> {
                suggestion = found;
                showDeload();
                draft.setHint(id -> found.filter(x -> id.equals(x.exerciseId())).map(x -> x.sentence() + " " + x.reason()));
            });
        });
    }

    private void showDeload() {
        Optional<ExerciseDeload.Suggestion> s = suggestion.filter(x -> x.exerciseName().equals(entry.picked.getText()));
        deload.setText(s.map(x -> x.sentence() + " " + x.reason()).orElse(""));
        deload.setVisible(s.isPresent());
        deload.setManaged(s.isPresent());
    }

    Optional<ExerciseDeload.Suggestion> suggestion() {
        return suggestion;
    }
}

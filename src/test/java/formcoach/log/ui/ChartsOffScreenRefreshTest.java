package formcoach.log.ui;

import formcoach.app.App;
import formcoach.library.Library;
import formcoach.library.Fault;
import formcoach.log.LogBook;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.WeightUnit;
import formcoach.store.JsonStore;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures refreshed while the Log section is not on screen (another section shown, the
 * Pictures tab not selected, or the pane out of any scene), with data that moves the weeks on, then
 * shown again: no StackOverflowError, and the charts show the last data.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsOffScreenRefreshTest {
    private static final Instant T0 = Instant.parse("2026-04-08T17:00:00Z");
    private final List<LogBook> books = new ArrayList<>();
    private LogModel model;
    private ChartsPane charts;
    private StackPane holder;
    private TabPane tabs;
    private Tab pictures;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("formcoach-charts-off");
        JsonStore store = new JsonStore(dir, Clock.fixed(T0, ZoneOffset.UTC));
        List<Library> lib = List.of(Library.load(store));
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            List<LoggedSet> sets = new ArrayList<>();
            for (int i = 0; i < 3 + w % 5; i++) {
                sets.add(LoggedSet.of(8, 60, WeightUnit.KG).withFault(w % 3 == 0 ? Fault.SHRUGGING : w % 3 == 1 ? Fault.ROUNDING : null));
            }
            sessions.add(new Session(null, LocalDateTime.of(2026, 1, 5, 18, 0).plusWeeks(w), "", "manual", null, "",
                    List.of(new LoggedExercise("barbell-bent-over-row", "Row", sets, ""), new LoggedExercise("pull-up", "Pull-up", sets, ""))));
        }
        LogBook.open(store, Clock.fixed(T0, ZoneOffset.UTC), lib.get(0).all()).log().addImported(sessions);
        // the same log seen on different days: each moves the 12 weeks (the charts' categories) on
        for (int d = 0; d < 6; d++) {
            Clock c = Clock.fixed(T0.plusSeconds(86_400L * 9 * d), ZoneOffset.UTC);
            books.add(LogBook.open(store, c, lib.get(0).all()));
        }
        model = new LogModel();
        charts = new ChartsPane(model);
        model.setBook(books.get(0));
        pictures = new Tab("Pictures", charts.view());
        tabs = new TabPane(new Tab("Today", new StackPane()), pictures);
        holder = new StackPane(tabs);
        Scene scene = new Scene(holder, 1000, 800);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static List<String> categories(ChartsPane c) {
        return List.copyOf(((CategoryAxis) c.groups.getXAxis()).getCategories());
    }

    @Test
    void refreshingBeforeEverBeingInASceneIsSafe(FxRobot robot) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
        ChartsPane[] fresh = new ChartsPane[1];
        LogModel m = new LogModel();
        try {
            // built as the Log section builds it, never in a scene: the log loads and changes several times
            robot.interact(() -> fresh[0] = new ChartsPane(m));
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < books.size(); i++) {
                    int n = (round % 2 == 0) ? i : books.size() - 1 - i;
                    robot.interact(() -> {
                        m.setBook(books.get(n));
                        m.changed();
                    });
                }
            }
            robot.interact(() -> {
                holder.getChildren().setAll(fresh[0].view());
                holder.getScene().getRoot().applyCss();
                holder.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.checkException();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(failure.get()).as("no error while refreshing out of any scene").isNull();
        assertThat(categories(fresh[0])).hasSize(ChartsPane.WEEKS);
        assertThat(fresh[0].groups.getData()).allSatisfy(s -> assertThat(s.getData()).hasSize(ChartsPane.WEEKS));
    }

    @Test
    void refreshingOffScreenWithNewWeeksIsSafe(FxRobot robot) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
        try {
            // shown once, so the charts have been laid out with the first weeks
            robot.interact(() -> tabs.getSelectionModel().select(pictures));
            WaitForAsyncUtils.waitForFxEvents();
            for (int round = 0; round < 3; round++) {
                // the Pictures tab not selected: the charts are in the scene but not showing
                robot.interact(() -> tabs.getSelectionModel().select(0));
                for (int i = 1; i < books.size(); i++) {
                    int n = i;
                    robot.interact(() -> {
                        model.setBook(books.get(n));
                        model.changed();
                    });
                }
                // the whole section out of the scene (another section shown)
                robot.interact(() -> holder.getChildren().clear());
                for (int i = books.size() - 1; i >= 0; i--) {
                    int n = i;
                    robot.interact(() -> {
                        model.setBook(books.get(n));
                        model.changed();
                        charts.refresh();
                    });
                }
                robot.interact(() -> {
                    model.setBook(books.get(books.size() - 1));
                    model.changed();
                    holder.getChildren().add(tabs);
                    tabs.getSelectionModel().select(pictures);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> holder.getScene().getRoot().layout());
            }
            WaitForAsyncUtils.checkException();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(failure.get()).as("no error while refreshing off screen").isNull();
        LogBook last = books.get(books.size() - 1);
        String lastWeek = Session.isoWeek(formcoach.log.Insights.monday(last.now().toLocalDate())).substring(5);
        assertThat(categories(charts)).hasSize(ChartsPane.WEEKS).last().isEqualTo(lastWeek);
        assertThat(charts.groups.getData()).allSatisfy(s -> assertThat(s.getData()).hasSize(ChartsPane.WEEKS));
        assertThat(charts.faults.getData()).allSatisfy(s -> assertThat(s.getData()).hasSize(ChartsPane.WEEKS));
    }
}

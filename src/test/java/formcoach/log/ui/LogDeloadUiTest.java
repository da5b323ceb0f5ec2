package formcoach.log.ui;

import formcoach.app.App;
import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.beforeyoulift.Checks;
import formcoach.beforeyoulift.ui.BeforeLiftLinks;
import formcoach.beforeyoulift.ui.PainWatch;
import formcoach.library.Library;
import formcoach.library.ui.LibrarySection;
import formcoach.log.LogBook;
import formcoach.log.Session;
import formcoach.log.SetSyntax;
import formcoach.log.TrainingLog;
import formcoach.log.WeightUnit;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckHistory;
import formcoach.store.JsonStore;
import formcoach.ui.Section;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The Log section's entry suggests lighter sets for the one exercise that hurt while a sore spell is on. */
@ExtendWith(ApplicationExtension.class)
class LogDeloadUiTest {
    /** Monday 13 April 2026, 08:00. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-13T08:00:00Z"), ZoneOffset.UTC);
    private static Library shared;
    private Path dir;
    private AppServices services;
    private Library library;
    private LibrarySection lib;
    private LogSection log;
    private final List<String> painCheckOpened = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("formcoach-logdeload");
        services = new AppServices(new JsonStore(dir, CLOCK), CLOCK);
        services.loadSettings();
        library = Library.load(services.store());
    }

    /** Builds the window once the data folder holds what the test needs. */
    private void window(FxRobot robot) {
        robot.interact(() -> {
            lib = new LibrarySection(services, CompletableFuture.completedFuture(library));
            log = new LogSection(services, CompletableFuture.completedFuture(library));
            Section pain = new Section() {
                @Override
                public String id() {
                    return "paincheck";
                }

                @Override
                public Node view() {
                    return new Label("pain check stand-in");
                }

                @Override
                public void open(String target) {
                    painCheckOpened.add(target);
                }
            };
            // the Log section first, as the app builds it (when shown): its charts are in the scene before its log loads
            MainWindow window = new MainWindow(services, List.of(log, lib, pain));
            Scene scene = new Scene(window.root(), 1000, 720);
            scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
            Themes.apply("light", window.root());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    private List<Session> stored() throws Exception {
        return TrainingLog.load(new JsonStore(dir, CLOCK), CLOCK).sessions();
    }

    private void pick(FxRobot robot, String query) {
        robot.clickOn("#lift-picker-search").write(query);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        robot.clickOn("#lift-picker-search");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
    }

    private void loadJump() throws Exception {
        LogBook book = LogBook.open(services.store(), CLOCK, library.all());
        LocalDateTime monday = LocalDateTime.of(2026, 3, 9, 18, 0);
        for (int w = 0; w < 4; w++) {
            book.addSets(monday.plusWeeks(w), library.find("pull-up").orElseThrow(), SetSyntax.parse("4x8@bw", WeightUnit.KG), true);
        }
        book.addSets(LocalDateTime.of(2026, 4, 13, 7, 0), library.find("pull-up").orElseThrow(), SetSyntax.parse("9x8@bw", WeightUnit.KG), true);
    }

    @Test
    void theLogEntrySuggestsLighterSetsForTheLiftThatHurt(FxRobot robot) throws Exception {
        LogBook book = LogBook.open(services.store(), CLOCK, library.all());
        book.addSets(LocalDateTime.of(2026, 4, 12, 9, 0), library.find("barbell-bent-over-row").orElseThrow(),
                SetSyntax.parse("10x40 w, 3x8x60", WeightUnit.KG), true);
        new PainCheckHistory(services.store()).add(Checks.at("pc-1", Instant.parse("2026-04-12T20:00:00Z"), Level.SELF_CARE_DOMS, 4, null));
        window(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitFor(() -> log.model().book() != null && log.links.suggestion().isPresent());
        waitFor(() -> log.entry.exerciseField.isFocused());
        robot.write("face pull").type(KeyCode.ENTER);
        waitFor(() -> log.entry.setsField.isFocused());
        assertThat(showing(robot, "#" + LogLinks.DELOAD_ID)).as("only for the lift that hurt").isFalse();
        robot.clickOn("#log-exercise").write("bentover rwo").type(KeyCode.ENTER);
        waitFor(() -> showing(robot, "#" + LogLinks.DELOAD_ID));
        assertThat(text(robot, "#" + LogLinks.DELOAD_ID)).startsWith(
                "Lighter sets for the Barbell bent-over row until a re-check clears it: 2 sets of 8 at 40 kg (last time 3 × 8 at 60 kg).")
                .contains("this was the last lift you logged before it");
    }
}

package formcoach.log.ui;

import formcoach.app.App;
import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.library.Library;
import formcoach.library.ui.LibrarySection;
import formcoach.log.LogBook;
import formcoach.log.SetSyntax;
import formcoach.log.WeightUnit;
import formcoach.store.JsonStore;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** "Before you lift" in the real library section warns first about recovery and a load jump from the log. */
@ExtendWith(ApplicationExtension.class)
class BeforeYouLiftWarningTest {
    /** Monday 13 April 2026, 08:00. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-13T08:00:00Z"), ZoneOffset.UTC);
    private AppServices services;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("formcoach-logwarn");
        JsonStore store = new JsonStore(dir, CLOCK);
        Library library = Library.load(store);
        LogBook book = LogBook.open(store, CLOCK, library.all());
        // four weeks of 4 pull-up sets, then 9 this week, the last yesterday evening... (Sunday is still last week)
        LocalDateTime monday = LocalDateTime.of(2026, 3, 9, 18, 0);
        for (int w = 0; w < 4; w++) {
            book.addSets(monday.plusWeeks(w), library.find("pull-up").orElseThrow(), SetSyntax.parse("4x8@bw", WeightUnit.KG), true);
        }
        book.addSets(LocalDateTime.of(2026, 4, 13, 7, 0), library.find("pull-up").orElseThrow(), SetSyntax.parse("9x8@bw", WeightUnit.KG), true);
        services = new AppServices(store, CLOCK);
        services.loadSettings();
        LibrarySection section = new LibrarySection(services, CompletableFuture.completedFuture(library));
        MainWindow window = new MainWindow(services, List.of(section));
        Scene scene = new Scene(window.root(), 1000, 720);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/formcoach/app/app.css")).toExternalForm());
        Themes.apply("light", window.root());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theWarningComesBeforeTheLiftPicker(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#before-you-lift").tryQuery().isPresent());
        robot.clickOn("#before-you-lift");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + LoadWarning.ID).tryQuery().map(Node::isVisible).orElse(false));
        Node warning = robot.lookup("#" + LoadWarning.ID).query();
        String text = robot.lookup("#" + LoadWarning.ID).queryAll().stream().findFirst().map(n -> ((LoadWarning) n).getChildren().stream()
                .map(c -> ((Label) c).getText()).collect(Collectors.joining("\n"))).orElse("");
        assertThat(text).contains("Load jump: Working sets this week: 9, your 4-week average 3 — 3×")
                .contains("Lats still recovering");
        // it sits above the search and the list of lifts
        var picker = (javafx.scene.layout.Pane) robot.lookup("#lift-picker").query();
        assertThat(picker.getChildren().indexOf(warning)).isLessThan(picker.getChildren().indexOf(robot.lookup("#lift-picker-search").query()));
    }

    @Test
    void withoutALogThereIsNoWarning(FxRobot robot) throws Exception {
        LoadWarning empty = new LoadWarning(new JsonStore(Files.createTempDirectory("formcoach-empty"), CLOCK), CLOCK, List.of(), Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(empty.isVisible()).isFalse();
        assertThat(empty.isManaged()).isFalse();
    }
}

package formcoach.beforeyoulift.ui;

import formcoach.app.AppServices;
import formcoach.library.Library;
import formcoach.log.LogBook;
import formcoach.log.SetSyntax;
import formcoach.log.WeightUnit;
import formcoach.store.JsonStore;
import formcoach.ui.Navigator;
import formcoach.ui.Notices;
import formcoach.ui.UiContext;
import formcoach.store.Settings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log is read in the background when "before you lift" opens. When the cue cards are asked for
 * before that read is back (here: held until the test lets it go), they wait for it: the load
 * question, when due, comes first and the cards (their warm-up question) only after the answer.
 */
@ExtendWith(ApplicationExtension.class)
class SlowLogReadOrderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-13T08:00:00Z"), ZoneOffset.UTC);
    private AppServices services;
    private Library library;
    private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();
    private StackPane host;
    private BeforeLiftLinks links;
    private final List<String> events = new ArrayList<>();

    /** The app's context with a background executor that holds each task until {@link #release()}. */
    private final class SlowContext implements UiContext {
        private final Executor slow = held::add;

        @Override public JsonStore store() { return services.store(); }
        @Override public Clock clock() { return CLOCK; }
        @Override public Executor executor() { return slow; }
        @Override public <T> CompletableFuture<T> inBackground(Supplier<T> work) { return CompletableFuture.supplyAsync(work, slow); }
        @Override public ReadOnlyObjectProperty<Settings> settingsProperty() { return services.settingsProperty(); }
        @Override public Settings settings() { return services.settings(); }
        @Override public void updateSettings(UnaryOperator<Settings> change) { services.updateSettings(change); }
        @Override public Notices notices() { return services.notices(); }
        @Override public Navigator navigator() { return services.navigator(); }
        @Override public boolean storeWritable() { return true; }
    }

    @Start
    void start(Stage stage) throws Exception {
        services = new AppServices(new JsonStore(Files.createTempDirectory("formcoach-slowlog"), CLOCK), CLOCK);
        services.loadSettings();
        library = Library.load(services.store());
        host = new StackPane(new VBox());
        stage.setScene(new Scene(host, 900, 650));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void build(FxRobot robot) {
        robot.interact(() -> {
            VBox picker = new VBox();
            HBox bar = new HBox();
            host.getChildren().setAll(new VBox(picker, bar));
            links = new BeforeLiftLinks(new SlowContext(), library.all(), host, picker, bar, new SimpleBooleanProperty(false),
                    () -> List.of(library.find("pull-up").orElseThrow()));
        });
    }

    /** Runs the held background work (the log's read) off the FX thread, then lets its answers in. */
    private void release() throws Exception {
        Thread t = new Thread(() -> {
            Runnable r;
            while ((r = held.poll()) != null) {
                r.run();
            }
        });
        t.start();
        t.join(10_000);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loadJump() throws Exception {
        LogBook book = LogBook.open(services.store(), CLOCK, library.all());
        LocalDateTime monday = LocalDateTime.of(2026, 3, 9, 18, 0);
        for (int w = 0; w < 4; w++) {
            book.addSets(monday.plusWeeks(w), library.find("pull-up").orElseThrow(), SetSyntax.parse("4x8@bw", WeightUnit.KG), true);
        }
        book.addSets(LocalDateTime.of(2026, 4, 13, 7, 0), library.find("pull-up").orElseThrow(), SetSyntax.parse("9x8@bw", WeightUnit.KG), true);
    }

    private boolean question() {
        return AskCard.on(host, BeforeLiftLinks.LOAD_QUESTION_ID).isPresent();
    }

    private void askForCards(FxRobot robot) {
        robot.interact(() -> {
            links.opened(() -> events.add("left"), () -> { });
            // a few ms after opening: the log has not been read yet
            links.beforeCards(() -> events.add("cards"), () -> events.add("picker"), () -> events.add("left"));
        });
    }

    @Test
    void theLoadQuestionComesBeforeTheCardsWhenTheLogIsReadLate(FxRobot robot) throws Exception {
        loadJump();
        build(robot);
        askForCards(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).as("the cards wait for the log").isEmpty();
        assertThat(question()).isFalse();

        release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::question);
        assertThat(events).as("the question first, no warm-up question under it").isEmpty();

        robot.interact(() -> robot.lookup("#lift-load-anyway").queryAs(Button.class).fire());
        assertThat(question()).isFalse();
        assertThat(events).containsExactly("cards");
    }

    @Test
    void withNothingToAskTheCardsOpenOnceTheLogIsRead(FxRobot robot) throws Exception {
        build(robot);
        askForCards(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).isEmpty();
        release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.isEmpty());
        assertThat(events).containsExactly("cards");
        assertThat(question()).isFalse();
    }

    @Test
    void readBeforeTheCardsAreAskedForAsksAtOnce(FxRobot robot) throws Exception {
        loadJump();
        build(robot);
        robot.interact(() -> links.opened(() -> events.add("left"), () -> { }));
        release();
        robot.interact(() -> links.beforeCards(() -> events.add("cards"), () -> events.add("picker"), () -> events.add("left")));
        assertThat(question()).isTrue();
        assertThat(events).isEmpty();
        robot.interact(() -> robot.lookup("#lift-load-lighter").queryAs(Button.class).fire());
        assertThat(events).containsExactly("picker");
    }
}

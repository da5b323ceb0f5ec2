package formcoach.paincheck.ui;

import formcoach.app.AppServices;
import formcoach.app.MainWindow;
import formcoach.app.Themes;
import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.QuestionnaireSession.Answer;
import formcoach.paincheck.SessionSummary;
import formcoach.store.JsonStore;
import formcoach.ui.VisualBaseline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pain-check page inside the real shell, light and dark, at 800x600 and 1920x1080, compared
 * with its baseline under src/test/resources/snapshots (see {@link VisualBaseline}); the pictures are
 * also in target/snapshots/pain-*.png for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PainCheckSnapshotsTest {
    static final Instant NOW = PainCheckInteractorTest.NOW;
    /** The session before the saved episode: the first check came 20 hours after it, 7 days and 1 hour ago. */
    static final Instant EPISODE_SESSION = NOW.minus(Duration.ofDays(7)).minus(Duration.ofHours(21));
    static final int[][] SIZES = {{800, 600}, {1920, 1080}};

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @org.junit.jupiter.api.AfterEach
    void noShotDiffered() {
        VisualBaseline.assertClean();
    }

    /** A pull day 26 hours ago with rows and pull-downs, and the library's hint for neck pain after rows. */
    static PainCheckLinks pullDayLinks(Instant now) {
        return new PainCheckLinks() {
            @Override
            public List<SessionSummary> sessionsBetween(Instant from, Instant to) {
                return List.of(
                        new SessionSummary(EPISODE_SESSION, "Pull day", List.of("Barbell bent-over row", "Lat pull-down"),
                                List.of("barbell-row", "lat-pulldown"), "plan", Duration.ZERO),
                        new SessionSummary(now.minus(Duration.ofHours(27)), "Upper-back warm-up", List.of(), List.of(), "warmup",
                                Duration.ofMinutes(9)),
                        new SessionSummary(now.minus(Duration.ofHours(26)), "Pull day", List.of("Barbell bent-over row", "Lat pull-down"),
                                List.of("barbell-row", "lat-pulldown"), "plan", Duration.ZERO))
                        .stream().filter(s -> !s.time().isBefore(from) && s.time().isBefore(to)).toList();
            }

            @Override
            public Optional<FormHint> formHint(List<String> liftIds, String areaId) {
                return liftIds.contains("barbell-row") && areaId.equals("neck-traps")
                        ? Optional.of(new FormHint("barbell-row", "Barbell bent-over row", "SHRUGGING", "Shrugging",
                        "Long neck: shoulders stay away from your ears as you pull.",
                        "Take 10-20% off the bar and start each rep by pulling the shoulder blades back and down, then drive the elbows.",
                        "Rows should hardly touch the neck. Burning at the top of the traps means the shoulders rose toward the ears."))
                        : Optional.empty();
            }
        };
    }

    @Test
    void picturesOfEveryPainCheckScreen(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Clock clock = Clock.fixed(NOW, PainCheckInteractorTest.LONDON);
        seedHistory(new PainCheckHistory(new JsonStore(data, clock)));
        AppServices services = new AppServices(new JsonStore(data, clock), clock);
        services.loadSettings();
        services.updateSettings(s -> s.withRegion("GB"));
        PainCheckLinks links = pullDayLinks(NOW);
        PainCheckSection pain = new PainCheckSection(services, links, PainChecker::load, (o, n) -> Optional.empty());
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(services, List.of(pain));
            Scene scene = new Scene(window[0].root(), 800, 600);
            scene.getStylesheets().add(MainWindow.class.getResource("/formcoach/app/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            window[0].show(pain);
        });
        PainCheckModel model = pain.controller().model();
        PainCheckInteractor i = pain.controller().interactor();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.page() == PainCheckModel.Page.START);
        shoot(robot, window[0], "pain-start");

        robot.interact(() -> {
            i.start(false);
            i.answer("chestPainOrPressure", Answer.NO);
            i.answer("painSpreadsToArmJawOrNeck", Answer.NO);
            i.answer("worseOnBreathingIn", Answer.NOT_SURE);
        });
        shoot(robot, window[0], "pain-flags-heart-and-lungs");
        robot.interact(() -> {
            model.questionProperty().get().items().stream().filter(v -> v.selected() == null).forEach(v -> i.answer(v.id(), Answer.NO));
            i.next();
        });
        for (String page : List.of("nerves", "urine-fever-swelling", "history")) {
            robot.interact(() -> {
                if (!model.questionProperty().get().id().equals(page)) {
                    i.noneOfThese();
                    i.next();
                }
            });
            assertThat(model.questionProperty().get().id()).isEqualTo(page);
            shoot(robot, window[0], "pain-flags-" + page);
        }
        robot.interact(() -> {
            i.noneOfThese();
            i.next();
        });
        shoot(robot, window[0], "pain-onset");
        robot.interact(() -> {
            i.answer("onsetHours", 0);
            i.next();
        });
        shoot(robot, window[0], "pain-pop");
        for (String page : List.of("feels-like", "where", "behaviour", "severity", "course")) {
            robot.interact(() -> {
                PainCheckModel.PageView v = model.questionProperty().get();
                for (PainCheckModel.ItemView item : v.items()) {
                    if (item.selected() == null) {
                        i.answer(item.id(), v.redFlags() ? Answer.NO : PainCheckInteractorTest.CALM.getOrDefault(item.id(), false));
                    }
                }
                i.next();
            });
            assertThat(model.questionProperty().get().id()).isEqualTo(page);
            robot.interact(() -> {
                if (page.equals("severity")) {
                    i.answer("severity", 4);
                }
            });
            shoot(robot, window[0], "pain-" + page);
        }
        robot.interact(() -> {
            PainCheckInteractorTest.walk(i, model, Map.of());
        });
        assertThat(model.page()).isEqualTo(PainCheckModel.Page.SUMMARY);
        shoot(robot, window[0], "pain-summary");
        robot.interact(() -> pain.controller().act(i::finish));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.saveStatusProperty().get().startsWith("Saved"));
        assertThat(model.resultProperty().get().level()).isEqualTo(formcoach.paincheck.Level.URGENT);
        shoot(robot, window[0], "pain-result-urgent");

        robot.interact(() -> pain.controller().act(() -> {
            i.start(false);
            i.answer("chestPainOrPressure", Answer.NO);
            i.answer("painSpreadsToArmJawOrNeck", Answer.YES);
        }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.saveStatusProperty().get().startsWith("Saved"));
        shoot(robot, window[0], "pain-emergency");

        robot.interact(() -> pain.controller().act(() -> {
            i.start(false);
            PainCheckInteractorTest.walk(i, model, Map.of());
            i.finish();
        }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.saveStatusProperty().get().startsWith("Saved"));
        assertThat(model.resultProperty().get().level()).isEqualTo(formcoach.paincheck.Level.SELF_CARE_DOMS);
        shoot(robot, window[0], "pain-result-doms");
        tall(robot, window[0], "pain-result-doms-whole-page");

        // a re-check: the serious signs unanswered, how the pain behaves carried over and marked
        robot.interact(() -> {
            i.start(true);
            for (int k = 0; k < 4; k++) {
                i.noneOfThese();
                i.next();
            }
            i.next();
            i.next();
            i.next();
        });
        assertThat(model.questionProperty().get().id()).isEqualTo("behaviour");
        shoot(robot, window[0], "pain-recheck-behaviour");
        robot.interact(services::close);
    }

    /** Four checks of one episode after the pull day: day 1 sore, day 2 sorer, days 4 and 5 not improving. */
    static void seedHistory(PainCheckHistory h) throws Exception {
        PainChecker c = PainChecker.load();
        Instant s0 = EPISODE_SESSION;
        int[][] checks = {{20, 4, 1}, {44, 6, 1}, {92, 6, 0}, {116, 5, 0}};
        for (int[] k : checks) {
            Facts f = PainCheckInteractorTest.calmFacts().with(FactKey.SEVERITY, k[1]).with(FactKey.IMPROVING, k[2] == 1)
                    .with(FactKey.DAYS_SINCE_ONSET, (k[0] - 20) / 24);
            h.add(f, c.check(f, c.region("GB")), s0.plus(Duration.ofHours(k[0])), "between-shoulder-blades", "After the Pull day", List.of());
        }
    }

    /** The whole of a long page at once (light, 900 wide), to see what is below the fold. */
    private static void tall(FxRobot robot, MainWindow window, String name) {
        robot.interact(() -> {
            window.root().getScene().getWindow().setWidth(900);
            window.root().getScene().getWindow().setHeight(1900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                window.root().resize(900, 1900);
                window.root().layout();
                VisualBaseline.check(window.root(), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void shoot(FxRobot robot, MainWindow window, String name) {
        for (String theme : List.of("light", "dark")) {
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    Themes.apply(theme, window.root());
                    // the stage never grows past Monocle's headless screen (1280x800): a bigger one overflows its
                    // frame buffer in later tests; the root is laid out at the full size for the picture below
                    window.root().getScene().getWindow().setWidth(Math.min(size[0], 1280));
                    window.root().getScene().getWindow().setHeight(Math.min(size[1], 800));
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    try {
                        window.root().resize(size[0], size[1]);
                        window.root().layout();
                        VisualBaseline.check(window.root(), name + "-" + theme + "-" + size[0] + "x" + size[1]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        robot.interact(() -> Themes.apply("light", window.root()));
        assertThat(Files.exists(Path.of("target", "snapshots", name + "-light-800x600.png"))).isTrue();
    }

}

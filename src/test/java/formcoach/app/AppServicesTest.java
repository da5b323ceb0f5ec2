package formcoach.app;

import formcoach.paincheck.Facts;
import formcoach.paincheck.FactsParser;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainChecker;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AppServicesTest {
    private static final Instant NOW = Instant.parse("2026-06-02T09:00:00Z");

    @TempDir
    Path dir;

    private AppServices services() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new AppServices(new JsonStore(dir, clock), clock);
    }

    private void saveCheckAt(Instant when) throws Exception {
        Facts facts = FactsParser.parse("""
                {"onsetHours": 20, "character": "aching", "location": "diffuse", "severity": 4,
                 "daysSinceOnset": 1, "improving": false, "worseWithMovement": true, "painAtRest": false}""");
        new PainCheckHistory(new JsonStore(dir, Clock.systemUTC()))
                .add(facts, PainChecker.load().check(facts, PainChecker.load().region("FR")), when, "neck-traps", null, List.of());
    }

    @Test
    void noHistoryMeansNoRecheck() {
        try (AppServices s = services()) {
            assertThat(s.recheckDue()).isFalse();
        }
    }

    @Test
    void aCheckFromYesterdayMakesTheAppAskAboutItFirst() throws Exception {
        saveCheckAt(NOW.minus(Duration.ofHours(25)));
        try (AppServices s = services()) {
            assertThat(s.recheckDue()).isTrue();
        }
    }

    @Test
    void aCheckFromAnHourAgoIsNotDueYet() throws Exception {
        saveCheckAt(NOW.minus(Duration.ofHours(1)));
        try (AppServices s = services()) {
            assertThat(s.recheckDue()).isFalse();
        }
    }

    @Test
    void brokenHistoryIsToldNotFatal() throws Exception {
        Files.writeString(dir.resolve("pain-checks.json"), "{broken");
        try (AppServices s = services()) {
            assertThat(s.recheckDue()).isFalse();
            // with the toolkit running (other tests in this JVM) the notice arrives on the FX thread
            long until = System.nanoTime() + 5_000_000_000L;
            while (s.notices().items().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(List.copyOf(s.notices().items())).anySatisfy(n -> assertThat(n.text()).contains("pain-checks.json could not be read"));
        }
    }

    @Test
    void theQuickLookGivesTheThemeAndTheFullReadFollowsAfterTheFirstFrame() throws Exception {
        formcoach.store.Settings.defaults().withTheme("dark").withWelcomeSeen(true).save(new JsonStore(dir, Clock.systemUTC()));
        try (AppServices s = services()) {
            s.peekSettings();
            assertThat(s.settings().theme()).isEqualTo("dark");
            assertThat(s.settings().welcomeSeen()).isTrue();
            java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();
            s.finishReadingSettings(() -> changed.set(true)).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(changed).isFalse();
            assertThat(s.settings().theme()).isEqualTo("dark");
        }
    }

    @Test
    void aFileTheQuickLookIsUnsureOfIsReadTheFullWayBeforeTheWindow() throws Exception {
        // a newer version's file: left alone, defaults meanwhile, and never saved over
        String newer = "{\"schemaVersion\": 9, \"data\": {\"theme\": \"dark\"}}";
        Files.writeString(dir.resolve("settings.json"), newer);
        try (AppServices s = services()) {
            s.peekSettings();
            assertThat(s.settings().theme()).isEqualTo("light");
            assertThat(s.finishReadingSettings(() -> { }).isDone()).isTrue();
            s.updateSettings(st -> st.withTheme("dark"));
            s.saveSettingsNow();
        }
        assertThat(Files.readString(dir.resolve("settings.json"))).isEqualTo(newer);
    }

    @Test
    void aSaveAskedForBeforeTheFullReadIsWrittenAfterIt() throws Exception {
        formcoach.store.Settings.defaults().withRegion("GB").save(new JsonStore(dir, Clock.systemUTC()));
        try (AppServices s = services()) {
            s.peekSettings();
            s.updateSettings(st -> st.withTheme("dark"));
            s.finishReadingSettings(() -> { }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            s.saveSettingsNow();
        }
        try (AppServices again = services()) {
            again.loadSettings();
            assertThat(again.settings().theme()).isEqualTo("dark");
            assertThat(again.settings().region()).isEqualTo("GB");
        }
    }

    @Test
    void closingBeforeTheFirstFrameStillReadsThenSaves() throws Exception {
        formcoach.store.Settings.defaults().withRegion("GB").save(new JsonStore(dir, Clock.systemUTC()));
        try (AppServices s = services()) {
            s.peekSettings();
            s.updateSettings(st -> st.withTheme("dark"));
            // no finishReadingSettings: the window closed before its first frame
            s.saveSettingsNow();
        }
        try (AppServices again = services()) {
            again.loadSettings();
            assertThat(again.settings().theme()).isEqualTo("dark");
            assertThat(again.settings().region()).isEqualTo("GB");
        }
    }
}

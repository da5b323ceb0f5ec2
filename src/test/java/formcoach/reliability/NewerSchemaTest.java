package formcoach.reliability;

import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import formcoach.store.StoreException;
import formcoach.timer.RoutineKind;
import formcoach.timer.RunSummary;
import formcoach.timer.SessionLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static formcoach.reliability.Runs.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file written by a newer version of Form Coach is never overwritten, for every kind, by the
 * save path each kind really uses; the app goes on with defaults and the command line says so.
 */
class NewerSchemaTest {
    @TempDir
    Path tmp;
    Path dir;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void dataFolder() throws Exception {
        dir = Files.createDirectories(tmp.resolve("data"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings", "lift-plan", "routines", "sessions", "pain-checks", "imported-exercises",
            "custom-exercises", "favourites"})
    void aNewerVersionsFileIsNeverOverwritten(String name) throws Exception {
        String newer = "{\"schemaVersion\": 99, \"data\": {\"from\": \"the future\"}}";
        Path file = Runs.write(dir.resolve(name + ".json"), newer);

        String said = save(name);

        assertThat(Runs.text(file)).as("left byte for byte").isEqualTo(newer);
        assertThat(said).contains(name + ".json").contains("newer version");
        assertThat(dir.resolve(name + ".json.bak")).doesNotExist();
    }

    /** Tries the kind's real save path on a fresh store (the way a second window or a command would); returns what was said. */
    private String save(String name) throws Exception {
        JsonStore store = new JsonStore(dir, clock);
        switch (name) {
            case "settings" -> {
                // the app saves settings without reading them first when the window closes
                assertThatThrownBy(() -> Settings.defaults().withTheme("dark").save(store)).isInstanceOf(StoreException.class);
                return store.notices().toString();
            }
            case "lift-plan" -> {
                assertThatThrownBy(() -> new TodayPlan(LocalDate.of(2026, 12, 6), List.of("face-pull"), false).save(store))
                        .isInstanceOf(StoreException.class);
                return store.notices().toString();
            }
            case "sessions" -> {
                assertThatThrownBy(() -> new SessionLog(store, clock).recordIfDue(new RunSummary("upper-back-warmup", "Warm-up",
                        RoutineKind.WARMUP, 7, 7, 1_000_000_000L, 1_000_000_000L, 1_000_000_000L, true), Instant.now(clock)))
                        .isInstanceOf(StoreException.class);
                return store.notices().toString();
            }
            case "favourites" -> {
                Library lib = Library.load(store);
                assertThatThrownBy(() -> lib.toggleFavourite("face-pull")).isInstanceOf(StoreException.class);
                return store.notices().toString();
            }
            case "routines" -> {
                Runs.Run r = cli(dir, "routine", "import", Runs.write(tmp.resolve("r.json"), Runs.ROUTINE).toString());
                assertThat(r.code()).isEqualTo(2);
                return r.err();
            }
            case "pain-checks" -> {
                Runs.Run r = cli(dir, "pain-check", "--facts", Runs.write(tmp.resolve("f.json"), Runs.FACTS).toString(), "--save");
                assertThat(r.code()).isEqualTo(2);
                return r.err();
            }
            default -> {
                String source = name.equals("custom-exercises") ? "custom" : "import";
                Runs.Run r = cli(dir, "library", "import", Runs.write(tmp.resolve("e.json"), Runs.export(Runs.exercise("x-1", source))).toString());
                assertThat(r.code()).isEqualTo(2);
                assertThat(Runs.snapshot(dir).keySet()).as("neither file of the import changed").containsOnly(name + ".json");
                return r.err();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings", "routines"})
    void theCommandLineSaysSoAndGoesOnWithDefaults(String name) throws Exception {
        Runs.write(dir.resolve(name + ".json"), "{\"schemaVersion\": 99, \"data\": {}}");
        // routine list reads both settings (for the lead-in) and routines
        Runs.Run r = cli(dir, "routine", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("upper-back-warmup");
        assertThat(r.errLines()).singleElement().asString().contains(name + ".json was written by a newer version");
        assertThat(new JsonStore(dir, clock).read(name, 1, Object.class, () -> "default").value()).isEqualTo("default");
    }
}

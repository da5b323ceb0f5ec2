package formcoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsPeekTest {
    @TempDir
    Path dir;

    private JsonStore store() {
        return new JsonStore(dir, Clock.systemUTC());
    }

    private void write(String json) throws Exception {
        Files.writeString(dir.resolve("settings.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void noFileGivesTheDefaultsLikeTheFullRead() throws Exception {
        assertThat(SettingsPeek.read(dir)).contains(Settings.load(store()).value());
    }

    @Test
    void aFileFormCoachWroteReadsTheSameAsTheFullRead() throws Exception {
        Settings s = Settings.defaults().withTheme("dark")
                .withWindow(new Settings.WindowBounds(-1920.5, 40, 1280, 800.25, true))
                .withSound(0.35, true, true).withLeadInSeconds(7).withRegion("GB").withWelcomeSeen(true)
                .withReportPerson("Zoë \"Z\" O'Neil\u2028\\ \t", "1990-02-03");
        s.save(store());
        Optional<Settings> quick = SettingsPeek.read(dir);
        assertThat(quick).isPresent();
        assertThat(quick.get()).isEqualTo(Settings.load(store()).value()).isEqualTo(s);
    }

    @Test
    void theDefaultsWrittenReadBackTheSame() throws Exception {
        Settings.defaults().save(store());
        assertThat(SettingsPeek.read(dir)).contains(Settings.load(store()).value());
    }

    @Test
    void unknownKeysAreIgnoredAsTheFullReadDoes() throws Exception {
        write("""
                {"schemaVersion": 1, "data": {"theme": "dark", "window": null, "volume": 1, "muted": false,
                 "voice": false, "leadInSeconds": 3, "region": "FR", "welcomeSeen": true, "reportName": null,
                 "reportBirthDate": null, "later": {"a": [1, 2.5e3, true, null, "x"]}}}""");
        assertThat(SettingsPeek.read(dir)).contains(Settings.load(store()).value());
        assertThat(SettingsPeek.read(dir).orElseThrow().theme()).isEqualTo("dark");
    }

    @Test
    void anythingUnusualIsLeftToTheFullRead() throws Exception {
        String good = "{\"theme\": \"dark\", \"window\": null, \"volume\": 0.5, \"muted\": false, \"voice\": false, "
                + "\"leadInSeconds\": 3, \"region\": \"FR\", \"welcomeSeen\": true, \"reportName\": null, \"reportBirthDate\": null}";
        for (String bad : new String[] {
                "",
                "{\"schemaVersion\": 1, \"data\": " + good,                        // cut off
                "{\"schemaVersion\": 2, \"data\": " + good + "}",                  // a newer version's file
                "{\"schemaVersion\": 1.0, \"data\": " + good + "}",
                "{\"data\": " + good + "}",
                "{\"schemaVersion\": 1, \"data\": [" + good + "]}",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"volume\": 0.5, ", "") + "}",       // missing field
                "{\"schemaVersion\": 1, \"data\": " + good.replace("0.5", "\"0.5\"") + "}",               // a number as text
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"muted\": false", "\"muted\": 0") + "}",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"leadInSeconds\": 3", "\"leadInSeconds\": 3.5") + "}",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"theme\": \"dark\"", "\"theme\": 5") + "}",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"theme\": \"dark\"", "\"theme\": \"dark\", \"theme\": \"light\"") + "}",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"window\": null", "\"window\": {\"x\": 1}") + "}",
                "{\"schemaVersion\": 1, \"data\": " + good + "} trailing",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("0.5", "05") + "}",
                "{\"schemaVersion\": 1, \"data\": " + good.replace("\"FR\"", "\"F\\q\"") + "}",
                "{'schemaVersion': 1}",
        }) {
            write(bad);
            assertThat(SettingsPeek.read(dir)).as(bad).isEmpty();
        }
        Files.write(dir.resolve("settings.json"), new byte[] {'{', (byte) 0xC3, '}'});
        assertThat(SettingsPeek.read(dir)).isEmpty();
    }

    @Test
    void aFolderInPlaceOfTheFileIsLeftToTheFullRead() throws Exception {
        Files.createDirectory(dir.resolve("settings.json"));
        assertThat(SettingsPeek.read(dir)).isEmpty();
    }

    @Test
    void theQuickLookChangesNothing() throws Exception {
        write("{\"schemaVersion\": 1, \"data\": ");
        assertThat(SettingsPeek.read(dir)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }
}

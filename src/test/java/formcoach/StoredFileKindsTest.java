package formcoach;

import formcoach.cli.Cli;
import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.paincheck.PainCheckHistory;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import formcoach.timer.Routines;
import formcoach.timer.SessionLog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of file Form Coach stores, broken in four ways: each is moved aside with a message
 * naming it, the rest of the data folder is untouched, and the command line keeps working.
 */
class StoredFileKindsTest {
    @TempDir
    Path dir;

    /** name, whether its data is a list (so an object is the wrong type) */
    static Stream<Arguments> kinds() {
        List<Arguments> out = new ArrayList<>();
        String[][] kinds = {
                {Settings.STORE_NAME, "object"},
                {Routines.STORE_NAME, "list"},
                {SessionLog.STORE_NAME, "list"},
                {PainCheckHistory.STORE_NAME, "list"},
                {Library.IMPORTED_STORE, "list"},
                {Library.CUSTOM_STORE, "list"},
                {"favourites", "list"},
                {TodayPlan.STORE_NAME, "object"},
                {formcoach.timer.TempoChoice.STORE_NAME, "object"},
        };
        for (String[] k : kinds) {
            String wrongType = "object".equals(k[1]) ? "{\"schemaVersion\": 1, \"data\": [1, 2, 3]}"
                    : "{\"schemaVersion\": 1, \"data\": {\"not\": \"a list\"}}";
            out.add(Arguments.of(k[0], "truncated", "{\"schemaVersion\": 1, \"data\": [{\"id\": \"a"));
            out.add(Arguments.of(k[0], "empty", ""));
            out.add(Arguments.of(k[0], "wrong type", wrongType));
            out.add(Arguments.of(k[0], "garbage", "\u0007\u0000binary garbage \uFFFD"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    void brokenFileIsQuarantinedWithAMessageAndEverythingKeepsWorking(String name, String how, String content) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, content);
        Path bystander = dir.resolve("zz-other.json");
        Files.writeString(bystander, "left alone");

        List<String> messages = loadWithTheRealLoader(name);

        assertThat(file).as("the broken file is no longer in the way").doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith(name + ".corrupt-")).toList();
            assertThat(aside).hasSize(1);
            assertThat(aside.get(0)).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent(content);
        }
        assertThat(String.join("\n", messages)).contains(name + ".json could not be read");
        assertThat(bystander).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("left alone");

        for (String[] args : new String[][] {{"library", "list"}, {"routine", "list"}, {"pain-check", "history"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] full = Stream.concat(Stream.of(args), Stream.of("--data-dir", dir.toString())).toArray(String[]::new);
            Cli.Outcome o = Cli.run(full, new PrintWriter(out), new PrintWriter(err));
            assertThat(o.exitCode()).as(String.join(" ", args) + " still works: " + err).isZero();
        }
    }

    private List<String> loadWithTheRealLoader(String name) throws Exception {
        JsonStore store = new JsonStore(dir, Clock.systemUTC());
        List<String> messages = new ArrayList<>();
        switch (name) {
            case Settings.STORE_NAME -> Settings.load(store).notice().ifPresent(n -> messages.add(n.message()));
            case Routines.STORE_NAME -> messages.addAll(Routines.load(store, id -> true).notices());
            case SessionLog.STORE_NAME -> messages.addAll(new SessionLog(store, Clock.systemUTC()).notices());
            case PainCheckHistory.STORE_NAME -> new PainCheckHistory(store).load().notice().ifPresent(n -> messages.add(n.message()));
            case TodayPlan.STORE_NAME -> TodayPlan.latest(store);
            case formcoach.timer.TempoChoice.STORE_NAME -> formcoach.timer.TempoChoice.load(store).notice().ifPresent(n -> messages.add(n.message()));
            default -> messages.addAll(Library.load(store).problems());
        }
        store.notices().forEach(n -> messages.add(n.message()));
        return messages;
    }
}

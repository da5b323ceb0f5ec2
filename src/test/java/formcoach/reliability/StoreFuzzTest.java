package formcoach.reliability;

import formcoach.library.ExerciseCatalog;
import formcoach.library.FeelMap;
import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.paincheck.PainCheckHistory;
import formcoach.store.JsonStore;
import formcoach.store.Settings;
import formcoach.store.StoreException;
import formcoach.timer.KnownExercises;
import formcoach.timer.RoutineKind;
import formcoach.timer.Routines;
import formcoach.timer.RunSummary;
import formcoach.timer.SessionLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static formcoach.reliability.Runs.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded fuzzing of every stored kind: {@value #MUTANTS} mutants of a real file of each kind (bytes
 * flipped, cut, deleted, repeated; tokens such as null, NaN and brackets put in), each loaded by the
 * kind's real loader (every {@value #CLI_EVERY}th by the real command line instead). For every
 * mutant: no unexpected exception (the command line's exit 1), the mutant's bytes still on disk
 * (in place or in a corrupt copy), every other file byte for byte as it was; every
 * {@value #SAVE_EVERY}th mutant is followed by a save through the kind's real save path, which
 * must work.
 */
class StoreFuzzTest {
    static final int MUTANTS = Integer.getInteger("formcoach.fuzz.mutants", 2000);
    static final int CLI_EVERY = 50;
    static final int SAVE_EVERY = 10;
    static final long SEED = 20261206L;
    static final List<String> KINDS = List.of("settings", "lift-plan", "routines", "sessions", "pain-checks",
            "imported-exercises", "custom-exercises", "favourites");
    private static final String[] TOKENS = {"null", "NaN", "{", "}", "[", "]", "\"", ",", ":", "1e999", "-1", "[]", "{}",
            "\"\"", "0", "true", "\u0000", "\uFFFD", "{\"x\":1}", "99", "2147483648", "\"schemaVersion\": 2,"};

    @TempDir
    static Path seeds;
    static final Map<String, byte[]> SEEDS = new LinkedHashMap<>();
    static ExerciseCatalog.Result catalog;
    static FeelMap.Result feel;
    static Set<String> known;
    static formcoach.paincheck.PainChecker checker;

    /** A real file of each kind with a few records, made through the real save paths. */
    @BeforeAll
    static void realFiles() throws Exception {
        Path dir = Files.createDirectories(seeds.resolve("data"));
        Clock clock = Clock.systemUTC();
        JsonStore store = new JsonStore(dir, clock);
        Settings.defaults().withTheme("dark").withLeadInSeconds(5).save(store);
        new TodayPlan(LocalDate.of(2026, 12, 6), List.of("face-pull", "barbell-bent-over-row"), true).save(store);
        Path routine = Runs.write(seeds.resolve("r.json"), Runs.ROUTINE);
        Path facts = Runs.write(seeds.resolve("f.json"), Runs.FACTS);
        Path exercises = Runs.write(seeds.resolve("e.json"), Runs.export(Runs.exercise("imp-1", "import"), Runs.exercise("imp-2", "import"),
                Runs.exercise("mine-1", "custom"), Runs.exercise("mine-2", "custom")));
        for (int i = 0; i < 3; i++) {
            assertThat(cli(dir, "routine", "import", routine.toString()).code()).isZero();
            assertThat(cli(dir, "pain-check", "--facts", facts.toString(), "--save").code()).isZero();
            new SessionLog(store, clock).recordIfDue(summary(), Instant.parse("2026-12-01T10:00:00Z").plusSeconds(60L * i));
        }
        assertThat(cli(dir, "library", "import", exercises.toString()).code()).isZero();
        Library lib = Library.load(new JsonStore(dir, clock));
        lib.toggleFavourite("face-pull");
        lib.toggleFavourite("mine-1");
        for (String k : KINDS) {
            SEEDS.put(k, Files.readAllBytes(dir.resolve(k + ".json")));
        }
        catalog = ExerciseCatalog.loadBuiltin();
        feel = FeelMap.loadBuiltin();
        known = KnownExercises.fromAssetsOrContract();
        checker = formcoach.paincheck.PainChecker.load();
    }

    private static RunSummary summary() {
        return new RunSummary("upper-back-warmup", "Upper-back warm-up", RoutineKind.WARMUP, 7, 7, 420_000_000_000L,
                420_000_000_000L, 420_000_000_000L, true);
    }

    static byte[] mutate(byte[] seed, Random rnd) {
        byte[] b = seed;
        int rounds = 1 + rnd.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> { // flip a byte
                    if (b.length > 0) {
                        b = b.clone();
                        b[at] = (byte) rnd.nextInt(256);
                    }
                }
                case 1 -> b = Arrays.copyOf(b, at); // cut off
                case 2 -> { // delete a range
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(40));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 3, 4 -> { // put a token in, replacing a value most of the time
                    byte[] t = TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    int drop = rnd.nextBoolean() ? Math.min(b.length - at, rnd.nextInt(12)) : 0;
                    byte[] out = new byte[b.length - drop + t.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(t, 0, out, at, t.length);
                    System.arraycopy(b, at + drop, out, at + t.length, b.length - at - drop);
                    b = out;
                }
                default -> { // repeat a range
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(80));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
            }
        }
        return b;
    }

    private static void load(String kind, JsonStore store) throws StoreException {
        Clock clock = store.clock();
        switch (kind) {
            case "settings" -> Settings.load(store);
            case "lift-plan" -> TodayPlan.latest(store);
            case "routines" -> Routines.load(store, known::contains).all().forEach(r -> r.steps().size());
            case "sessions" -> new SessionLog(store, clock).all();
            case "pain-checks" -> new PainCheckHistory(store).load();
            default -> Library.load(store, catalog, feel).all();
        }
    }

    private static void save(String kind, JsonStore store) throws Exception {
        Clock clock = store.clock();
        switch (kind) {
            case "settings" -> Settings.load(store).value().withTheme("light").save(store);
            case "lift-plan" -> new TodayPlan(LocalDate.of(2026, 12, 7), List.of("face-pull"), false).save(store);
            case "routines" -> Routines.load(store, known::contains).importFrom(seeds.resolve("r.json"));
            case "sessions" -> new SessionLog(store, clock).recordIfDue(summary(), clock.instant());
            case "pain-checks" -> {
                formcoach.paincheck.Facts facts = formcoach.paincheck.FactsParser.parse(Runs.FACTS);
                new PainCheckHistory(store).add(facts, checker.check(facts, checker.region("FR")), clock.instant(), null, null, List.of());
            }
            case "favourites" -> Library.load(store, catalog, feel).toggleFavourite("face-pull");
            default -> Library.load(store, catalog, feel).importFile(seeds.resolve("e.json"));
        }
    }

    private static String[] command(String kind) {
        return switch (kind) {
            case "settings", "routines" -> new String[] {"routine", "list"};
            case "pain-checks" -> new String[] {"pain-check", "history"};
            case "sessions", "lift-plan" -> new String[] {"pain-check", "history"};
            default -> new String[] {"library", "list"};
        };
    }

    @Test
    void mutantsOfEveryStoredKindNeverCrashLoseTheOriginalOrTouchAnotherFile() throws Exception {
        Random rnd = new Random(SEED);
        Map<String, int[]> figures = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        for (String kind : KINDS) {
            Path dir = Files.createDirectories(fuzzRoot().resolve("fuzz-" + kind));
            // every other kind's real file, and this kind's previous version as its backup
            for (String other : KINDS) {
                if (!other.equals(kind)) {
                    Files.write(dir.resolve(other + ".json"), SEEDS.get(other));
                }
            }
            Files.write(dir.resolve(kind + ".json.bak"), SEEDS.get(kind));
            Map<String, byte[]> bystanders = Runs.snapshot(dir);
            int[] counts = new int[4]; // unexpected exceptions, originals lost, bystanders touched, saves failed
            long[] ns = new long[5]; // cli, load, checks, save, reset
            for (int i = 0; i < MUTANTS; i++) {
                byte[] mutant = mutate(SEEDS.get(kind), rnd);
                Path file = dir.resolve(kind + ".json");
                Files.write(file, mutant);
                JsonStore store = new JsonStore(dir, Clock.systemUTC());
                long t0 = System.nanoTime();
                try {
                    if (i % CLI_EVERY == 0) {
                        Runs.Run r = cli(dir, command(kind));
                        if (r.code() == 1) {
                            counts[0]++;
                            failures.add(kind + " #" + i + ": exit 1: " + r.err());
                        }
                    } else {
                        load(kind, store);
                    }
                } catch (StoreException expected) {
                    // a plain message, exit 2 on the command line
                } catch (RuntimeException | Error e) {
                    counts[0]++;
                    failures.add(kind + " #" + i + ": " + e);
                }
                long t1 = System.nanoTime();
                ns[i % CLI_EVERY == 0 ? 0 : 1] += t1 - t0;
                Map<String, byte[]> now = Runs.snapshot(dir);
                if (!originalKept(now, kind, mutant)) {
                    counts[1]++;
                    failures.add(kind + " #" + i + ": the original is gone: " + new String(mutant, StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, byte[]> b : bystanders.entrySet()) {
                    if (!Arrays.equals(b.getValue(), now.get(b.getKey()))) {
                        counts[2]++;
                        failures.add(kind + " #" + i + ": " + b.getKey() + " was touched");
                    }
                }
                long t2 = System.nanoTime();
                ns[2] += t2 - t1;
                if (i % SAVE_EVERY == 0) {
                    try {
                        now = null; // the save changes the folder: look again before resetting
                        save(kind, new JsonStore(dir, Clock.systemUTC()));
                    } catch (StoreException refused) {
                        // only a newer version's file may refuse a save
                        if (!refused.getMessage().contains("newer version")) {
                            counts[3]++;
                            failures.add(kind + " #" + i + ": the next save failed: " + refused.getMessage());
                        }
                    } catch (Exception | Error e) {
                        counts[3]++;
                        failures.add(kind + " #" + i + ": the next save failed: " + e);
                    }
                }
                long t3 = System.nanoTime();
                ns[3] += t3 - t2;
                reset(dir, bystanders, now == null ? Runs.snapshot(dir) : now);
                ns[4] += System.nanoTime() - t3;
            }
            figures.put(kind, counts);
            System.out.println("StoreFuzzTest: " + kind + ": ms in the command line, loading, checking, saving, resetting: "
                    + Arrays.toString(Arrays.stream(ns).map(x -> x / 1_000_000).toArray()));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        System.out.println("StoreFuzzTest: " + KINDS.size() * MUTANTS + " mutants in " + ms + " ms (" + cpuMs + " ms of CPU on the test's thread); per kind [exit-1, lost, bystanders, saves failed]: "
                + figures.entrySet().stream().map(e -> e.getKey() + "=" + Arrays.toString(e.getValue())).toList());
        assertThat(failures).as("failures").isEmpty();
    }

    /**
     * The folder the mutants are tried in: in memory (/dev/shm) where there is one, because every
     * repair fsyncs and a disk makes that the whole cost; what a kill or a power cut does is
     * StoreCrashTest's business, not this test's.
     */
    private static Path fuzzRoot() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            Path root = Files.createTempDirectory(shm, "formcoach-fuzz-");
            root.toFile().deleteOnExit();
            FUZZ_DIRS.add(root);
            return root;
        }
        return seeds;
    }

    static final List<Path> FUZZ_DIRS = new ArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void removeFuzzFolders() throws IOException {
        for (Path root : FUZZ_DIRS) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The mutant's exact bytes are still in the folder: in place (read or left alone) or as a corrupt copy. */
    private static boolean originalKept(Map<String, byte[]> now, String kind, byte[] mutant) {
        for (Map.Entry<String, byte[]> f : now.entrySet()) {
            if ((f.getKey().equals(kind + ".json") || f.getKey().startsWith(kind + ".corrupt-")) && Arrays.equals(f.getValue(), mutant)) {
                return true;
            }
        }
        return false;
    }

    /** Back to the start: this kind's file and its copies gone, every other file as it was. */
    private static void reset(Path dir, Map<String, byte[]> bystanders, Map<String, byte[]> now) throws IOException {
        for (Map.Entry<String, byte[]> f : now.entrySet()) {
            byte[] want = bystanders.get(f.getKey());
            if (want == null) {
                Files.delete(dir.resolve(f.getKey()));
            } else if (!Arrays.equals(want, f.getValue())) {
                Files.write(dir.resolve(f.getKey()), want);
            }
        }
        for (Map.Entry<String, byte[]> b : bystanders.entrySet()) {
            if (!now.containsKey(b.getKey())) {
                Files.write(dir.resolve(b.getKey()), b.getValue());
            }
        }
    }
}

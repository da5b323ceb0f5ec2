package formcoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hard-kills a writing JVM at random moments, 100 times, and checks after each kill that the stored
 * file parses and holds every record whose write had returned.
 */
class StoreCrashTest {
    private static final int KILLS = 100;

    @TempDir
    Path dir;

    @Test
    void killedWriterNeverLeavesABrokenFileOrLosesAConfirmedRecord() throws Exception {
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        int confirmed = 0;
        int killedMidWrite = 0;
        for (int i = 0; i < KILLS; i++) {
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", cp,
                    CrashWriterMain.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            AtomicInteger lastOk = new AtomicInteger(-1);
            java.util.concurrent.CountDownLatch firstOk = new java.util.concurrent.CountDownLatch(1);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            // the JVM may speak first (say, "Picked up JAVA_TOOL_OPTIONS: ..." on stderr)
            for (int skipped = 0; first != null && !first.startsWith("ready") && skipped < 20; skipped++) {
                first = out.readLine();
            }
            assertThat(first).as("child start").startsWith("ready");
            Thread reader = new Thread(() -> {
                try {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("ok ")) {
                            lastOk.set(Integer.parseInt(line.substring(3)));
                            firstOk.countDown();
                        }
                    }
                } catch (Exception ignored) {
                    // the stream ends when the child is killed
                }
            });
            reader.start();
            // counted from the child's first confirmed write, so a slow disk (or a slow machine)
            // still sees writes between kills; the kill then lands anywhere in the writes that follow
            assertThat(firstOk.await(60, TimeUnit.SECONDS)).as("kill %d: the child confirmed a write", i).isTrue();
            Thread.sleep(random.nextInt(120));
            p.destroyForcibly();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            if (lastOk.get() > confirmed) {
                confirmed = lastOk.get();
            }
            JsonStore store = new JsonStore(dir, Clock.systemUTC());
            Loaded<List<Integer>> loaded = store.read("records", 1, type, List::of);
            assertThat(loaded.source()).as("kill %d", i).isIn(Loaded.Source.FILE, Loaded.Source.ABSENT);
            List<Integer> records = loaded.value();
            assertThat(records.size()).as("kill %d keeps every confirmed record", i).isGreaterThanOrEqualTo(confirmed);
            for (int k = 0; k < records.size(); k++) {
                assertThat(records.get(k)).isEqualTo(k);
            }
            if (records.size() > lastOk.get()) {
                killedMidWrite++;
            }
            confirmed = records.size();
        }
        assertThat(confirmed).as("the writers made progress").isGreaterThanOrEqualTo(KILLS);
        System.out.println("StoreCrashTest: " + KILLS + " kills, " + confirmed + " records, " + killedMidWrite
                + " kills landed after a write completed but before it was confirmed");
    }
}

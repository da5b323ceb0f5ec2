package formcoach.video.pose;

import formcoach.video.CameraView;
import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PoseCacheTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T17:00:00Z"), ZoneOffset.UTC);

    static LandmarkFile sample() {
        float[][] pts = new float[Landmark.COUNT][3];
        for (int i = 0; i < Landmark.COUNT; i++) {
            pts[i] = new float[]{i / 40f, 1 - i / 40f, 0.5f};
        }
        return new LandmarkFile(30, 1280, 720, "barbell-bent-over-row", CameraView.SIDE,
                List.of(new LandmarkFile.Frame(0, pts), new LandmarkFile.Frame(1 / 30.0, pts)));
    }

    @Test
    void storesByContentAndFindsTheSameClipUnderAnotherName(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("set1.mp4");
        Files.write(a, new byte[]{1, 2, 3, 4});
        Path b = dir.resolve("copy of set1.mp4");
        Files.copy(a, b);
        Path other = dir.resolve("set2.mp4");
        Files.write(other, new byte[]{1, 2, 3, 5});
        PoseCache cache = new PoseCache(dir.resolve("data"), CLOCK);
        String hash = PoseCache.hash(a);
        assertThat(hash).isEqualTo("9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a");
        cache.put(hash, a, sample());
        assertThat(Files.exists(dir.resolve("data/video-analyses/pose-" + hash + ".json"))).isTrue();

        LandmarkFile back = cache.find(PoseCache.hash(b), "lat-pulldown", CameraView.BACK).orElseThrow();
        assertThat(back.lift()).isEqualTo("lat-pulldown");
        assertThat(back.view()).isEqualTo(CameraView.BACK);
        assertThat(back.fps()).isEqualTo(30);
        assertThat(back.frames()).hasSize(2);
        assertThat(back.frames().get(1).t()).isEqualTo(1 / 30.0);
        assertThat(back.frames().get(0).landmarks()[32]).containsExactly(32 / 40f, 1 - 32 / 40f, 0.5f);
        assertThat(cache.contains(PoseCache.hash(other))).isFalse();

        assertThat(cache.delete(hash)).isTrue();
        assertThat(cache.contains(hash)).isFalse();
        assertThat(cache.delete(hash)).isFalse();
        try (var files = Files.list(dir.resolve("data/video-analyses"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("pose-"))).isEmpty();
        }
    }

    @Test
    void anEntryFromAnotherModelIsNotUsed(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String hash = "a".repeat(64);
        new formcoach.store.JsonStore(data.resolve(PoseCache.FOLDER), CLOCK).write("pose-" + hash, PoseCache.SCHEMA,
                new PoseCache.Entry("x.mp4", 4, "some-older-model", "2026-01-01T00:00:00Z", sample()));
        assertThat(new PoseCache(data, CLOCK).find(hash, null, null)).isEmpty();
    }

    @Test
    void theServiceAnalysesOnceThenReadsTheCache(@TempDir Path dir) throws Exception {
        Path clip = java.nio.file.Paths.get(PoseCacheTest.class.getResource("/video/messi-lean.mp4").toURI());
        Path copy = dir.resolve("lean.mp4");
        Files.copy(clip, copy);
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            PoseService service = new PoseService(new ClipAnalyzer(executor, 2), new PoseCache(dir.resolve("data"), CLOCK));
            AtomicInteger calls = new AtomicInteger();
            PoseService.Result first = service.landmarks(copy, null, CameraView.SIDE, (d, t) -> calls.incrementAndGet(), () -> false);
            assertThat(first.fromCache()).isFalse();
            assertThat(first.storeProblem()).isEmpty();
            assertThat(calls.get()).isEqualTo(60);
            PoseService.Result second = service.landmarks(copy, "barbell-deadlift", null, (d, t) -> calls.incrementAndGet(), () -> false);
            assertThat(second.fromCache()).isTrue();
            assertThat(calls.get()).isEqualTo(60);
            assertThat(second.landmarks().lift()).isEqualTo("barbell-deadlift");
            assertThat(second.landmarks().frames()).hasSize(60);
            assertThat(second.landmarks().frames().get(7).landmarks()[0])
                    .containsExactly(first.landmarks().frames().get(7).landmarks()[0]);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aDamagedSavedAnalysisIsMovedAsideWithAMessageAndNotUsed(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String hash = "b".repeat(64);
        Files.createDirectories(data.resolve(PoseCache.FOLDER));
        Files.writeString(data.resolve(PoseCache.FOLDER).resolve("pose-" + hash + ".json"), "{\"schemaVersion\": 1, \"data\": {\"landm");
        PoseCache cache = new PoseCache(data, CLOCK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.find(hash, null, null))
                .isInstanceOf(formcoach.store.StoreException.class)
                .hasMessageContaining("pose-" + hash + ".json could not be read");
        assertThat(cache.find(hash, null, null)).isEmpty();
        try (var files = Files.list(data.resolve(PoseCache.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("pose-" + hash + ".corrupt-"));
        }
    }
}

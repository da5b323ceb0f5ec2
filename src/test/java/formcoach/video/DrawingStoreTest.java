package formcoach.video;

import formcoach.video.Drawing.Kind;
import formcoach.video.Drawing.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawingStoreTest {
    private static final String HASH = "ab".repeat(32);
    @TempDir
    Path dir;

    private final Drawing angle = new Drawing(1, Kind.ANGLE, 18, 0.6, List.of(new Point(0.2, 0.5), new Point(0.5, 0.5), new Point(0.5, 0.2)), null);
    private final Drawing note = new Drawing(2, Kind.NOTE, 3, 0.1, List.of(new Point(0.4, 0.1)), "chin tucked");

    @Test
    void drawingsSurviveANewStoreOnTheSameFolder() throws Exception {
        new DrawingStore(dir, Clock.systemUTC()).save(HASH, List.of(angle, note));
        DrawingStore.Read read = new DrawingStore(dir, Clock.systemUTC()).load(HASH);
        assertThat(read.drawings()).containsExactly(angle, note);
        assertThat(read.problem()).isNull();
        assertThat(Files.readString(dir.resolve("video-drawings/drawings-" + HASH + ".json"))).contains("\"kind\" : \"ANGLE\"");
    }

    @Test
    void aClipWithoutDrawingsHasNoFile() throws Exception {
        DrawingStore store = new DrawingStore(dir, Clock.systemUTC());
        assertThat(store.load(HASH).drawings()).isEmpty();
        store.save(HASH, List.of(angle));
        store.save(HASH, List.of());
        assertThat(Files.exists(dir.resolve("video-drawings/drawings-" + HASH + ".json"))).isFalse();
        store.save(HASH, List.of(angle));
        assertThat(store.delete(HASH)).isTrue();
        assertThat(store.delete(HASH)).isFalse();
        assertThat(store.load(HASH).drawings()).isEmpty();
    }

    @Test
    void anUnusableDrawingIsSetAsideAndTheRestKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("video-drawings"));
        Files.writeString(folder.resolve("drawings-" + HASH + ".json"), """
                {"schemaVersion": 1, "data": [
                  {"id": 1, "kind": "ANGLE", "frame": 18, "t": 0.6, "points": [{"x": 0.2, "y": 0.5}, {"x": 0.5, "y": 0.5}, {"x": 0.5, "y": 0.2}]},
                  {"id": 2, "kind": "LINE", "frame": 2, "t": 0.1, "points": [{"x": 0.2, "y": 0.5}]}
                ]}
                """);
        DrawingStore.Read read = new DrawingStore(dir, Clock.systemUTC()).load(HASH);
        assertThat(read.drawings()).containsExactly(angle);
        assertThat(read.problem()).contains("2 points");
    }

    @Test
    void onlyAContentHashNamesAFile() {
        DrawingStore store = new DrawingStore(dir, Clock.systemUTC());
        assertThatThrownBy(() -> store.load("../settings")).isInstanceOf(IllegalArgumentException.class);
    }
}

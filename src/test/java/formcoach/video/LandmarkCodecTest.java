package formcoach.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LandmarkCodecTest {
    static LandmarkFile sample(int frames) {
        List<LandmarkFile.Frame> list = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            float[][] lm = new float[Landmark.COUNT][];
            for (int k = 0; k < Landmark.COUNT; k++) {
                lm[k] = new float[] {0.1f + 0.02f * k, 0.2f + 0.001f * i, k % 2 == 0 ? 0.9f : 0.35f};
            }
            list.add(new LandmarkFile.Frame(i / 30.0, lm));
        }
        return new LandmarkFile(30, 1280, 720, "barbell-bent-over-row", CameraView.SIDE, list);
    }

    private static String framesJson(String landmarks) {
        return "{\"fps\": 30, \"width\": 1280, \"height\": 720, \"lift\": \"pull-up\", \"view\": \"back\", \"frames\": [{\"t\": 0.0, \"landmarks\": "
                + landmarks + "}]}";
    }

    private static String points(int n, String each) {
        return "[" + String.join(",", java.util.Collections.nCopies(n, each)) + "]";
    }

    private static LandmarkFile read(String json) throws LandmarkFileException {
        return LandmarkCodec.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    @Test
    void writesAndReadsBackTheSameFile() throws Exception {
        LandmarkFile f = sample(12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LandmarkCodec.write(f, out);
        LandmarkFile back = LandmarkCodec.read(new ByteArrayInputStream(out.toByteArray()), "x");
        assertThat(back.fps()).isEqualTo(30);
        assertThat(back.width()).isEqualTo(1280);
        assertThat(back.lift()).isEqualTo("barbell-bent-over-row");
        assertThat(back.view()).isEqualTo(CameraView.SIDE);
        assertThat(back.frames()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(back.frames().get(i).t()).isCloseTo(f.frames().get(i).t(), org.assertj.core.data.Offset.offset(1e-4));
            for (Landmark l : Landmark.values()) {
                assertThat(back.frames().get(i).x(l)).isCloseTo(f.frames().get(i).x(l), org.assertj.core.data.Offset.offset(1e-5f));
                assertThat(back.frames().get(i).y(l)).isCloseTo(f.frames().get(i).y(l), org.assertj.core.data.Offset.offset(1e-5f));
                assertThat(back.frames().get(i).visibility(l)).isCloseTo(f.frames().get(i).visibility(l), org.assertj.core.data.Offset.offset(1e-3f));
            }
        }
    }

    @Test
    void readsTheIssuesExampleShapeWithNullLiftAndUnknownExtraKeys() throws Exception {
        LandmarkFile f = read("{\"fps\": 25, \"width\": 640, \"height\": 480, \"lift\": null, \"view\": null, \"model\": \"x\", \"frames\": [{\"t\": 0, \"landmarks\": "
                + points(33, "[0.5, 0.5, 1]") + ", \"extra\": [1, 2]}]}");
        assertThat(f.lift()).isNull();
        assertThat(f.view()).isNull();
        assertThat(f.frames()).hasSize(1);
    }

    @Test
    void writesAtomicallyToAFile() throws Exception {
        Path dir = Files.createTempDirectory("lm");
        Path target = dir.resolve("set.json");
        LandmarkCodec.write(sample(3), target);
        assertThat(LandmarkCodec.read(target).frames()).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(target);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            32 | [0.5, 0.5, 0.9]         | 32 landmarks, BlazePose has exactly 33
            34 | [0.5, 0.5, 0.9]         | more than 33 landmarks
            33 | [0.5, 0.5]              | got 2 numbers
            33 | [0.5, 0.5, 0.9, 1]      | got more than three numbers
            33 | [0.5, 2.5, 0.9]         | y is 2.5, outside
            33 | [0.5, 0.5, 1.2]         | visibility is 1.2, must be between 0 and 1
            33 | [0.5, 0.5, -0.1]        | visibility is -0.1
            33 | ["a", 0.5, 0.9]         | got a
            """)
    void rejectsBadLandmarksNamingFrameAndLandmark(int n, String each, String message) {
        assertThatThrownBy(() -> read(framesJson(points(n, each))))
                .isInstanceOf(LandmarkFileException.class)
                .hasMessageContaining("in.json: ")
                .hasMessageContaining("frame 0")
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2, 3]                                                           | expected a JSON object
            {"fps": 30, "width": 10, "height": 10}                               | it needs "fps" and "frames"
            {"fps": 0, "width": 10, "height": 10, "frames": []}                  | "fps" must be more than 0
            {"fps": 30, "frames": []}                                            | "width" and "height"
            {"fps": 30, "width": 1.5, "height": 10, "frames": []}                | whole number of pixels
            {"fps": 30, "width": 10, "height": 10, "view": "top", "frames": []}  | "view" must be side, front or back
            {"fps": 30, "width": 10, "height": 10, "frames": [                  | not a landmark file
            {"fps": 30, "width": 10, "height": 10, "frames": []} trailing        | not a landmark file
            """)
    void rejectsFilesThatAreNotLandmarkFiles(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(LandmarkFileException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsTimesThatGoBackwards() {
        String frame = "{\"t\": %s, \"landmarks\": " + points(33, "[0.5, 0.5, 0.9]") + "}";
        String json = "{\"fps\": 30, \"width\": 10, \"height\": 10, \"frames\": [" + frame.formatted("0.1") + "," + frame.formatted("0.1") + "]}";
        assertThatThrownBy(() -> read(json)).hasMessageContaining("frame 1: \"t\" 0.1 does not come after");
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> LandmarkCodec.read(Path.of("/no/such/file.json"))).hasMessage("/no/such/file.json: no such file");
    }
}

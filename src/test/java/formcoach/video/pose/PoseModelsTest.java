package formcoach.video.pose;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed models are exactly the files of @mediapipe/pose 0.5.1675469404, with their licence. */
class PoseModelsTest {
    private static final Path DIR = Path.of("assets/models");

    static Map<String, String> sums() throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split("\\s+");
                sums.put(parts[1], parts[0]);
            }
        }
        return sums;
    }

    @Test
    void checksumsMatchThePublishedPackage() throws Exception {
        Map<String, String> sums = sums();
        // the values npm pack @mediapipe/pose@0.5.1675469404 gave on 2026-12-06
        assertThat(sums).containsExactly(
                Map.entry("pose_detection.tflite", "a63c614bef30d35947f13be361820b1e4e3bec9cfeebf4d11216a18373108e85"),
                Map.entry("pose_landmark_full.tflite", "e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f"));
        for (Map.Entry<String, String> e : sums.entrySet()) {
            // the copy on the class path is the one the app loads
            try (InputStream in = PoseModelsTest.class.getResourceAsStream("/assets/models/" + e.getKey())) {
                assertThat(in).as(e.getKey()).isNotNull();
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertThat(HexFormat.of().formatHex(digest)).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(Files.size(DIR.resolve("pose_landmark_full.tflite"))).isEqualTo(6_440_512L);
        assertThat(Files.size(DIR.resolve("pose_detection.tflite"))).isEqualTo(2_962_288L);
    }

    @Test
    void theLicenceAndNoticeShipBesideThem() throws Exception {
        String licence = Files.readString(DIR.resolve("LICENSE-Apache-2.0.txt"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "TERMS AND CONDITIONS FOR USE");
        String notice = Files.readString(DIR.resolve("NOTICE"));
        assertThat(notice).contains("@mediapipe/pose", "0.5.1675469404", "Apache", "pose_solution_packed_assets.data");
        assertThat(PoseModelsTest.class.getResource("/assets/models/NOTICE")).isNotNull();
        assertThat(PoseModelsTest.class.getResource("/assets/models/LICENSE-Apache-2.0.txt")).isNotNull();
    }

    @Test
    void bothModelsLoadWithTheShapesThePipelineExpects() throws Exception {
        try (TfliteModel detector = new TfliteModel(PoseDetector.MODEL, 1);
             TfliteModel landmarks = new TfliteModel(LandmarkModel.MODEL, 1)) {
            assertThat(detector.inputShape()).containsExactly(1, 224, 224, 3);
            assertThat(detector.outputWithSize(2254 * 12)).isNotNegative();
            assertThat(detector.outputWithSize(2254)).isNotNegative();
            assertThat(PoseDetector.anchors().length).isEqualTo(2254);
            assertThat(landmarks.inputShape()).containsExactly(1, 256, 256, 3);
            assertThat(landmarks.outputWithSize(39 * 5)).isNotNegative();
        }
    }
}

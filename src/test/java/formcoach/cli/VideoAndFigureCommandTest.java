package formcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Json;
import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code library figure} and {@code video analyze} in-process: files, JSON keys, exit codes and one-line errors. */
class VideoAndFigureCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        Cli.Outcome o = Cli.run(all.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    private void assertBadInput(Run r, String message) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("formcoach: ").contains(message);
        assertThat(r.err().lines().toList()).as("exactly one line on stderr").hasSize(1);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void figureWritesALandmarkFileThatAnalyzeReadsBackWithTheShownFault() throws Exception {
        Path file = tmp.resolve("row.json");
        Run fig = run("library", "figure", "barbell-bent-over-row", "--fault", "SHRUGGING", "--reps", "3", "--fps", "25", "--keypoints-out", file.toString());
        assertThat(fig.code()).as(fig.err()).isZero();
        LandmarkFile lm = LandmarkCodec.read(file);
        assertThat(lm.fps()).isEqualTo(25);
        assertThat(lm.lift()).isEqualTo("barbell-bent-over-row");
        assertThat(lm.view().id()).isEqualTo("side");

        Run an = run("video", "analyze", "--keypoints", file.toString(), "--json");
        assertThat(an.code()).as(an.err()).isZero();
        JsonNode root = Json.mapper().readTree(an.out());
        assertThat(root.get("reps")).hasSize(3);
        JsonNode rep = root.get("reps").get(0);
        assertThat(rep.get("rep").asInt()).isEqualTo(1);
        assertThat(rep.get("start").asDouble()).isLessThan(rep.get("end").asDouble());
        assertThat(rep.get("faults").get(0).asText()).isEqualTo("SHRUGGING");
        assertThat(rep.get("faults")).hasSize(1);
        JsonNode shrug = rep.get("measures").get("shrug");
        assertThat(shrug.get("value").asDouble()).isGreaterThan(shrug.get("threshold").asDouble());
        assertThat(shrug.get("flagged").asBoolean()).isTrue();
        assertThat(shrug.has("peak")).isTrue();
        assertThat(rep.get("measures").get("rounding").get("estimate").asBoolean()).isTrue();
        assertThat(root.get("fixes").get("SHRUGGING").asText()).isNotBlank();
    }

    @Test
    void analyzeOverridesViewAndWritesTheKeypointsItAnalysed() throws Exception {
        Path file = tmp.resolve("pu.json");
        assertThat(run("library", "figure", "pull-up", "--view", "back", "--reps", "2", "--keypoints-out", file.toString()).code()).isZero();
        Path copy = tmp.resolve("copy.json");
        Run an = run("video", "analyze", "--keypoints", file.toString(), "--view", "back", "--keypoints-out", copy.toString());
        assertThat(an.code()).as(an.err()).isZero();
        assertThat(an.out()).startsWith("Pull-up, back view: 2 reps").contains("Rep 1").contains("judged only from the side");
        assertThat(LandmarkCodec.read(copy).frames()).hasSameSizeAs(LandmarkCodec.read(file).frames());
    }

    @Test
    void figureDrawsAPng() throws Exception {
        Path png = tmp.resolve("f.png");
        Run r = run("library", "figure", "conventional-deadlift", "--fault", "rounding", "--png-out", png.toString(), "--at", "0.3", "--size", "320x240");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(img.getHeight()).isEqualTo(240);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path notLm = tmp.resolve("notes.txt");
        Files.writeString(notLm, "hello");
        Path clip = tmp.resolve("clip.mp4");
        Files.write(clip, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'});
        assertBadInput(run("video", "analyze", "--keypoints", notLm.toString()), "not a landmark file");
        assertBadInput(run("video", "analyze", "--keypoints", tmp.resolve("missing.json").toString()), "no such file");
        assertBadInput(run("video", "analyze", clip.toString()), "is not a video Form Coach can read");
        assertBadInput(run("video", "analyze"), "give a clip or --keypoints FILE");
        Path cut = tmp.resolve("cut.json");
        Files.writeString(cut, "{\"fps\": 30, \"width\": 640, \"height\": 480, \"frames\": [");
        assertBadInput(run("video", "analyze", "--keypoints", cut.toString()), "not a landmark file");
        Path realClip = tmp.resolve("set.mp4");
        Files.copy(java.nio.file.Paths.get(getClass().getResource("/video/messi-lean.mp4").toURI()), realClip);
        assertBadInput(run("video", "analyze", realClip.toString(), "--lift", "back-squat"), "no exercise with id 'back-squat'");
        Path file = tmp.resolve("ok.json");
        assertThat(run("library", "figure", "pull-up", "--reps", "1", "--keypoints-out", file.toString()).code()).isZero();
        assertBadInput(run("video", "analyze", "--keypoints", file.toString(), "--lift", "back-squat"), "no exercise with id 'back-squat'");
        assertBadInput(run("video", "analyze", "--keypoints", file.toString(), "--view", "top"), "--view must be side, front or back");
        assertBadInput(run("video", "analyze", "--keypoints", file.toString(), "--keypoints-out", notLm.toString()), "not overwriting");
        assertThat(Files.readString(notLm)).isEqualTo("hello");
        assertBadInput(run("library", "figure", "pull-up", "--fault", "SWING", "--keypoints-out", file.toString()), "--fault must be NONE");
        assertBadInput(run("library", "figure", "cat-cow", "--keypoints-out", file.toString()), "has no figure yet");
        assertBadInput(run("library", "figure", "no-such-lift", "--keypoints-out", file.toString()), "no exercise with id");
        assertBadInput(run("library", "figure", "pull-up"), "--keypoints-out FILE, --png-out FILE");
        assertBadInput(run("library", "figure", "pull-up", "--reps", "0", "--keypoints-out", file.toString()), "--reps must be between 1 and 50");
        assertBadInput(run("library", "figure", "pull-up", "--keypoints-out", tmp.resolve("nope/x.json").toString()), "does not exist");
    }
}

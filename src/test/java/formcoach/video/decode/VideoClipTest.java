package formcoach.video.decode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoClipTest {
    static Path clip;

    @BeforeAll
    static void find() throws Exception {
        clip = Paths.get(VideoClipTest.class.getResource("/video/messi-lean.mp4").toURI());
    }

    @Test
    void readsTheCommittedH264ClipFrameByFrame() throws Exception {
        try (VideoClip video = VideoClip.open(clip)) {
            VideoInfo info = video.info();
            assertThat(info.width()).isEqualTo(548);
            assertThat(info.height()).isEqualTo(342);
            assertThat(info.fps()).isEqualTo(15.0);
            assertThat(info.codec()).isEqualTo("h264");
            assertThat(info.durationSeconds()).isBetween(3.9, 4.1);
            int n = 0;
            VideoFrame f;
            while ((f = video.next()) != null) {
                assertThat(f.index()).isEqualTo(n);
                assertThat(f.time()).isEqualTo(n / 15.0);
                assertThat(f.image().width()).isEqualTo(548);
                n++;
            }
            assertThat(n).isEqualTo(60);
        }
    }

    @Test
    void seeksToAnExactFrameBackwardAndForward() throws Exception {
        byte[] frame37;
        byte[] frame3;
        try (VideoClip video = VideoClip.open(clip)) {
            for (int i = 0; i < 3; i++) {
                video.skip();
            }
            frame3 = video.next().image().pixels();
            for (int i = 4; i < 37; i++) {
                video.skip();
            }
            frame37 = video.next().image().pixels();
        }
        try (VideoClip video = VideoClip.open(clip)) {
            VideoFrame f = video.frame(37);
            assertThat(f.index()).isEqualTo(37);
            assertThat(f.image().pixels()).isEqualTo(frame37);
            VideoFrame back = video.frame(3);
            assertThat(back.index()).isEqualTo(3);
            assertThat(back.image().pixels()).isEqualTo(frame3);
            assertThat(video.frame(37).image().pixels()).isEqualTo(frame37);
            assertThat(frame3).isNotEqualTo(frame37);
        }
    }

    @Test
    void opensWebmAviAndMovMadeHere(@TempDir Path dir) throws Exception {
        for (String format : new String[]{"webm", "avi", "mov"}) {
            Path file = dir.resolve("clip." + format);
            TestClips.write(file, format, 160, 100, 10, 0.5, 0.25);
            try (VideoClip video = VideoClip.open(file)) {
                assertThat(video.info().width()).as(format).isEqualTo(160);
                assertThat(video.info().height()).as(format).isEqualTo(100);
                int n = 0;
                while (video.next() != null) {
                    n++;
                }
                assertThat(n).as(format).isEqualTo(5);
            }
        }
    }

    @Test
    void aFileThatIsNotAVideoGetsOnePlainSentence(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "these are my notes, not a video\n");
        assertThatThrownBy(() -> VideoClip.open(text))
                .isInstanceOf(VideoException.class)
                .hasMessage("notes.mp4 is not a video Form Coach can read (FFmpeg could not open it).");
        assertThatThrownBy(() -> VideoClip.open(dir.resolve("missing.mp4")))
                .isInstanceOf(VideoException.class).hasMessageStartingWith("There is no file ");
        assertThatThrownBy(() -> VideoClip.open(dir))
                .isInstanceOf(VideoException.class).hasMessageEndingWith("is a folder, not a video.");
    }

    @Test
    void aStillPictureIsNotAClip() throws Exception {
        Path photo = Paths.get(VideoClipTest.class.getResource("/video/messi5.jpg").toURI());
        // FFmpeg opens a JPEG as a one-frame "video"; it is readable, with one frame
        try (VideoClip video = VideoClip.open(photo)) {
            assertThat(video.next()).isNotNull();
            assertThat(video.next()).isNull();
        }
    }

    @Test
    void turnsPicturesUprightByQuarterTurns() {
        RgbImage img = new RgbImage(2, 1, new byte[]{1, 1, 1, 2, 2, 2});
        RgbImage cw = img.rotatedClockwise(1);
        assertThat(cw.width()).isEqualTo(1);
        assertThat(cw.height()).isEqualTo(2);
        assertThat(cw.pixels()).containsExactly(1, 1, 1, 2, 2, 2);
        RgbImage half = img.rotatedClockwise(2);
        assertThat(half.pixels()).containsExactly(2, 2, 2, 1, 1, 1);
        assertThat(img.rotatedClockwise(3).pixels()).containsExactly(2, 2, 2, 1, 1, 1);
    }
}

package formcoach.video.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CamerasTest {
    @Test
    void linuxCamerasAreTheVideoDevices(@TempDir Path dev) throws Exception {
        for (String name : new String[]{"video1", "video0", "videox", "null", "media0"}) {
            Files.createFile(dev.resolve(name));
        }
        assertThat(Cameras.find(dev, "Linux")).containsExactly(
                new CameraDevice("v4l2", dev.resolve("video0").toString(), "video0"),
                new CameraDevice("v4l2", dev.resolve("video1").toString(), "video1"));
    }

    @Test
    void noVideoDeviceIsNoCameraNotAnError(@TempDir Path dev) {
        assertThat(Cameras.find(dev, "Linux")).isEmpty();
        assertThat(Cameras.find(dev.resolve("missing"), "Linux")).isEmpty();
        assertThat(Cameras.find(dev, "Plan 9")).isEmpty();
    }

    @Test
    void eachSystemHasItsCameraInput() {
        assertThat(Cameras.inputFormat("Linux")).contains("v4l2");
        assertThat(Cameras.inputFormat("Windows 11")).contains("dshow");
        assertThat(Cameras.inputFormat("Mac OS X")).contains("avfoundation");
        assertThat(Cameras.inputFormat("FreeBSD")).isEmpty();
    }

    @Test
    void openingACameraThatIsNotThereSaysSoInOneSentence(@TempDir Path dev) {
        CameraDevice missing = new CameraDevice("v4l2", dev.resolve("video7").toString(), "video7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CameraSource.open(missing, 640, 480, 30))
                .isInstanceOf(formcoach.video.decode.VideoException.class)
                .hasMessage("The camera video7 could not be opened (it may be in use by another program, or unplugged).");
    }
}

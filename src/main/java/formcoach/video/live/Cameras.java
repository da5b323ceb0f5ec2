package formcoach.video.live;

import org.bytedeco.ffmpeg.avdevice.AVDeviceInfo;
import org.bytedeco.ffmpeg.avdevice.AVDeviceInfoList;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.global.avdevice;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The webcams on this computer. Linux: the {@code /dev/video*} devices (opened with {@code v4l2}).
 * Windows and macOS: the video devices FFmpeg's {@code dshow} or {@code avfoundation} input lists; where
 * it cannot list them, the system's default camera is offered and opening it says whether there is one.
 */
public final class Cameras {
    private Cameras() {
    }

    /** FFmpeg's camera input on this system, or empty where Form Coach knows none. */
    public static Optional<String> inputFormat(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            return Optional.of("v4l2");
        }
        if (os.contains("windows")) {
            return Optional.of("dshow");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Optional.of("avfoundation");
        }
        return Optional.empty();
    }

    /** This computer's webcams (none is an empty list, never an error). */
    public static List<CameraDevice> find() {
        return find(Path.of("/dev"), System.getProperty("os.name", ""));
    }

    /** As {@link #find()}, with the device folder and system name given (for tests). */
    public static List<CameraDevice> find(Path devDir, String osName) {
        Optional<String> format = inputFormat(osName);
        if (format.isEmpty()) {
            return List.of();
        }
        String f = format.get();
        if (f.equals("v4l2")) {
            try (Stream<Path> files = Files.list(devDir)) {
                return files.filter(p -> p.getFileName().toString().matches("video\\d+")).sorted()
                        .map(p -> new CameraDevice(f, p.toString(), p.getFileName().toString())).toList();
            } catch (IOException e) {
                return List.of();
            }
        }
        List<CameraDevice> listed = listWithFfmpeg(f);
        if (!listed.isEmpty()) {
            return listed;
        }
        // dshow and avfoundation may not list: offer the default camera, and let opening it tell
        return List.of(f.equals("dshow") ? new CameraDevice(f, "video=0", "Default camera")
                : new CameraDevice(f, "0:none", "Default camera"));
    }

    private static List<CameraDevice> listWithFfmpeg(String format) {
        List<CameraDevice> out = new ArrayList<>();
        try {
            FFmpegFrameGrabber.tryLoad();
            AVInputFormat input = avformat.av_find_input_format(format);
            if (input == null) {
                return out;
            }
            PointerPointer<AVDeviceInfoList> holder = new PointerPointer<>(1);
            try {
                int n = avdevice.avdevice_list_input_sources(input, (BytePointer) null, null, holder);
                if (n <= 0 || holder.get(0) == null) {
                    return out;
                }
                AVDeviceInfoList list = new AVDeviceInfoList(holder.get(0));
                for (int i = 0; i < list.nb_devices(); i++) {
                    AVDeviceInfo d = list.devices(i);
                    String name = d.device_name() == null ? null : d.device_name().getString();
                    String label = d.device_description() == null ? name : d.device_description().getString();
                    if (name == null || name.isBlank()) {
                        continue;
                    }
                    String device = format.equals("dshow") ? "video=" + name : name + ":none";
                    out.add(new CameraDevice(format, device, label == null || label.isBlank() ? name : label));
                }
            } finally {
                if (holder.get(0) != null) {
                    avdevice.avdevice_free_list_devices(holder);
                }
                holder.close();
            }
        } catch (Exception | LinkageError e) {
            // FFmpeg cannot list this input's devices here: the default camera is offered instead
            out.clear();
        }
        return out;
    }
}

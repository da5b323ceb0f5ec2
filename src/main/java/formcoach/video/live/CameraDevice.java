package formcoach.video.live;

/**
 * A webcam FFmpeg can open: {@code format} is its input device ({@code v4l2} on Linux, {@code dshow} on
 * Windows, {@code avfoundation} on macOS), {@code device} what that input is given ({@code /dev/video0},
 * {@code video=Integrated Camera}, {@code 0}), and {@code label} what the person reads.
 */
public record CameraDevice(String format, String device, String label) {
}

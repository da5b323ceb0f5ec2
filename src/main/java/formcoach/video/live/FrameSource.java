package formcoach.video.live;

import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;

/**
 * Where live frames come from: a webcam ({@link CameraSource}), or a clip played at its own pace
 * ({@link PacedClipSource}), which is how the live path is driven where no camera exists. {@link #grab()}
 * blocks until the source has its next frame, as a camera does; a source is used by one thread only.
 */
public interface FrameSource extends AutoCloseable {
    /** What the person sees it called ("/dev/video0", "Integrated Camera", a file name). */
    String name();

    /** The frames per second the source delivers (what the camera agreed to, or the clip's rate). */
    double fps();

    /**
     * The next frame, waiting for it; its time is seconds since the source started. Null at the end
     * (a clip that ran out, a camera unplugged) or when the waiting thread was interrupted.
     *
     * @throws VideoException with one plain sentence when the source fails
     */
    VideoFrame grab() throws VideoException;

    /** Lets go of the device or file; safe to call twice. */
    @Override
    void close();
}

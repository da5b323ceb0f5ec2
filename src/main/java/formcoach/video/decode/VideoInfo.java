package formcoach.video.decode;

/**
 * What a clip is: the size of its pictures as shown (after the phone's rotation tag), frames per
 * second, length, and the container and codec FFmpeg found.
 *
 * @param frameCount the number of video frames as the container reports it (an estimate for some formats)
 * @param rotation   the clockwise turn in degrees (0, 90, 180, 270) applied to the coded pictures
 */
public record VideoInfo(int width, int height, double fps, double durationSeconds, int frameCount,
                        String format, String codec, int rotation) {

    /** The time of frame {@code index} from the clip's start, in seconds. */
    public double timeOf(int index) {
        return index / fps;
    }

    /** The index of the frame shown at {@code seconds} (clamped to the clip). */
    public int frameAt(double seconds) {
        int i = (int) Math.floor(seconds * fps + 1e-6);
        return Math.max(0, Math.min(Math.max(0, frameCount - 1), i));
    }
}

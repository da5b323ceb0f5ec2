package formcoach.video.decode;

/** A decoded frame: its index from the clip's start (0-based), its time in seconds, and its picture. */
public record VideoFrame(int index, double time, RgbImage image) {
}

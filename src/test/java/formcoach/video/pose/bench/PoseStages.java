package formcoach.video.pose.bench;

import formcoach.video.decode.VideoClip;
import formcoach.video.decode.VideoFrame;
import formcoach.video.pose.PoseTracker;

import java.nio.file.Path;

/** Where the time goes, frame by frame, on one thread: decoding, then tracking (crop + models). */
public final class PoseStages {
    public static void main(String[] args) throws Exception {
        Path clip = Path.of(args.length > 0 ? args[0] : "target/bench-720p-30s.mp4");
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (VideoClip v = VideoClip.open(clip); PoseTracker t = new PoseTracker(threads)) {
            long decode = 0;
            long track = 0;
            for (int i = 0; i < frames; i++) {
                long a = System.nanoTime();
                VideoFrame f = v.next();
                long b = System.nanoTime();
                t.track(f.image(), f.time());
                long c = System.nanoTime();
                if (i >= 10) {
                    decode += b - a;
                    track += c - b;
                }
            }
            int n = frames - 10;
            System.out.printf("threads %d: decode %.1f ms, track %.1f ms a frame (%d frames, %d detections)%n",
                    threads, decode / 1e6 / n, track / 1e6 / n, n, t.detections());
        }
    }
}

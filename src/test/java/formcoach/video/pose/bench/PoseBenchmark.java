package formcoach.video.pose.bench;

import formcoach.video.LandmarkFile;
import formcoach.video.decode.TestClips;
import formcoach.video.decode.VideoClip;
import formcoach.video.pose.ClipAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The 1.5× real-time budget of issue 13: a 30 s 720p H.264 clip (made here from messi5.jpg, the person
 * filling most of the height and moving all the time) analysed end to end, against decoding alone in
 * the same run. Not a test: run by bench/pose.sh. Prints one line per run.
 */
public final class PoseBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path clip = Path.of(args.length > 0 ? args[0] : "target/bench-720p-30s.mp4");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        if (!Files.exists(clip)) {
            long t0 = System.nanoTime();
            TestClips.write(clip, "mp4", 1280, 720, 30, 30, 2.0);
            System.out.printf("made %s (%d bytes) in %.1f s%n", clip, Files.size(clip), (System.nanoTime() - t0) / 1e9);
        }
        double length;
        try (VideoClip v = VideoClip.open(clip)) {
            length = v.info().durationSeconds();
            System.out.printf("clip: %dx%d, %.2f fps, %.2f s, %s%n", v.info().width(), v.info().height(), v.info().fps(),
                    length, v.info().codec());
        }
        ExecutorService decoder = Executors.newSingleThreadExecutor();
        try {
            for (int run = 1; run <= runs; run++) {
                long c0 = processCpu();
                long t0 = System.nanoTime();
                int frames = 0;
                try (VideoClip v = VideoClip.open(clip)) {
                    while (v.next() != null) {
                        frames++;
                    }
                }
                double decode = (System.nanoTime() - t0) / 1e9;
                double decodeCpu = (processCpu() - c0) / 1e9;
                System.out.printf("run %d decode only (RGB frames): %d frames in %.2f s wall = %.2f× clip length; CPU %.1f s%n",
                        run, frames, decode, decode / length, decodeCpu);
                System.out.printf("load average %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                for (int threads : new int[]{1, 2}) {
                    long cpu0 = processCpu();
                    long me0 = THREADS.getCurrentThreadCpuTime();
                    long t1 = System.nanoTime();
                    LandmarkFile f = new ClipAnalyzer(decoder, threads).analyze(clip, null, null, (d, t) -> { }, () -> false);
                    double full = (System.nanoTime() - t1) / 1e9;
                    double cpu = (processCpu() - cpu0) / 1e9;
                    double me = (THREADS.getCurrentThreadCpuTime() - me0) / 1e9;
                    long seen = f.frames().stream().filter(fr -> fr.landmarks()[11][2] > 0.5f).count();
                    System.out.printf("run %d full analysis, model threads %d: %d frames (%d with the person) in %.2f s wall = %.2f× clip length "
                                    + "(%.1f ms a frame); CPU: whole process %.1f s, model thread %.1f s = %.2f× clip length%n",
                            run, threads, f.frames().size(), seen, full, full / length, 1000 * full / f.frames().size(), cpu, me, me / length);
                }
            }
        } finally {
            decoder.shutdownNow();
        }
    }
}

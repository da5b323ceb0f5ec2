package formcoach.video.pose;

import formcoach.video.CameraView;
import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;
import formcoach.video.decode.VideoClip;
import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;
import formcoach.video.decode.VideoInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Turns a clip into a {@link LandmarkFile}: every frame decoded with FFmpeg and tracked with the
 * BlazePose models. Decoding runs on the given executor while the models run on the calling thread,
 * so the two overlap. Frames where nobody is found get 33 points at (0, 0) with visibility 0, so the
 * file keeps one entry per frame.
 */
public final class ClipAnalyzer {
    /** Told after each frame; {@code total} is the container's frame count (an estimate for some formats). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private static final int QUEUE = 6;
    private static final VideoFrame END = new VideoFrame(-1, -1, new formcoach.video.decode.RgbImage(1, 1, new byte[3]));

    private final Executor decodeExecutor;
    private final int modelThreads;

    /**
     * @param decodeExecutor runs the decoding side (one task per analysis)
     * @param modelThreads   threads TensorFlow Lite may use for each model run
     */
    public ClipAnalyzer(Executor decodeExecutor, int modelThreads) {
        this.decodeExecutor = decodeExecutor;
        this.modelThreads = modelThreads;
    }

    /**
     * Analyses {@code clip}: the landmark file for it, with {@code liftId} and {@code view} written
     * into it (either may be null).
     *
     * @param cancelled polled between frames; when it turns true the analysis stops with a
     *                  {@link CancellationException}
     * @throws VideoException when the clip cannot be opened or decoded (one plain sentence)
     * @throws PoseException  when the models cannot be loaded or run
     */
    public LandmarkFile analyze(Path clip, String liftId, CameraView view, Progress progress, BooleanSupplier cancelled)
            throws VideoException, PoseException {
        return analyze(clip, liftId, view, null, progress, cancelled);
    }

    /**
     * As {@link #analyze(Path, String, CameraView, Progress, BooleanSupplier)}, following the person
     * nearest {@code lifter} ({x, y} as fractions of the frame) when several are in frame; null for the
     * detector's most confident person.
     */
    public LandmarkFile analyze(Path clip, String liftId, CameraView view, double[] lifter, Progress progress,
                                BooleanSupplier cancelled) throws VideoException, PoseException {
        try (VideoClip video = VideoClip.open(clip); PoseTracker tracker = new PoseTracker(modelThreads)) {
            if (lifter != null) {
                tracker.setTarget(lifter[0], lifter[1]);
            }
            return analyze(video, tracker, liftId, view, progress, cancelled);
        }
    }

    LandmarkFile analyze(VideoClip video, PoseTracker tracker, String liftId, CameraView view, Progress progress,
                         BooleanSupplier cancelled) throws VideoException, PoseException {
        VideoInfo info = video.info();
        BlockingQueue<VideoFrame> queue = new ArrayBlockingQueue<>(QUEUE);
        CompletableFuture<Void> decoding = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        decodeExecutor.execute(() -> {
            try {
                VideoFrame f;
                while ((f = video.next()) != null) {
                    if (decoding.isDone()) {
                        return;
                    }
                    while (!queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                        if (decoding.isDone()) {
                            return;
                        }
                    }
                }
                while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    if (decoding.isDone()) {
                        return;
                    }
                }
                decoding.complete(null);
            } catch (VideoException | RuntimeException e) {
                decoding.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                decoding.completeExceptionally(e);
            } finally {
                stopped.countDown();
            }
        });
        List<LandmarkFile.Frame> frames = new ArrayList<>();
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The analysis was cancelled.");
                }
                VideoFrame f = queue.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (decoding.isCompletedExceptionally()) {
                        rethrow(decoding);
                    }
                    continue;
                }
                if (f == END) {
                    break;
                }
                float[][] points = tracker.track(f.image(), f.time());
                frames.add(new LandmarkFile.Frame(f.time(), points == null ? nobody() : points));
                progress.update(frames.size(), Math.max(info.frameCount(), frames.size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The analysis was interrupted.");
        } finally {
            // stops the decoder if it is still running, and waits for it to let go of the clip
            decoding.cancel(false);
            queue.clear();
            awaitDecoder(stopped, queue);
        }
        if (frames.isEmpty()) {
            throw new VideoException(video.path().getFileName() + " has no frames that could be decoded.");
        }
        return new LandmarkFile(info.fps(), info.width(), info.height(), liftId, view, frames);
    }

    /** Waits until the decoder has let go of the clip (it checks between frames), so the clip can be closed. */
    private static void awaitDecoder(java.util.concurrent.CountDownLatch stopped, BlockingQueue<VideoFrame> queue) {
        boolean interrupted = false;
        while (true) {
            queue.clear();
            try {
                if (stopped.await(50, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(CompletableFuture<Void> decoding) throws VideoException {
        try {
            decoding.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof VideoException ve) {
                throw ve;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new CancellationException("The analysis was interrupted.");
        }
    }

    static float[][] nobody() {
        return new float[Landmark.COUNT][3];
    }
}

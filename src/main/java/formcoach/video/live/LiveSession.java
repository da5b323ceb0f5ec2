package formcoach.video.live;

import formcoach.video.CameraView;
import formcoach.video.Landmark;
import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFile;
import formcoach.video.SetAnalyzer;
import formcoach.video.SetReport;
import formcoach.video.decode.RgbImage;
import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;
import formcoach.video.pose.PoseException;
import formcoach.video.pose.PoseTracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Live analysis of a set: one task reads the frame source as fast as it sends (a camera does not wait)
 * and leaves only the newest frame for the other, which runs the pose model on it, counts the reps with
 * the {@link SetAnalyzer} and tells the {@link Listener}. When the model is slower than the camera the
 * frames in between are dropped, never queued, so what is shown stays current; the analysed rate and
 * the drops are reported. Recording writes every frame the camera sends to a clip, and the landmarks
 * analysed meanwhile to a landmark file beside it.
 *
 * <p>Both tasks run on the given executor; {@link #stop()} ends them, and the source and the model are
 * released by the tasks that own them before {@link #awaitStopped} returns true.
 */
public final class LiveSession {
    /** The pose model as the live loop uses it (the app's is {@code PoseTracker}); opened and closed on the analysis task. */
    public interface PoseStep extends AutoCloseable {
        /** 33 {x, y, visibility} as fractions of the frame, or null when nobody is found. */
        float[][] track(RgbImage image, double time) throws PoseException;

        @Override
        void close();
    }

    @FunctionalInterface
    public interface PoseStepFactory {
        PoseStep open() throws PoseException;
    }

    /** What the person sees after each analysed frame. */
    public record Update(VideoFrame frame, float[][] landmarks, double analysedFps, double cameraFps, long grabbed,
                         long analysed, long dropped, SetReport report, boolean recording, double recordedSeconds) {
    }

    /** A finished recording: the clip, and the landmark file of the frames analysed while it ran (either may be null with a problem). */
    public record Recording(Path clip, Path landmarks, int frames, String problem) {
    }

    /** Told from the session's threads; hand over to the UI thread there. */
    public interface Listener {
        void update(Update u);

        void recorded(Recording r);

        /** The session ended: {@code problem} is null after {@link #stop()} or the end of the source, otherwise one sentence. */
        void ended(String problem);
    }

    /** How often the reps are counted again while live (seconds of source time). */
    static final double RECOUNT_SECONDS = 0.5;
    private static final int RATE_WINDOW = 16;

    private final FrameSource source;
    private final PoseStepFactory poses;
    private final SetAnalyzer analyzer;
    private final Executor executor;
    private final LongSupplier nanoClock;
    private final Listener listener;
    private volatile String lift;
    private volatile CameraView view;

    private final AtomicReference<VideoFrame> newest = new AtomicReference<>();
    private final Object signal = new Object();
    private final CountDownLatch grabEnded = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile boolean sourceDone;
    private volatile String problem;
    private final AtomicLong grabbed = new AtomicLong();
    private final AtomicLong analysed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    // recording: asked for by the UI, done by the grab task
    private volatile Path recordTo;
    private volatile boolean stopRecording;
    private volatile boolean recording;
    private volatile double recordStart = -1;
    private volatile double recordedSeconds;
    private final List<LandmarkFile.Frame> recordedLandmarks = new ArrayList<>();

    // analysis task only
    private final List<LandmarkFile.Frame> setFrames = new ArrayList<>();
    private final ArrayDeque<Long> doneTimes = new ArrayDeque<>();
    private double lastCount = Double.NEGATIVE_INFINITY;
    private SetReport report;
    private volatile boolean resetSet;

    public LiveSession(FrameSource source, PoseStepFactory poses, SetAnalyzer analyzer, String lift, CameraView view,
                       Executor executor, LongSupplier nanoClock, Listener listener) {
        this.source = source;
        this.poses = poses;
        this.analyzer = analyzer;
        this.lift = lift;
        this.view = view;
        this.executor = executor;
        this.nanoClock = nanoClock;
        this.listener = listener;
    }

    /** Starts reading and analysing. */
    public void start() {
        executor.execute(this::grabLoop);
        executor.execute(this::analysisLoop);
    }

    /** Asks both tasks to end; the source and the model are released as they do. Returns at once. */
    public void stop() {
        stopping = true;
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** True once both tasks have ended, let go of the source and the model, and told the listener {@code ended}. */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    public long grabbed() {
        return grabbed.get();
    }

    public long analysed() {
        return analysed.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Changes the lift and view the reps are counted for; the count starts again. */
    public void setLift(String lift, CameraView view) {
        this.lift = lift;
        this.view = view;
        resetSet = true;
    }

    /** Forgets the reps counted so far (a new set starts). */
    public void newSet() {
        resetSet = true;
    }

    /**
     * Starts recording into {@code clip} (an {@code .mp4} that does not exist yet; its folder is made);
     * the landmark file goes beside it as {@code <name>.landmarks.json}. The count starts again with the recording.
     */
    public void startRecording(Path clip) {
        if (recordTo == null) {
            stopRecording = false;
            recordTo = clip;
            resetSet = true;
        }
    }

    /** Ends the recording; {@link Listener#recorded} follows. */
    public void stopRecording() {
        if (recordTo != null) {
            stopRecording = true;
        }
    }

    public boolean isRecording() {
        return recordTo != null;
    }

    // ------------------------------------------------------------------ the grab task

    private void grabLoop() {
        SetRecorder recorder = null;
        try {
            while (!stopping) {
                VideoFrame f = source.grab();
                if (f == null) {
                    break;
                }
                grabbed.incrementAndGet();
                recorder = record(recorder, f);
                if (newest.getAndSet(f) != null) {
                    // the model has not taken the last one: it is dropped, not queued
                    dropped.incrementAndGet();
                }
                synchronized (signal) {
                    signal.notifyAll();
                }
            }
        } catch (VideoException e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            problem = "The camera failed: " + e;
        } finally {
            try {
                if (recorder != null) {
                    finishRecording(recorder);
                }
            } finally {
                source.close();
                sourceDone = true;
                synchronized (signal) {
                    signal.notifyAll();
                }
                grabEnded.countDown();
            }
        }
    }

    private SetRecorder record(SetRecorder recorder, VideoFrame f) {
        if (recorder == null && recordTo != null && !stopRecording) {
            recorder = new SetRecorder(recordTo, source.fps());
            synchronized (recordedLandmarks) {
                recordedLandmarks.clear();
            }
            recordStart = f.time();
            recording = true;
        }
        if (recorder == null) {
            if (stopRecording) {
                recordTo = null;
                stopRecording = false;
            }
            return null;
        }
        if (stopRecording) {
            finishRecording(recorder);
            return null;
        }
        try {
            recorder.write(f);
            recordedSeconds = f.time() - recordStart;
            return recorder;
        } catch (VideoException e) {
            recording = false;
            recordTo = null;
            stopRecording = false;
            listener.recorded(new Recording(null, null, 0, e.getMessage()));
            return null;
        }
    }

    private void finishRecording(SetRecorder recorder) {
        recording = false;
        Path clip = null;
        Path marks = null;
        String trouble = null;
        try {
            clip = recorder.finish();
        } catch (VideoException e) {
            trouble = e.getMessage();
        }
        List<LandmarkFile.Frame> frames;
        synchronized (recordedLandmarks) {
            frames = List.copyOf(recordedLandmarks);
            recordedLandmarks.clear();
        }
        if (clip != null && !frames.isEmpty()) {
            VideoFrame any = newest.get();
            double secs = frames.get(frames.size() - 1).t() - frames.get(0).t();
            double fps = frames.size() > 1 && secs > 0 ? (frames.size() - 1) / secs : source.fps();
            int w = any == null ? 0 : any.image().width();
            int h = any == null ? 0 : any.image().height();
            String name = clip.getFileName().toString().replaceFirst("\\.mp4$", "") + ".landmarks.json";
            marks = clip.resolveSibling(name);
            try {
                LandmarkCodec.write(new LandmarkFile(round(fps), Math.max(w, lastWidth), Math.max(h, lastHeight), lift, view, frames), marks);
            } catch (IOException | RuntimeException e) {
                marks = null;
                trouble = "The clip was saved, but its landmarks could not be: " + e.getMessage();
            }
        }
        recordTo = null;
        stopRecording = false;
        listener.recorded(new Recording(clip, marks, recorder.frames(), clip == null && trouble == null
                ? "Nothing was recorded: the camera sent no picture." : trouble));
    }

    private static double round(double fps) {
        return Math.round(fps * 100) / 100.0;
    }

    // ------------------------------------------------------------------ the analysis task

    private volatile int lastWidth;
    private volatile int lastHeight;

    private void analysisLoop() {
        PoseStep pose = null;
        try {
            pose = poses.open();
            while (!stopping) {
                VideoFrame f = newest.getAndSet(null);
                if (f == null) {
                    if (sourceDone) {
                        break;
                    }
                    synchronized (signal) {
                        if (newest.get() == null && !stopping && !sourceDone) {
                            signal.wait(100);
                        }
                    }
                    continue;
                }
                analyse(pose, f);
            }
        } catch (PoseException e) {
            problem = e.getMessage();
            stopping = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } catch (RuntimeException e) {
            problem = "The live analysis failed: " + e;
            stopping = true;
        } finally {
            if (pose != null) {
                pose.close();
            }
            newest.set(null);
            // the grab task may still be closing the camera: wait for it, so "ended" means everything is let go
            awaitGrabber();
            try {
                listener.ended(problem);
            } finally {
                stopped.countDown();
            }
        }
    }

    private void awaitGrabber() {
        stopping = true;
        try {
            while (!grabEnded.await(50, TimeUnit.MILLISECONDS)) {
                synchronized (signal) {
                    signal.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void analyse(PoseStep pose, VideoFrame f) throws PoseException {
        if (resetSet) {
            resetSet = false;
            setFrames.clear();
            report = null;
            lastCount = Double.NEGATIVE_INFINITY;
        }
        float[][] points = pose.track(f.image(), f.time());
        float[][] stored = points == null ? new float[Landmark.COUNT][3] : points;
        lastWidth = f.image().width();
        lastHeight = f.image().height();
        long now = nanoClock.getAsLong();
        doneTimes.addLast(now);
        while (doneTimes.size() > RATE_WINDOW) {
            doneTimes.removeFirst();
        }
        analysed.incrementAndGet();
        setFrames.add(new LandmarkFile.Frame(f.time(), stored));
        if (recording && recordStart >= 0 && f.time() >= recordStart) {
            synchronized (recordedLandmarks) {
                recordedLandmarks.add(new LandmarkFile.Frame(f.time() - recordStart, stored));
            }
        }
        double rate = analysedFps();
        String l = lift;
        if (analyzer != null && l != null && f.time() - lastCount >= RECOUNT_SECONDS && setFrames.size() > 2) {
            lastCount = f.time();
            // the analysed frames' own times set the rate the counter smooths over (frames are dropped unevenly)
            double span = f.time() - setFrames.get(0).t();
            double fileFps = span > 0 ? (setFrames.size() - 1) / span : source.fps();
            report = analyzer.analyze(new LandmarkFile(fileFps, f.image().width(), f.image().height(), l, view, setFrames), l, view);
        }
        listener.update(new Update(f, points, rate, source.fps(), grabbed.get(), analysed.get(), dropped.get(), report,
                recording, recordedSeconds));
    }

    /** Frames analysed per second over the last few. */
    private double analysedFps() {
        if (doneTimes.size() < 2) {
            return 0;
        }
        double secs = (doneTimes.peekLast() - doneTimes.peekFirst()) / 1e9;
        return secs <= 0 ? 0 : (doneTimes.size() - 1) / secs;
    }

    /** The app's pose model: MediaPipe's tracker with {@code threads} threads per model run. */
    public static PoseStepFactory tracker(int threads) {
        return () -> {
            PoseTracker t = new PoseTracker(threads);
            return new PoseStep() {
                @Override
                public float[][] track(RgbImage image, double time) throws PoseException {
                    return t.track(image, time);
                }

                @Override
                public void close() {
                    t.close();
                }
            };
        };
    }

    /** A free name for a recording made at {@code stamp} in {@code folder}: {@code set-<stamp>.mp4}, then {@code -2}, {@code -3}… */
    public static Path recordingPath(Path folder, String stamp) {
        Path p = folder.resolve("set-" + stamp + ".mp4");
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve("set-" + stamp + "-" + i + ".mp4");
        }
        return p;
    }
}

package formcoach.video.live;

import formcoach.figure.FigureExport;
import formcoach.figure.FigureView;
import formcoach.figure.Figures;
import formcoach.library.Fault;
import formcoach.video.CameraView;
import formcoach.video.Landmark;
import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFile;
import formcoach.video.RuleBasedSetAnalyzer;
import formcoach.video.SetReport;
import formcoach.video.decode.RgbImage;
import formcoach.video.decode.TestClips;
import formcoach.video.decode.VideoClip;
import formcoach.video.decode.VideoException;
import formcoach.video.decode.VideoFrame;
import formcoach.video.pose.PoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live loop driven as a camera would drive it: the committed messi clip handed out at its own pace
 * (15 frames a second, real time) with the real pose model, so the whole live path runs as it does with
 * a webcam. Also: frames dropped, not queued, when the model is slower than the camera; Stop lets go of
 * everything; recording; reps counted while the set goes on.
 */
class LiveSessionTest {
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "live-test-" + threads.size());
        t.setDaemon(true);
        threads.add(t);
        return t;
    });

    /** What a session told its listener. */
    static final class Heard implements LiveSession.Listener {
        final List<LiveSession.Update> updates = new CopyOnWriteArrayList<>();
        final List<Long> grabbedWhenAnalysed = new CopyOnWriteArrayList<>();
        final List<Long> behindWhenTaken = new CopyOnWriteArrayList<>();
        final AtomicReference<LiveSession.Recording> recording = new AtomicReference<>();
        final AtomicReference<String> endedWith = new AtomicReference<>("(not ended)");
        final AtomicInteger ended = new AtomicInteger();

        @Override
        public void update(LiveSession.Update u) {
            updates.add(u);
        }

        @Override
        public void recorded(LiveSession.Recording r) {
            recording.set(r);
        }

        @Override
        public void ended(String problem) {
            endedWith.set(problem);
            ended.incrementAndGet();
        }
    }

    @AfterEach
    void noThreadIsLeft() throws Exception {
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).as("the live tasks ended").isTrue();
        for (Thread t : threads) {
            t.join(2000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
    }

    static Path messi() throws Exception {
        return Paths.get(LiveSessionTest.class.getResource("/video/messi-lean.mp4").toURI());
    }

    static PacedClipSource paced(Path clip) throws VideoException {
        return new PacedClipSource(VideoClip.open(clip), System::nanoTime, n -> TimeUnit.NANOSECONDS.sleep(n));
    }

    @Test
    void aClipAtRealTimePaceIsTrackedLiveAndRecorded(@TempDir Path data) throws Exception {
        PacedClipSource source = paced(messi());
        Heard heard = new Heard();
        LiveSession live = new LiveSession(source, LiveSession.tracker(2), RuleBasedSetAnalyzer.builtIn(),
                "barbell-bent-over-row", CameraView.SIDE, executor, System::nanoTime, heard);
        Path clip = LiveSession.recordingPath(data.resolve("video-recordings"), "2026-12-06-1930-00");
        long t0 = System.nanoTime();
        live.startRecording(clip);
        live.start();
        assertThat(live.awaitStopped(60, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - t0) / 1e9;

        // paced like a camera: 60 frames at 15 a second take at least the clip's 4 s
        assertThat(seconds).isGreaterThan(3.8);
        assertThat(live.grabbed()).isEqualTo(60);
        assertThat(live.analysed() + live.dropped()).as("every frame analysed or dropped").isEqualTo(60);
        assertThat(live.analysed()).as("analysed (a busy 2-core machine analyses 9–40 of the 60)").isGreaterThanOrEqualTo(3);
        assertThat(heard.updates).hasSize((int) live.analysed());
        assertThat(heard.ended.get()).isEqualTo(1);
        assertThat(heard.endedWith.get()).isNull();
        assertThat(source.isClosed()).isTrue();

        // the skeleton lands on the person in the frames analysed (hand-marked points of the photo)
        BufferedImage photo = TestClips.messi();
        int onTarget = 0;
        for (LiveSession.Update u : heard.updates) {
            assertThat(u.landmarks()).isNotNull();
            LandmarkFile.Frame f = new LandmarkFile.Frame(u.frame().time(), u.landmarks());
            if (near(f, Landmark.NOSE, 235, 95, photo, 30) && near(f, Landmark.LEFT_WRIST, 365, 162, photo, 40)) {
                onTarget++;
            }
        }
        assertThat(onTarget).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * heard.updates.size()));
        LiveSession.Update last = heard.updates.get(heard.updates.size() - 1);
        // over the last frames (a busy machine can hand a late camera's frames over in a burst, so no upper bound here)
        assertThat(last.analysedFps()).isGreaterThan(0);
        assertThat(last.cameraFps()).isEqualTo(15.0);
        assertThat(heard.updates).anySatisfy(u -> assertThat(u.recording()).isTrue());
        // the photo only leans: no elbow travel, so no rep is counted
        assertThat(last.report()).isNotNull();
        assertThat(last.report().reps()).isEmpty();

        // the recording: every frame the "camera" sent, as an H.264 clip, and the analysed landmarks beside it
        LiveSession.Recording r = heard.recording.get();
        assertThat(r).isNotNull();
        assertThat(r.problem()).isNull();
        assertThat(r.clip()).isEqualTo(data.resolve("video-recordings/set-2026-12-06-1930-00.mp4")).exists();
        assertThat(r.frames()).isEqualTo(60);
        try (VideoClip saved = VideoClip.open(r.clip())) {
            assertThat(saved.info().width()).isEqualTo(548);
            assertThat(saved.info().height()).isEqualTo(342);
            assertThat(saved.info().codec()).isEqualTo("h264");
            int n = 0;
            while (saved.next() != null) {
                n++;
            }
            assertThat(n).isEqualTo(60);
        }
        LandmarkFile marks = LandmarkCodec.read(r.landmarks());
        assertThat(r.landmarks().getFileName().toString()).isEqualTo("set-2026-12-06-1930-00.landmarks.json");
        // the frames analysed while the clip was being written (the last one may be analysed after it closed)
        assertThat(marks.frames().size()).isBetween((int) live.analysed() - 1, (int) live.analysed());
        assertThat(marks.lift()).isEqualTo("barbell-bent-over-row");
        assertThat(marks.view()).isEqualTo(CameraView.SIDE);
        // recording began with the first frame, so the landmark times are the analysed frames' own times
        List<Double> analysedTimes = heard.updates.stream().map(u -> u.frame().time()).toList();
        assertThat(marks.frames()).allSatisfy(f -> assertThat(analysedTimes).anySatisfy(t -> assertThat(t).isCloseTo(f.t(),
                org.assertj.core.data.Offset.offset(1e-3))));
        try (var files = Files.list(clip.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no .part file is left")
                    .containsExactlyInAnyOrder("set-2026-12-06-1930-00.mp4", "set-2026-12-06-1930-00.landmarks.json");
        }
        assertThat(LiveSession.recordingPath(clip.getParent(), "2026-12-06-1930-00").getFileName().toString())
                .isEqualTo("set-2026-12-06-1930-00-2.mp4");
    }

    @Test
    void whenTheModelIsSlowerThanTheCameraFramesAreDroppedNotQueued() throws Exception {
        PacedClipSource source = paced(messi());
        Heard heard = new Heard();
        AtomicReference<LiveSession> session = new AtomicReference<>();
        // the real model plus 200 ms of load a frame: about 4 frames a second against the camera's 15
        LiveSession.PoseStepFactory loaded = () -> {
            LiveSession.PoseStep real = LiveSession.tracker(1).open();
            return new LiveSession.PoseStep() {
                @Override
                public float[][] track(RgbImage image, double time) throws PoseException {
                    // the frame just taken is the newest the camera sent: nothing waits behind it
                    heard.behindWhenTaken.add(session.get().grabbed() - (Math.round(time * 15) + 1));
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return real.track(image, time);
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        };
        LiveSession live = new LiveSession(source, loaded, null, null, null, executor, System::nanoTime, new LiveSession.Listener() {
            @Override
            public void update(LiveSession.Update u) {
                heard.update(u);
                // how many frames the camera had sent when this one's analysis finished
                heard.grabbedWhenAnalysed.add(session.get().grabbed());
            }

            @Override
            public void recorded(LiveSession.Recording r) {
            }

            @Override
            public void ended(String problem) {
                heard.ended(problem);
            }
        });
        session.set(live);
        live.start();
        assertThat(live.awaitStopped(60, TimeUnit.SECONDS)).isTrue();

        assertThat(live.grabbed()).isEqualTo(60);
        assertThat(live.analysed() + live.dropped()).isEqualTo(60);
        assertThat(live.dropped()).as("dropped").isGreaterThanOrEqualTo(30);
        assertThat(live.analysed()).as("analysed").isBetween(2L, 30L);
        assertThat(heard.behindWhenTaken).hasSize((int) live.analysed());
        // a frame may arrive between taking one and reading the count: at most one
        assertThat(heard.behindWhenTaken).allSatisfy(b -> assertThat(b).isBetween(0L, 1L));
        for (int i = 1; i < heard.updates.size(); i++) {
            assertThat(heard.updates.get(i).frame().index()).isGreaterThan(heard.updates.get(i - 1).frame().index());
        }
        LiveSession.Update last = heard.updates.get(heard.updates.size() - 1);
        assertThat(last.analysedFps()).as("analysed fps, at most 5 with 200 ms a frame").isGreaterThan(0).isLessThan(5.0);
        assertThat(last.dropped()).isGreaterThan(0);
        assertThat(source.isClosed()).isTrue();
    }

    @Test
    void stopEndsBothTasksAndLetsGoOfTheCameraAndTheModel(@TempDir Path data) throws Exception {
        PacedClipSource source = paced(messi());
        Heard heard = new Heard();
        AtomicBoolean modelClosed = new AtomicBoolean();
        LiveSession.PoseStepFactory watched = () -> {
            LiveSession.PoseStep real = LiveSession.tracker(1).open();
            return new LiveSession.PoseStep() {
                @Override
                public float[][] track(RgbImage image, double time) throws PoseException {
                    return real.track(image, time);
                }

                @Override
                public void close() {
                    real.close();
                    modelClosed.set(true);
                }
            };
        };
        LiveSession live = new LiveSession(source, watched, null, null, null, executor, System::nanoTime, heard);
        Path clip = data.resolve("rec/set-x.mp4");
        live.startRecording(clip);
        live.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (heard.updates.size() < 5 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(heard.updates).hasSizeGreaterThanOrEqualTo(5);
        live.stop();
        assertThat(live.awaitStopped(5, TimeUnit.SECONDS)).isTrue();
        assertThat(live.isStopped()).isTrue();
        assertThat(source.isClosed()).as("the source is released").isTrue();
        assertThat(modelClosed).as("the model is closed").isTrue();
        assertThat(live.grabbed()).as("stopped early").isLessThan(60);
        long ended = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (heard.ended.get() == 0 && System.nanoTime() < ended) {
            Thread.sleep(10);
        }
        assertThat(heard.ended.get()).isEqualTo(1);
        assertThat(heard.endedWith.get()).isNull();
        // a recording running at Stop is finished, not lost
        assertThat(heard.recording.get()).isNotNull();
        assertThat(heard.recording.get().clip()).exists();
        live.stop();
        assertThat(heard.ended.get()).isEqualTo(1);
    }

    @Test
    void repsAndFaultsAreCountedWhileTheSetGoesOn() throws Exception {
        LandmarkFile set = FigureExport.landmarks(Figures.builtIn().find("barbell-bent-over-row").orElseThrow(),
                Fault.SHRUGGING, 4, FigureView.SIDE, 30);
        double speed = 4;
        FrameSource source = new FrameSource() {
            private final RgbImage blank = new RgbImage(64, 36, new byte[3 * 64 * 36]);
            private final long start = System.nanoTime();
            private int i;
            private volatile boolean closed;

            @Override
            public String name() {
                return "figure";
            }

            @Override
            public double fps() {
                return 30;
            }

            @Override
            public VideoFrame grab() {
                if (closed || i >= set.frames().size()) {
                    return null;
                }
                double t = set.frames().get(i).t();
                long wait = start + (long) (t / speed * 1e9) - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                return new VideoFrame(i++, t, blank);
            }

            @Override
            public void close() {
                closed = true;
            }
        };
        // the figure's own landmarks stand in for the model, so the counting is what is tested
        LiveSession.PoseStepFactory replay = () -> new LiveSession.PoseStep() {
            @Override
            public float[][] track(RgbImage image, double time) {
                int k = (int) Math.round(time * set.fps());
                return set.frames().get(Math.min(k, set.frames().size() - 1)).landmarks();
            }

            @Override
            public void close() {
            }
        };
        Heard heard = new Heard();
        LiveSession live = new LiveSession(source, replay, RuleBasedSetAnalyzer.builtIn(), "barbell-bent-over-row",
                CameraView.SIDE, executor, System::nanoTime, heard);
        live.start();
        assertThat(live.awaitStopped(60, TimeUnit.SECONDS)).isTrue();

        SetReport last = heard.updates.get(heard.updates.size() - 1).report();
        assertThat(last.reps()).hasSize(4);
        for (SetReport.Rep rep : last.reps()) {
            assertThat(rep.faults()).as("rep %d", rep.rep()).containsExactly(Fault.SHRUGGING);
        }
        // counted as they happen: the first rep shows long before the set ends, and the count only goes up
        double end = set.frames().get(set.frames().size() - 1).t();
        double firstSeen = heard.updates.stream().filter(u -> u.report() != null && !u.report().reps().isEmpty())
                .mapToDouble(u -> u.frame().time()).min().orElseThrow();
        assertThat(firstSeen).isLessThan(end * 0.6);
        int before = 0;
        for (LiveSession.Update u : heard.updates) {
            int n = u.report() == null ? 0 : u.report().reps().size();
            assertThat(n).isGreaterThanOrEqualTo(before);
            before = n;
        }
    }

    private static boolean near(LandmarkFile.Frame f, Landmark l, double px, double py, BufferedImage photo, double tolerance) {
        double[] at = TestClips.map(px, py, f.t(), 548, 342, 1.0, photo);
        return Math.hypot(f.x(l) * 548 - at[0], f.y(l) * 342 - at[1]) <= tolerance;
    }
}

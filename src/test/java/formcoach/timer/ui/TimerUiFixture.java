package formcoach.timer.ui;

import formcoach.app.AppServices;
import formcoach.store.JsonStore;
import formcoach.timer.AssetTimerExercises;
import formcoach.timer.FakeClock;
import formcoach.timer.Routine;
import formcoach.timer.RoutineKind;
import formcoach.timer.RoutineStep;
import formcoach.timer.Routines;
import formcoach.timer.TimerExercises;
import formcoach.timer.sound.CueSound;
import formcoach.timer.sound.Speech;
import formcoach.timer.sound.Tone;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.Node;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A data folder, app services, a fake clock and fake sound for the timer's UI tests. */
final class TimerUiFixture {
    static final TimerExercises EXERCISES = new AssetTimerExercises();
    /** three short steps: one side, two sides, one side */
    static final Routine THREE_STEPS = new Routine("three-steps", "Three steps", RoutineKind.WARMUP, null, List.of(
            new RoutineStep("arm-circles", "Arm circles", 10, 1, null, null),
            new RoutineStep("thoracic-rotation", "Thoracic rotation", 10, 2, null, null),
            new RoutineStep("cat-cow", "Cat-cow", 10, 1, 8, null)));

    final Path dir;
    final AppServices services;
    final FakeClock clock = new FakeClock();
    final FakeSound sound;
    final Files files = new Files();

    TimerUiFixture(boolean soundWorks) throws Exception {
        dir = java.nio.file.Files.createTempDirectory("formcoach-timerui");
        JsonStore store = new JsonStore(dir, Clock.systemUTC());
        store.write(Routines.STORE_NAME, Routines.SCHEMA_VERSION, List.of(THREE_STEPS));
        services = new AppServices(store, Clock.systemUTC());
        services.loadSettings();
        sound = new FakeSound(soundWorks);
    }

    TimerUiOptions options() {
        return new TimerUiOptions(clock, new SoundFactory() {
            @Override
            public CueSound sound(Executor audio, Consumer<String> onProblem) {
                sound.onProblem = onProblem;
                return sound;
            }

            @Override
            public Speech speech(Executor audio, Consumer<String> onProblem) {
                return new SilentSpeech();
            }
        }, files, false);
    }

    /** A sound output that records tones, or one with no device that turns itself off on the first tone. */
    static final class FakeSound implements CueSound {
        final List<Tone> played = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger problemsReported = new AtomicInteger();
        volatile boolean works;
        volatile boolean off;
        volatile Consumer<String> onProblem;
        private volatile boolean muted;
        private volatile double volume;

        FakeSound(boolean works) {
            this.works = works;
        }

        @Override
        public void play(Tone tone) {
            if (muted || off) {
                return;
            }
            if (!works) {
                off = true;
                problemsReported.incrementAndGet();
                onProblem.accept("sound is off: no audio device");
                return;
            }
            played.add(tone);
        }

        @Override
        public void setVolume(double v) {
            volume = v;
        }

        @Override
        public double volume() {
            return volume;
        }

        @Override
        public void setMuted(boolean m) {
            muted = m;
        }

        @Override
        public boolean muted() {
            return muted;
        }

        @Override
        public boolean available() {
            return !off;
        }

        @Override
        public void close() {
            off = true;
        }
    }

    static final class SilentSpeech implements Speech {
        @Override
        public void say(String text) {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean available() {
            return false;
        }
    }

    /** Answers the file dialogs with fixed paths. */
    static final class Files implements FilePicker {
        volatile Path open;
        volatile Path save;

        @Override
        public Optional<Path> openRoutine(Window owner) {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> saveRoutine(Window owner, String suggestedName) {
            return Optional.ofNullable(save);
        }
    }

    /** Writes target/snapshots/NAME.png and compares it with its baseline (FX thread); see {@link formcoach.ui.VisualBaseline}. */
    static Path snapshot(Node node, String name) throws IOException {
        return formcoach.ui.VisualBaseline.check(node, name);
    }

    /** Writes target/snapshots/NAME.png only (FX thread). Reads the pixels in one call, so a full-HD shot stays quick. */
    static Path write(Node node, String name) throws IOException {
        WritableImage img = node.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        Path dir = Path.of("target", "snapshots");
        java.nio.file.Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}

package formcoach.timer.ui;

import formcoach.timer.sound.CueSound;
import formcoach.timer.sound.Speech;
import formcoach.timer.sound.Tone;
import formcoach.ui.UiContext;
import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The timer's sound and voice, made once per app and lazily: the real outputs are created on the
 * background executor (probing the sound system and PATH can take a moment) while the screen
 * already works. Until they exist, and after they turn themselves off, cues are silent; the timer
 * never waits for sound.
 *
 * <p>Sound that turns itself off (no audio device) is told on the timer itself ({@link #noticeProperty()},
 * set on the FX thread), not as a notice on every page; a missing speech command is told too, but
 * only when the voice is switched on.
 */
final class SoundHub {
    static final String SOUND_OFF = "Sound is off: no audio device was found. The timer keeps running; follow the screen.";
    static final String VOICE_OFF = "Voice is off: this computer has no speech command Form Coach can use "
            + "(espeak-ng or spd-say on Linux, say on macOS, PowerShell on Windows). You will hear the tones only.";

    private final UiContext ctx;
    private final SoundFactory factory;
    private final ForwardingSound sound = new ForwardingSound();
    private final ForwardingSpeech speech = new ForwardingSpeech();
    private final AtomicBoolean soundTold = new AtomicBoolean();
    private final AtomicBoolean voiceTold = new AtomicBoolean();
    private final javafx.beans.property.ReadOnlyStringWrapper notice = new javafx.beans.property.ReadOnlyStringWrapper("");
    private volatile boolean speechBroken;
    private volatile boolean voiceWanted;
    private boolean started;
    /** Completes once the real outputs are attached (or failed to be made): cues from then on reach them. */
    private final java.util.concurrent.CompletableFuture<Void> attached = new java.util.concurrent.CompletableFuture<>();

    SoundHub(UiContext ctx, SoundFactory factory) {
        this.ctx = ctx;
        this.factory = factory;
    }

    /** Creates the real outputs in the background the first time; later calls do nothing. FX thread. */
    void ensureStarted() {
        if (started) {
            return;
        }
        started = true;
        ctx.executor().execute(() -> {
            AtomicInteger n = new AtomicInteger();
            // one thread for all audio work, so tones and speech never queue behind disk writes
            ExecutorService audio = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "formcoach-sound-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            CueSound s = factory.sound(audio, m -> soundOff());
            Speech sp = factory.speech(audio, m -> speechOff());
            try {
                sound.attach(s);
                speech.attach(sp);
            } finally {
                attached.complete(null);
            }
        });
    }

    java.util.concurrent.CompletableFuture<Void> attached() {
        return attached;
    }

    CueSound sound() {
        return sound;
    }

    /** What the timer screen says about sound ("Sound is off: …"); empty while sound works. FX thread. */
    javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    Speech speech() {
        return speech;
    }

    /** The voice setting changed or a run starts: a missing speech command is told now if the voice is wanted. */
    void voiceWanted(boolean on) {
        voiceWanted = on;
        if (on && speechBroken) {
            tell(voiceTold, VOICE_OFF);
        }
    }

    private void soundOff() {
        tell(soundTold, SOUND_OFF);
    }

    private void speechOff() {
        speechBroken = true;
        if (voiceWanted) {
            tell(voiceTold, VOICE_OFF);
        }
    }

    private void tell(AtomicBoolean once, String text) {
        if (once.compareAndSet(false, true)) {
            Runnable show = () -> notice.set(notice.get().isEmpty() ? text : notice.get() + " " + text);
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        }
    }

    /** Plays through the real output once it exists; remembers volume and mute for it. */
    private final class ForwardingSound implements CueSound {
        private volatile CueSound target;
        private volatile double volume = 0.8;
        private volatile boolean muted;

        void attach(CueSound s) {
            s.setVolume(volume);
            s.setMuted(muted);
            target = s;
            if (!s.available()) {
                soundOff();
            }
        }

        @Override
        public void play(Tone tone) {
            CueSound t = target;
            if (t != null) {
                t.play(tone);
                if (!t.available()) {
                    // an output may go quiet without calling back (a dead line): say so all the same
                    soundOff();
                }
            }
        }

        @Override
        public void setVolume(double v) {
            volume = v;
            CueSound t = target;
            if (t != null) {
                t.setVolume(v);
            }
        }

        @Override
        public double volume() {
            return volume;
        }

        @Override
        public void setMuted(boolean m) {
            muted = m;
            CueSound t = target;
            if (t != null) {
                t.setMuted(m);
            }
        }

        @Override
        public boolean muted() {
            return muted;
        }

        @Override
        public boolean available() {
            CueSound t = target;
            return t == null || t.available();
        }

        @Override
        public void close() {
            CueSound t = target;
            if (t != null) {
                t.close();
            }
        }
    }

    private final class ForwardingSpeech implements Speech {
        private volatile Speech target;

        void attach(Speech s) {
            target = s;
            if (!s.available()) {
                speechOff();
            }
        }

        @Override
        public void say(String text) {
            Speech t = target;
            if (t != null) {
                t.say(text);
            }
        }

        @Override
        public void stop() {
            Speech t = target;
            if (t != null) {
                t.stop();
            }
        }

        @Override
        public boolean available() {
            Speech t = target;
            return t != null && t.available();
        }
    }
}

package formcoach.timer.ui;

import formcoach.timer.sound.CueSound;
import formcoach.timer.sound.JavaSoundCueSound;
import formcoach.timer.sound.OsSpeech;
import formcoach.timer.sound.Speech;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Makes the timer's sound outputs. The app uses the real sound system and the OS speech command;
 * tests pass fakes (a machine without audio, a speech command that is missing).
 */
interface SoundFactory {
    /** @param audio the single thread all audio work runs on; @param onProblem told once when sound turns itself off */
    CueSound sound(Executor audio, Consumer<String> onProblem);

    Speech speech(Executor audio, Consumer<String> onProblem);

    SoundFactory SYSTEM = new SoundFactory() {
        @Override
        public CueSound sound(Executor audio, Consumer<String> onProblem) {
            return JavaSoundCueSound.system(audio, onProblem);
        }

        @Override
        public Speech speech(Executor audio, Consumer<String> onProblem) {
            return OsSpeech.detect(audio, onProblem);
        }
    };
}

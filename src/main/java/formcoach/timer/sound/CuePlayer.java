package formcoach.timer.sound;

import formcoach.timer.CueEvent;
import formcoach.timer.RoutineStep;
import formcoach.timer.TimerListener;
import formcoach.timer.TimerPlan;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the engine's cue events into tones and, when the voice is on, speech. Tones always play
 * (unless muted); speech adds the words, so a machine without a speech command falls back to the
 * tones alone. Register it with {@code engine.addListener(player)}.
 *
 * <ul>
 *   <li>STEP_START: bell; says the step name (with its reps) and the exercise's one-line cue</li>
 *   <li>SIDE_START: bell; says "second side"</li>
 *   <li>COUNTDOWN: beep</li>
 *   <li>HALFWAY: two blips; says "halfway"</li>
 *   <li>SWITCH_SIDES: falling notes; says "switch sides"</li>
 *   <li>TEMPO_PHASE: says "pull", "squeeze" or "lower" (with the rep number on each pull); without
 *       voice a bell on each pull and a beep on the other phases</li>
 *   <li>ROUTINE_END: the chime; says "routine complete, well done"</li>
 *   <li>ROUTINE_STOPPED: stops speaking</li>
 * </ul>
 */
public final class CuePlayer implements TimerListener {
    private final TimerPlan plan;
    private final CueSound sound;
    private final Speech speech;
    private final Function<String, String> cueForExerciseId;
    private volatile boolean voice;
    private volatile boolean muted;

    /**
     * @param cueForExerciseId the library's one-line cue for an exercise id, or null when it has none
     * @param voice            speak as well as play tones
     */
    public CuePlayer(TimerPlan plan, CueSound sound, Speech speech, Function<String, String> cueForExerciseId, boolean voice) {
        this.plan = Objects.requireNonNull(plan);
        this.sound = Objects.requireNonNull(sound);
        this.speech = Objects.requireNonNull(speech);
        this.cueForExerciseId = Objects.requireNonNull(cueForExerciseId);
        this.voice = voice;
    }

    public void setVoice(boolean on) {
        voice = on;
        if (!on) {
            speech.stop();
        }
    }

    public boolean voice() {
        return voice;
    }

    /** Mutes tones and voice. */
    public void setMuted(boolean m) {
        muted = m;
        sound.setMuted(m);
        if (m) {
            speech.stop();
        }
    }

    public boolean muted() {
        return muted;
    }

    public void setVolume(double v) {
        sound.setVolume(v);
    }

    @Override
    public void onCue(CueEvent e) {
        if (muted) {
            return;
        }
        switch (e.type()) {
            case STEP_START -> {
                sound.play(Tone.STEP_START);
                say(stepText(plan.steps().get(e.stepIndex())));
            }
            case SIDE_START -> {
                sound.play(Tone.STEP_START);
                say("Second side");
            }
            case COUNTDOWN -> sound.play(Tone.COUNTDOWN);
            case HALFWAY -> {
                sound.play(Tone.HALFWAY);
                say("Halfway");
            }
            case SWITCH_SIDES -> {
                sound.play(Tone.SWITCH_SIDES);
                say("Switch sides");
            }
            case TEMPO_PHASE -> tempo(e);
            case ROUTINE_END -> {
                sound.play(Tone.ROUTINE_END);
                say("Routine complete. Well done.");
            }
            case ROUTINE_STOPPED -> speech.stop();
            default -> {
                // ROUTINE_START, LEAD_IN_START and STEP_END are shown, not sounded: the countdown covers them
            }
        }
    }

    private void tempo(CueEvent e) {
        boolean first = "pull".equals(e.label());
        if (voice && speech.available()) {
            say(first ? e.number() + ", pull" : e.label());
        } else {
            sound.play(first ? Tone.STEP_START : Tone.COUNTDOWN);
        }
    }

    /** "Band pull-aparts, 15 reps. Squeeze the shoulder blades together." */
    String stepText(RoutineStep s) {
        StringBuilder sb = new StringBuilder(s.name());
        if (s.reps() != null) {
            sb.append(", ").append(s.reps()).append(" reps");
        }
        String cue = cueForExerciseId.apply(s.exerciseId());
        if (cue != null && !cue.isBlank()) {
            sb.append(". ").append(cue.strip());
        }
        return sb.toString();
    }

    private void say(String text) {
        if (voice && speech.available()) {
            speech.say(text);
        }
    }
}

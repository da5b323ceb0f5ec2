package formcoach.timer.sound;

import formcoach.timer.FakeClock;
import formcoach.timer.Routine;
import formcoach.timer.RoutineKind;
import formcoach.timer.RoutineStep;
import formcoach.timer.TimerEngine;
import formcoach.timer.TimerPlan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CuePlayerTest {
    static final Routine ROUTINE = new Routine("r", "R", RoutineKind.WARMUP, null, List.of(
            new RoutineStep("band-pull-apart", "Band pull-aparts", 5, 1, 15, null),
            new RoutineStep("open-book", "Open book", 5, 2, null, null)));

    /** Records what would be heard. */
    static final class Ears implements CueSound, Speech {
        final List<String> heard = new ArrayList<>();
        boolean speechAvailable = true;
        boolean soundMuted;

        @Override
        public void play(Tone tone) {
            if (!soundMuted) {
                heard.add("tone " + tone);
            }
        }

        @Override
        public void say(String text) {
            heard.add("say " + text);
        }

        @Override
        public void stop() {
            heard.add("stop");
        }

        @Override
        public boolean available() {
            return speechAvailable;
        }

        @Override
        public void setVolume(double volume) {
        }

        @Override
        public double volume() {
            return 1;
        }

        @Override
        public void setMuted(boolean muted) {
            soundMuted = muted;
        }

        @Override
        public boolean muted() {
            return soundMuted;
        }

        @Override
        public void close() {
        }
    }

    private List<String> run(boolean voice, Ears ears) {
        FakeClock clock = new FakeClock();
        TimerPlan plan = TimerPlan.of(ROUTINE, 3, 5);
        TimerEngine engine = new TimerEngine(clock, plan);
        Map<String, String> cues = Map.of("band-pull-apart", "Shoulders down, squeeze back");
        engine.addListener(new CuePlayer(plan, ears, ears, cues::get, voice));
        engine.start();
        clock.advanceSeconds(60);
        engine.tick();
        return ears.heard;
    }

    @Test
    void withVoiceTheStepNameAndItsCueAreSpokenAfterTheBell() {
        List<String> heard = run(true, new Ears());
        assertThat(heard).containsSubsequence(
                "tone COUNTDOWN", "tone COUNTDOWN", "tone COUNTDOWN",
                "tone STEP_START", "say Band pull-aparts, 15 reps. Shoulders down, squeeze back",
                "tone STEP_START", "say Open book",
                "tone SWITCH_SIDES", "say Switch sides",
                "tone STEP_START", "say Second side",
                "tone ROUTINE_END", "say Routine complete. Well done.");
        assertThat(heard.stream().filter("tone COUNTDOWN"::equals)).hasSize(3 * (2 + 3 + 1)); // two lead-ins, three work phases, one switch
    }

    @Test
    void withoutVoiceOnlyTonesPlay() {
        List<String> heard = run(false, new Ears());
        assertThat(heard).isNotEmpty().allMatch(s -> s.startsWith("tone "));
        assertThat(heard.get(heard.size() - 1)).isEqualTo("tone ROUTINE_END");
    }

    @Test
    void withNoSpeechCommandTheTonesStillPlay() {
        Ears ears = new Ears();
        ears.speechAvailable = false;
        List<String> heard = run(true, ears);
        assertThat(heard).allMatch(s -> s.startsWith("tone ")).contains("tone SWITCH_SIDES", "tone ROUTINE_END");
    }

    @Test
    void mutedPlaysAndSaysNothing() {
        FakeClock clock = new FakeClock();
        TimerPlan plan = TimerPlan.of(ROUTINE, 3, 5);
        TimerEngine engine = new TimerEngine(clock, plan);
        Ears ears = new Ears();
        CuePlayer player = new CuePlayer(plan, ears, ears, id -> null, true);
        engine.addListener(player);
        player.setMuted(true);
        ears.heard.clear();
        engine.start();
        clock.advanceSeconds(60);
        engine.tick();
        assertThat(ears.heard).isEmpty();
    }

    @Test
    void stoppingTheRoutineStopsSpeech() {
        FakeClock clock = new FakeClock();
        TimerPlan plan = TimerPlan.of(ROUTINE, 3, 5);
        TimerEngine engine = new TimerEngine(clock, plan);
        Ears ears = new Ears();
        engine.addListener(new CuePlayer(plan, ears, ears, id -> null, true));
        engine.start();
        clock.advanceSeconds(4);
        engine.stop();
        assertThat(ears.heard.get(ears.heard.size() - 1)).isEqualTo("stop");
    }

    @Test
    void tempoPhasesAreSpokenWithTheRepOrBeepedWithoutVoice() throws Exception {
        for (boolean voice : new boolean[] {true, false}) {
            FakeClock clock = new FakeClock();
            TimerPlan plan = formcoach.timer.TempoRoutine.of("seated-cable-row", "Seated cable row", "2-1-2", 2).plan(3);
            TimerEngine engine = new TimerEngine(clock, plan);
            Ears ears = new Ears();
            engine.addListener(new CuePlayer(plan, ears, ears, id -> "Chest up, no swinging", voice));
            engine.start();
            clock.advanceSeconds(30);
            engine.tick();
            if (voice) {
                assertThat(ears.heard).containsSubsequence("say Seated cable row, 2 reps. Chest up, no swinging",
                        "say 1, pull", "say squeeze", "say lower", "say 2, pull", "say squeeze", "say lower");
            } else {
                assertThat(ears.heard).containsSubsequence("tone STEP_START", "tone STEP_START", "tone COUNTDOWN",
                        "tone COUNTDOWN", "tone STEP_START", "tone COUNTDOWN", "tone COUNTDOWN", "tone ROUTINE_END");
                assertThat(ears.heard).noneMatch(h -> h.startsWith("say"));
            }
        }
    }
}

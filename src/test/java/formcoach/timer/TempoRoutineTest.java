package formcoach.timer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TempoRoutineTest {
    private FakeClock clock;
    private Recorder rec;

    @BeforeEach
    void setUp() {
        clock = new FakeClock();
        rec = new Recorder(clock.nanoTime());
    }

    private TimerEngine engine(String tempo, int reps) throws RoutineException {
        TimerEngine e = new TimerEngine(clock, TempoRoutine.of("seated-cable-row", "Seated cable row", tempo, reps).plan(3));
        e.addListener(rec);
        return e;
    }

    @Test
    void eachRepPullsSqueezesAndLowersOnTheSameEngine() throws RoutineException {
        TimerEngine e = engine("2-1-2", 2);
        e.start();
        clock.advanceSeconds(60);
        e.tick();
        assertThat(rec.lines()).containsExactly(
                "0.000 ROUTINE_START step1",
                "0.000 LEAD_IN_START step1",
                "0.000 COUNTDOWN 3 step1",
                "1.000 COUNTDOWN 2 step1",
                "2.000 COUNTDOWN 1 step1",
                "3.000 STEP_START step1",
                "3.000 TEMPO_PHASE 1 pull step1",
                "5.000 TEMPO_PHASE 1 squeeze step1",
                "6.000 TEMPO_PHASE 1 lower step1",
                "8.000 TEMPO_PHASE 2 pull step1",
                "10.000 TEMPO_PHASE 2 squeeze step1",
                "11.000 TEMPO_PHASE 2 lower step1",
                "13.000 STEP_END step1",
                "13.000 ROUTINE_END step1");
    }

    @Test
    void theSnapshotNamesThePhaseAndRep() throws RoutineException {
        TimerEngine e = engine("3-1-3", 5);
        e.start();
        clock.advanceSeconds(3 + 7 + 3.5);
        e.tick();
        Snapshot s = e.snapshot();
        assertThat(s.phase()).isEqualTo(Phase.WORK);
        assertThat(s.label()).isEqualTo("squeeze");
        assertThat(s.rep()).isEqualTo(2);
        assertThat(s.remainingNanos()).isEqualTo(500_000_000L);
        assertThat(s.stepProgress()).isEqualTo(10.5 / 35.0);
    }

    @Test
    void aZeroSqueezeIsLeftOut() throws RoutineException {
        TimerEngine e = engine("2-0-3", 1);
        e.start();
        clock.advanceSeconds(10);
        e.tick();
        assertThat(rec.lines()).filteredOn(l -> l.contains("TEMPO_PHASE"))
                .containsExactly("3.000 TEMPO_PHASE 1 pull step1", "5.000 TEMPO_PHASE 1 lower step1");
    }

    @Test
    void pauseInsideAPhaseKeepsItsRemainingTime() throws RoutineException {
        TimerEngine e = engine("2-1-2", 3);
        e.start();
        clock.advanceNanos(3_000_000_000L + 1_500_000_007L);
        e.pause();
        clock.advanceSeconds(20);
        e.resume();
        assertThat(e.snapshot().remainingNanos()).isEqualTo(499_999_993L);
        assertThat(e.snapshot().label()).isEqualTo("pull");
    }

    @Test
    void totalTimeIsLeadInPlusRepsTimesTempo() throws RoutineException {
        TimerPlan p = TempoRoutine.of("pull-up", "Pull-up", "3-1-3", 8).plan(5);
        assertThat(p.totalNanos()).isEqualTo((5 + 8 * 7) * 1_000_000_000L);
        assertThat(p.steps()).hasSize(1);
        assertThat(p.steps().get(0).reps()).isEqualTo(8);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'fast',   5, 'tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got ''fast'''
            '2-1',    5, 'tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got ''2-1'''
            '0-1-2',  5, 'tempo: pull and lower must be 1-10 s and squeeze 0-10 s, got 0-1-2'
            '2-1-11', 5, 'tempo: pull and lower must be 1-10 s and squeeze 0-10 s, got 2-1-11'
            '2-1-2',  0, 'reps must be 1-50, got 0'
            """)
    void badTempoOrRepsAreRefusedWithAMessage(String tempo, int reps, String message) {
        assertThatThrownBy(() -> TempoRoutine.of("pull-up", "Pull-up", tempo, reps))
                .isInstanceOf(RoutineException.class).hasMessage(message);
    }
}

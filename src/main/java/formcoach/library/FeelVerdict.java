package formcoach.library;

import java.util.Optional;

/**
 * The answer to "where did you feel it?" for one lift and one area.
 *
 * @param fault    the likely fault when {@code verdict} is FAULT
 * @param faultCue the entry for that fault with its fix: the lift's own, or its twin's when the
 *                 answer came through {@code via}; empty when there is none (an imported lift with no twin)
 * @param note     plain words on why feeling it here means this
 * @param via      our exercise the answer came from, when the lift asked about is an imported twin of it
 */
public record FeelVerdict(BodyArea area, Verdict verdict, Optional<Fault> fault, Optional<FaultCue> faultCue, String note,
                          Optional<Exercise> via) {
    public FeelVerdict(BodyArea area, Verdict verdict, Optional<Fault> fault, Optional<FaultCue> faultCue, String note) {
        this(area, verdict, fault, faultCue, note, Optional.empty());
    }

    /** The same answer, given through {@code twin}. */
    public FeelVerdict via(Exercise twin) {
        return new FeelVerdict(area, verdict, fault, faultCue, note, Optional.of(twin));
    }
}

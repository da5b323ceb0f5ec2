package formcoach.library;

import java.util.Optional;

/**
 * The answer to "where did you feel it?" for one lift and one area.
 *
 * @param fault    the likely fault when {@code verdict} is FAULT
 * @param faultCue this exercise's own entry for that fault, so the fix can be shown (empty when the
 *                 exercise has none, e.g. an imported lift)
 * @param note     plain words on why feeling it here means this
 */
public record FeelVerdict(BodyArea area, Verdict verdict, Optional<Fault> fault, Optional<FaultCue> faultCue, String note) {
}

package formcoach.paincheck;

import formcoach.store.StoreException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pain checker needs from the other features, without depending on their views: the
 * sessions done (timer runs, "before you lift" plans), the form fault most likely behind pain in an
 * area after given lifts, and the body areas a person can point to. The app wires the real ones;
 * {@link #none()} is the checker on its own.
 */
public interface PainCheckLinks {

    /** The six areas of the library's feel map (assets/library/feel-map.json), same ids. */
    List<Area> DEFAULT_AREAS = List.of(
            new Area("neck-traps", "Neck / top of the traps"),
            new Area("between-shoulder-blades", "Between the shoulder blades"),
            new Area("lower-back", "Lower back"),
            new Area("lats-armpit", "Lats / armpit"),
            new Area("front-of-shoulder", "Front of the shoulder"),
            new Area("biceps-forearms", "Biceps / forearms"));

    /** The area id stored when the person answers "somewhere else" (none of the listed areas). */
    String ELSEWHERE = "elsewhere";

    /** A body area where it can hurt, e.g. {@code neck-traps} "Neck / top of the traps". */
    record Area(String id, String label) {
        public Area {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The form fault most likely involved when an area hurts after an exercise, with its fix.
     *
     * @param fault     SHRUGGING, ROUNDING or MOMENTUM
     * @param faultName the fault in plain words, e.g. "Shrugging"
     * @param cue       the short cue to take to the bar
     * @param fix       how to fix it
     * @param note      why this area points at that fault
     */
    record FormHint(String exerciseId, String exerciseName, String fault, String faultName, String cue, String fix, String note) {
    }

    /**
     * Sessions that ended from {@code from} (inclusive) to {@code to} (exclusive), oldest first.
     *
     * @throws StoreException when the records cannot be read; the message is for the person
     */
    List<SessionSummary> sessionsBetween(Instant from, Instant to) throws StoreException;

    /** The likely fault for pain in {@code areaId} after these lifts (library ids), if any lift points at one. */
    default Optional<FormHint> formHint(List<String> liftIds, String areaId) {
        return Optional.empty();
    }

    /**
     * What the training log says about the days before {@code at}, one sentence each: a load jump,
     * the muscle groups trained hard in the 72 hours before, and the faults tapped in the last
     * sessions. Words only: they never change the triage level.
     */
    default List<String> trainingNotes(Instant at) {
        return List.of();
    }

    /** The areas to ask about, in the order to show them. */
    default List<Area> areas() {
        return DEFAULT_AREAS;
    }

    /** No sessions, no hints, the six areas: the pain checker on its own (and in tests). */
    static PainCheckLinks none() {
        return (from, to) -> List.of();
    }
}

package formcoach.video;

/**
 * Turns a set's landmarks into reps and faults. The rule-based implementation reads its thresholds
 * from {@code assets/video/}; the player and {@code video analyze} both go through this interface.
 */
public interface SetAnalyzer {
    /**
     * @param file   the set's landmarks (its {@code lift} and {@code view} may be overridden by the caller)
     * @param liftId a library id, or null to use {@code file.lift()}
     * @param view   the camera view, or null to use {@code file.view()}
     */
    SetReport analyze(LandmarkFile file, String liftId, CameraView view);
}

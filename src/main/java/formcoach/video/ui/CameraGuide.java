package formcoach.video.ui;

import formcoach.library.Category;
import formcoach.library.Fault;
import formcoach.video.CameraGuidance;
import formcoach.video.CameraView;

import java.util.Set;

/**
 * Where to put the camera for a lift, and what a view can show, as the views ask for it. The texts and
 * the views live in {@code assets/video/camera-guidance.json} ({@link CameraGuidance}): rows and
 * deadlifts are judged from the side, pull-downs and pull-ups from behind. No JavaFX.
 */
public final class CameraGuide {
    private CameraGuide() {
    }

    private static CameraGuidance guidance() {
        return CameraGuidance.builtIn();
    }

    /** The view to film a lift of this category from. */
    public static CameraView recommended(Category category) {
        return guidance().recommended(category);
    }

    /** One or two sentences on setting up the camera for this category. */
    public static String advice(Category category) {
        return guidance().advice(null, category);
    }

    /** One or two sentences on setting up the camera for the lift {@code liftId} (its own advice where it has one). */
    public static String advice(String liftId, Category category) {
        return guidance().advice(liftId, category);
    }

    /** What to do when no lift is chosen yet. */
    public static String noLift() {
        return guidance().noLift();
    }

    /** The faults a view can show at all (rounding only as an estimate, from the side). */
    public static Set<Fault> judgeable(CameraView view) {
        return guidance().judgeable(view);
    }

    /** A warning when {@code view} does not fit the lift, or null when it does. */
    public static String warning(Category category, CameraView view) {
        return guidance().warning(category, view).orElse(null);
    }
}

package formcoach.video.ui;

import formcoach.library.Category;
import formcoach.library.Fault;
import formcoach.video.CameraView;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where to put the camera for a lift, and what a view can show. Rows and deadlifts are judged from the
 * side (the back's line and the swing show there); pull-downs and pull-ups from behind (the shoulders
 * rising to the ears shows there). No JavaFX: plain rules the view reads.
 */
public final class CameraGuide {
    private CameraGuide() {
    }

    /** The view to film a lift of this category from. */
    public static CameraView recommended(Category category) {
        return switch (category) {
            case PULLDOWN, PULLUP -> CameraView.BACK;
            default -> CameraView.SIDE;
        };
    }

    /** One or two sentences on setting up the camera for this category. */
    public static String advice(Category category) {
        return switch (category) {
            case ROW -> "Film from the side, camera at hip height about 3 m away, your whole body and the weight "
                    + "in frame. The side shows swinging and a rounding back; shrugging shows best from behind.";
            case DEADLIFT -> "Film from the side, camera at hip height about 3 m away, from the floor to above "
                    + "your head. The side shows the back's line and a jerk off the floor.";
            case PULLDOWN -> "Film from behind, camera at shoulder height, both ears and shoulders in frame. "
                    + "From behind, shoulders rising to the ears (shrugging) are clear; film from the side to check leaning back.";
            case PULLUP -> "Film from behind, camera at bar height, your hands to your feet in frame. From behind, "
                    + "shrugging shows; film from the side to check kipping and swinging.";
            default -> "This is not a lift the video check judges. Film from the side with your whole body in frame.";
        };
    }

    /** The faults a view can show at all (rounding only as an estimate, from the side). */
    public static Set<Fault> judgeable(CameraView view) {
        return switch (view) {
            case SIDE -> EnumSet.of(Fault.SHRUGGING, Fault.MOMENTUM, Fault.ROUNDING);
            case FRONT, BACK -> EnumSet.of(Fault.SHRUGGING, Fault.MOMENTUM);
        };
    }

    /** A warning when {@code view} does not fit the lift, or null when it does. */
    public static String warning(Category category, CameraView view) {
        CameraView best = recommended(category);
        if (view == best || !category.isLift()) {
            return null;
        }
        if (view == CameraView.SIDE) {
            return "From the side, shrugging is harder to see on a " + category.displayName().toLowerCase(java.util.Locale.ROOT)
                    + " than from behind; swinging and rounding show well.";
        }
        return "From the " + view.id() + ", rounding cannot be judged and swinging forward and back barely shows on a "
                + category.displayName().toLowerCase(java.util.Locale.ROOT) + ": film from the side for those.";
    }
}

package formcoach.app;

import formcoach.timer.AssetTimerExercises;
import formcoach.timer.ui.TimerSection;
import formcoach.ui.Section;

import javafx.scene.input.KeyCode;

import java.util.List;

/** The four sections of the rail, in order. */
final class Sections {
    private Sections() {
    }

    static List<Section> create(AppServices services) {
        return List.of(
                new PlannedSection("library", "Library", "mdi2d-dumbbell", KeyCode.DIGIT1,
                        "Find a lift and see how to keep from shrugging, rounding or swinging it."),
                new TimerSection(services, new AssetTimerExercises()),
                new PlannedSection("paincheck", "Pain check", "mdi2m-medical-bag", KeyCode.DIGIT3,
                        "Tell normal soreness from a possible strain, and catch the signs that need a doctor."),
                new PlannedSection("history", "History", "mdi2h-history", KeyCode.DIGIT4,
                        "Your sessions and pain checks over time."));
    }
}

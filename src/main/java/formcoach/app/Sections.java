package formcoach.app;

import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.TimerSessionLinks;
import formcoach.paincheck.ui.HistorySection;
import formcoach.paincheck.ui.PainCheckSection;
import formcoach.timer.AssetTimerExercises;
import formcoach.timer.SessionLog;
import formcoach.timer.ui.TimerSection;
import formcoach.ui.Section;

import javafx.scene.input.KeyCode;

import java.util.List;

/** The four sections of the rail, in order. */
final class Sections {
    private Sections() {
    }

    static List<Section> create(AppServices services) {
        // sessions from the timer's record; the library adds its plans and form hints when it is joined
        PainCheckLinks painLinks = new TimerSessionLinks(new SessionLog(services.store(), services.clock()));
        return List.of(
                new PlannedSection("library", "Library", "mdi2d-dumbbell", KeyCode.DIGIT1,
                        "Find a lift and see how to keep from shrugging, rounding or swinging it."),
                new TimerSection(services, new AssetTimerExercises()),
                new PainCheckSection(services, painLinks),
                new HistorySection(services, painLinks));
    }
}

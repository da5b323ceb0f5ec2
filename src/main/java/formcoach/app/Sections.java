package formcoach.app;

import formcoach.library.Library;
import formcoach.library.ui.LibrarySection;
import formcoach.store.StoreException;
import formcoach.ui.Section;

import javafx.scene.input.KeyCode;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The four sections of the rail, in order. */
final class Sections {
    private Sections() {
    }

    static List<Section> create(AppServices services) {
        // loaded once in the background; the library view shows at once and fills in when this completes
        CompletableFuture<Library> library = services.inBackground(() -> {
            try {
                return Library.load(services.store());
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        });
        return List.of(
                new LibrarySection(services, library),
                new PlannedSection("timer", "Warm-up & cool-down", "mdi2t-timer-outline", KeyCode.DIGIT2,
                        "Follow a timed warm-up before training and a cool-down after it."),
                new PlannedSection("paincheck", "Pain check", "mdi2m-medical-bag", KeyCode.DIGIT3,
                        "Tell normal soreness from a possible strain, and catch the signs that need a doctor."),
                new PlannedSection("history", "History", "mdi2h-history", KeyCode.DIGIT4,
                        "Your sessions and pain checks over time."));
    }
}

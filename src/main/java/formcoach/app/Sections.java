package formcoach.app;

import formcoach.library.Library;
import formcoach.library.ui.LibrarySection;
import formcoach.log.ui.LogSection;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.TrainingLinks;
import formcoach.paincheck.ui.HistorySection;
import formcoach.paincheck.ui.PainCheckController;
import formcoach.paincheck.ui.PainCheckSection;
import formcoach.paincheck.ui.ReportDialog;
import formcoach.store.StoreException;
import formcoach.timer.SessionLog;
import formcoach.timer.ui.TimerSection;
import formcoach.ui.Section;
import formcoach.video.ui.VideoSection;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** The sections of the rail, in {@link SectionEntry}'s order, and what joins them: one library for all of them. */
final class Sections {
    private Sections() {
    }

    static List<Section> create(AppServices services) {
        return create(services, CompletableFuture.completedFuture(null));
    }

    /**
     * @param startLoading the library starts loading when this completes; the app completes it once
     *                     the first frame is up, so loading does not compete with drawing it
     */
    static List<Section> create(AppServices services, CompletableFuture<Void> startLoading) {
        return create(services, startLoading, loading -> { });
    }

    /** As above; {@code loading} is given the library's loading, for {@code --smoke-ready} to wait on. */
    static List<Section> create(AppServices services, CompletableFuture<Void> startLoading,
                                java.util.function.Consumer<CompletableFuture<Library>> loading) {
        // loaded once, in the background: the library view fills in when it is ready, the timer uses
        // it for cues and the pain checker for lift names and the feel map
        CompletableFuture<Library> library = startLoading.thenApplyAsync(ignored -> {
            try {
                return Library.load(services.store());
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, services.executor());
        loading.accept(library);
        PainCheckLinks painLinks = new TrainingLinks(services.store(), new SessionLog(services.store(), services.clock()),
                () -> library.isDone() && !library.isCompletedExceptionally() ? Optional.of(library.join()) : Optional.empty(),
                ZoneId.systemDefault());
        // the rules, advice and questions are read once for both the pain check and History
        Supplier<PainChecker> rules = PainCheckController.memoise(PainChecker::load);
        return List.of(
                new LazySection(SectionEntry.LIBRARY,
                        () -> new LibrarySection(services, library)),
                new LazySection(SectionEntry.TIMER,
                        () -> new TimerSection(services, new LibraryTimerExercises(library))),
                new LazySection(SectionEntry.PAIN_CHECK,
                        () -> new PainCheckSection(services, painLinks, rules, ReportDialog.fileChooser())),
                new LazySection(SectionEntry.HISTORY,
                        () -> new HistorySection(services, painLinks, rules, ReportDialog.fileChooser())),
                new LazySection(SectionEntry.LOG, () -> new LogSection(services, library)),
                new LazySection(SectionEntry.VIDEO,
                        () -> new VideoSection(services, formcoach.video.RuleBasedSetAnalyzer.builtIn(), library)));
    }
}

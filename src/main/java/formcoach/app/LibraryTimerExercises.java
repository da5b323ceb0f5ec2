package formcoach.app;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Library;
import formcoach.timer.AssetTimerExercises;
import formcoach.timer.TimerExercises;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The timer's view of the library: names, cues, tempo and momentum cue for every exercise,
 * custom and imported ones included. Until the library has loaded (it loads in the background at
 * start-up) the built-in assets answer, so the timer never waits for it.
 */
final class LibraryTimerExercises implements TimerExercises {
    private final CompletableFuture<Library> library;
    private final AssetTimerExercises builtins = new AssetTimerExercises();

    LibraryTimerExercises(CompletableFuture<Library> library) {
        this.library = library;
    }

    private Optional<Library> loaded() {
        return library.isDone() && !library.isCompletedExceptionally() ? Optional.of(library.join()) : Optional.empty();
    }

    @Override
    public Optional<ExerciseRef> find(String id) {
        return loaded().map(l -> l.find(id).map(LibraryTimerExercises::ref)).orElseGet(() -> builtins.find(id));
    }

    @Override
    public List<ExerciseRef> all() {
        return loaded().map(l -> l.all().stream().map(LibraryTimerExercises::ref).toList()).orElseGet(builtins::all);
    }

    /** The library's own search (typos, plurals, aliases: "rows", "RDL"), limited to these categories. */
    @Override
    public List<ExerciseRef> search(String query, java.util.Set<String> categories) {
        Optional<Library> lib = loaded();
        if (lib.isEmpty()) {
            return builtins.search(query, categories);
        }
        java.util.Set<formcoach.library.Category> cats = java.util.EnumSet.noneOf(formcoach.library.Category.class);
        for (formcoach.library.Category c : formcoach.library.Category.values()) {
            if (categories.contains(c.id())) {
                cats.add(c);
            }
        }
        return lib.get().search(query == null ? "" : query, formcoach.library.SearchFilter.NONE.withCategories(cats)).stream()
                .map(h -> ref(h.exercise())).toList();
    }

    static ExerciseRef ref(Exercise e) {
        String howTo = !e.execution().isEmpty() ? e.execution().get(0) : e.summary();
        return new ExerciseRef(e.id(), e.name(), e.category().id(), e.cue(), e.tempo(), howTo,
                e.fault(Fault.MOMENTUM).map(f -> f.cue()).filter(c -> !c.isBlank()));
    }
}

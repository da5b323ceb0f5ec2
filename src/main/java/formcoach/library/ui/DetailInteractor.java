package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import formcoach.library.FaultCue;
import formcoach.library.Library;
import formcoach.library.LibraryException;
import formcoach.store.StoreException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The only part of an exercise's page that calls the library. */
final class DetailInteractor {
    private final Library library;
    private final DetailModel model;

    DetailInteractor(Library library, DetailModel model) {
        this.library = library;
        this.model = model;
    }

    /** Fills the model for {@code id}; false when there is no such exercise (any more). */
    boolean show(String id) {
        Optional<Exercise> found = library.find(id);
        if (found.isEmpty()) {
            return false;
        }
        boolean favourite = library.isFavourite(id);
        model.show(page(found.get()), favourite);
        return true;
    }

    DetailModel.Page page(Exercise e) {
        Map<String, String> names = new LinkedHashMap<>();
        Exercise twin = library.twinOf(e).orElse(null);
        java.util.List<FaultCue> cards = new java.util.ArrayList<>(e.faults());
        if (twin != null) {
            cards.addAll(twin.faults());
        }
        for (FaultCue f : cards) {
            if (!f.regression().isBlank()) {
                library.find(f.regression()).ifPresent(r -> names.put(r.id(), r.name()));
            }
        }
        boolean feel = false;
        for (BodyArea a : BodyArea.values()) {
            feel |= library.feltIn(e, a).isPresent();
        }
        return new DetailModel.Page(e, Map.copyOf(names), feel, twin);
    }

    boolean toggleFavourite(String id) throws LibraryException, StoreException {
        return library.toggleFavourite(id);
    }

    void delete(String id) throws LibraryException, StoreException {
        library.deleteCustom(id);
    }

    FeelInteractor feel() {
        return new FeelInteractor(library);
    }
}

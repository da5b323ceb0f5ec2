package formcoach.library.ui;

import formcoach.library.Category;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.FaultCue;
import formcoach.library.Library;
import formcoach.library.LibraryException;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.library.TodayPlan;
import formcoach.store.StoreException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The only part of "before you lift" that calls the library: lifts to pick, today's plan, card contents. */
final class CueCardsInteractor {
    static final SearchFilter LIFTS = SearchFilter.category(Category.ROW, Category.PULLDOWN, Category.PULLUP, Category.DEADLIFT);

    private final Library library;
    private final CueCardsModel model;

    CueCardsInteractor(Library library, CueCardsModel model) {
        this.library = library;
        this.model = model;
    }

    void refreshLifts() {
        String q = model.queryProperty().get();
        model.showLifts(library.search(q == null ? "" : q, LIFTS).stream().map(SearchHit::exercise).toList());
    }

    Optional<TodayPlan> loadPlan(LocalDate today) throws StoreException {
        return library.plan(today);
    }

    /** A saved plan for today picks its lifts again, unless the person has already started picking. */
    void applyPlan(Optional<TodayPlan> plan) {
        if (plan.isEmpty()) {
            return;
        }
        model.markWarmUpDone(plan.get().warmUpDone());
        if (model.picked().isEmpty()) {
            model.pick(plan.get().exerciseIds().stream().filter(id -> library.find(id).isPresent()).toList());
        }
    }

    void toggle(String id) {
        model.togglePick(id);
    }

    void buildCards() {
        List<CueCard> cards = new ArrayList<>();
        for (String id : model.picked()) {
            library.find(id).ifPresent(e -> cards.add(card(e)));
        }
        // the warm-up question comes first; once answered today, the cards open on the first lift
        model.showCardsFrom(cards, model.warmUpDoneProperty().get() ? 1 : 0);
    }

    static CueCard card(Exercise e) {
        List<CueCard.Line> lines = new ArrayList<>();
        for (Fault f : Fault.values()) {
            e.fault(f).map(FaultCue::cue).filter(c -> !c.isBlank()).ifPresent(c -> lines.add(new CueCard.Line(f, c)));
        }
        String tempo = e.tempo().strip();
        String words = Texts.tempoWords(tempo);
        return new CueCard(e.id(), e.name(), List.copyOf(lines), tempo, words.equals(tempo) ? "" : words,
                lines.isEmpty() ? e.cue() : "");
    }

    TodayPlan plan(LocalDate today) {
        return new TodayPlan(today, List.copyOf(model.picked()), model.warmUpDoneProperty().get());
    }

    TodayPlan savePlan(TodayPlan plan) throws LibraryException, StoreException {
        return library.savePlan(plan);
    }

    Optional<Exercise> find(String id) {
        return library.find(id);
    }

    String nameOf(String id) {
        return library.find(id).map(Exercise::name).orElse(id);
    }

    FeelInteractor feel() {
        return new FeelInteractor(library);
    }
}

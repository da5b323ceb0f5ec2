package formcoach.library.ui;

import formcoach.library.Exercise;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Before you lift": the lifts to pick from, the ones picked (in the order picked), and the cards
 * with the one on show: first the warm-up question (index 0), then one cue card per lift (1 … n),
 * then "after your sets" with "where did you feel it?" (n + 1). The view reads it through read-only
 * properties and unmodifiable lists; the interactor and controller change it through the commands below.
 */
final class CueCardsModel {
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ObservableList<Exercise> lifts = FXCollections.observableArrayList();
    private final ObservableList<Exercise> liftsShown = FXCollections.unmodifiableObservableList(lifts);
    private final ObservableList<String> picked = FXCollections.observableArrayList();
    private final ObservableList<String> pickedShown = FXCollections.unmodifiableObservableList(picked);
    private final ReadOnlyBooleanWrapper showingCards = new ReadOnlyBooleanWrapper();
    private final ObservableList<CueCard> cards = FXCollections.observableArrayList();
    private final ObservableList<CueCard> cardsShown = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper warmUpDone = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding onWarmUpCard = index.isEqualTo(0);
    private final BooleanBinding onAfterCard = Bindings.createBooleanBinding(() -> index.get() > cards.size(), index, cards);
    private final BooleanBinding canGoBack = index.greaterThan(0);

    ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    ObservableList<Exercise> lifts() {
        return liftsShown;
    }

    /** The ids picked, in the order picked. */
    ObservableList<String> picked() {
        return pickedShown;
    }

    ReadOnlyBooleanProperty showingCardsProperty() {
        return showingCards.getReadOnlyProperty();
    }

    ObservableList<CueCard> cards() {
        return cardsShown;
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty warmUpDoneProperty() {
        return warmUpDone.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    BooleanBinding onWarmUpCardBinding() {
        return onWarmUpCard;
    }

    /** The last card: "after your sets". */
    BooleanBinding onAfterCardBinding() {
        return onAfterCard;
    }

    /** The index of the last card ("after your sets"). */
    int lastIndex() {
        return cards.size() + 1;
    }

    /** The lift on show, or null on the warm-up and after cards. */
    CueCard liftCard() {
        int i = index.get();
        return i >= 1 && i <= cards.size() ? cards.get(i - 1) : null;
    }

    BooleanBinding canGoBackBinding() {
        return canGoBack;
    }

    // ------------------------------------------------------------------ commands (interactor and controller)

    /** The search text follows the picker's search field. */
    void followQuery(ObservableValue<String> text) {
        query.bind(text);
    }

    /** The lifts the picker lists. */
    void showLifts(java.util.List<Exercise> found) {
        lifts.setAll(found);
    }

    /** The lifts picked, in this order (replacing any picked before). */
    void pick(java.util.List<String> ids) {
        picked.setAll(ids);
    }

    /** Picks a lift, or unpicks it when it is picked already. */
    void togglePick(String id) {
        if (!picked.remove(id)) {
            picked.add(id);
        }
    }

    /** Back to the picker with nothing picked, no warm-up answer and no message. */
    void reset() {
        showingCards.set(false);
        picked.clear();
        warmUpDone.set(false);
        message.set("");
    }

    /** The cards for the picked lifts, opening on the card at {@code first}. */
    void showCardsFrom(java.util.List<CueCard> built, int first) {
        cards.setAll(built);
        index.set(first);
    }

    /** The cards are on show (true) or the picker is (false). */
    void showingCards(boolean value) {
        showingCards.set(value);
    }

    /** The card at {@code i} is on show. */
    void goToCard(int i) {
        index.set(i);
    }

    void markWarmUpDone(boolean value) {
        warmUpDone.set(value);
    }

    /** Why today's plan was not saved, or "". */
    void showMessage(String text) {
        message.set(text);
    }
}

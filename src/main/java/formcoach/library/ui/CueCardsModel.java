package formcoach.library.ui;

import formcoach.library.Exercise;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Before you lift": the lifts to pick from, the ones picked (in the order picked), and the cards
 * with the one on show: first the warm-up question (index 0), then one cue card per lift (1 … n),
 * then "after your sets" with "where did you feel it?" (n + 1).
 */
final class CueCardsModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Exercise> lifts = FXCollections.observableArrayList();
    private final ObservableList<String> picked = FXCollections.observableArrayList();
    private final BooleanProperty showingCards = new SimpleBooleanProperty();
    private final ObservableList<CueCard> cards = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty();
    private final BooleanProperty warmUpDone = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding onWarmUpCard = index.isEqualTo(0);
    private final BooleanBinding onAfterCard = Bindings.createBooleanBinding(() -> index.get() > cards.size(), index, cards);
    private final BooleanBinding canGoBack = index.greaterThan(0);

    StringProperty queryProperty() {
        return query;
    }

    ObservableList<Exercise> lifts() {
        return lifts;
    }

    ObservableList<String> picked() {
        return picked;
    }

    BooleanProperty showingCardsProperty() {
        return showingCards;
    }

    ObservableList<CueCard> cards() {
        return cards;
    }

    IntegerProperty indexProperty() {
        return index;
    }

    BooleanProperty warmUpDoneProperty() {
        return warmUpDone;
    }

    StringProperty messageProperty() {
        return message;
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
}

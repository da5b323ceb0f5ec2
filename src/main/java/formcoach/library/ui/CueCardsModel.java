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
 * "Before you lift": the lifts to pick from, the ones picked (in the order picked), and the cue cards
 * with the one on show. The card after the last lift is the warm-up question.
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
    private final BooleanBinding onWarmUpCard = Bindings.createBooleanBinding(() -> index.get() >= cards.size(), index, cards);
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

    BooleanBinding canGoBackBinding() {
        return canGoBack;
    }
}

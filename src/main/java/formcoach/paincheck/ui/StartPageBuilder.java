package formcoach.paincheck.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Builder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

import static formcoach.paincheck.ui.PainCheckViewBuilder.column;
import static formcoach.paincheck.ui.PainCheckViewBuilder.icon;
import static formcoach.paincheck.ui.PainCheckViewBuilder.scroll;
import static formcoach.paincheck.ui.PainCheckViewBuilder.wrap;

/** The start page: what the check does, the notice with the region's number, a due re-check, Start, and where you are. */
final class StartPageBuilder implements Builder<Node> {
    private final PainCheckModel model;
    private final PainCheckViewBuilder.Actions actions;
    private final List<Regions.Choice> regions;

    StartPageBuilder(PainCheckModel model, PainCheckViewBuilder.Actions actions, List<Regions.Choice> regions) {
        this.model = model;
        this.actions = actions;
        this.regions = regions;
    }

    @Override
    public Node build() {
        VBox col = column("start-page");
        Label title = new Label("Pain check");
        title.getStyleClass().add("title-1");
        Label what = wrap("Upper back hurting after a session? A few short pages, about a minute in all: serious signs first, "
                + "then how the pain behaves. You'll see whether it looks like normal soreness you can look after yourself, "
                + "a possible strain, or something to get seen for, and how soon.");
        what.getStyleClass().add("lead");

        Label notice = new Label();
        notice.setId("start-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.concat("This is not a diagnosis and it is not for emergencies. "
                + "If you think it is an emergency, call ", model.emergencyNumberProperty(), " now."));
        HBox noticeBox = new HBox(10, icon("mdi2a-alert-outline"), notice);
        noticeBox.getStyleClass().add("start-notice");
        HBox.setHgrow(notice, Priority.ALWAYS);

        Button start = new Button("Start a check");
        start.setId("start-check");
        start.getStyleClass().addAll("accent", "big-button");
        start.setDefaultButton(true);
        start.setGraphic(new FontIcon("mdi2a-arrow-right"));
        start.setContentDisplay(ContentDisplay.RIGHT);
        start.setOnAction(e -> actions.start().run());
        Label last = new Label();
        last.getStyleClass().add("text-muted");
        last.textProperty().bind(model.lastSessionProperty());
        last.managedProperty().bind(model.lastSessionProperty().isNotEmpty());
        last.visibleProperty().bind(last.managedProperty());
        last.setWrapText(true);
        HBox startRow = new HBox(16, start, last);
        startRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(last, Priority.ALWAYS);

        col.getChildren().addAll(title, what, noticeBox, createRecheckBanner(), startRow,
                RegionChooser.create(regions, model.regionCodeProperty(), model.regionWordsProperty(), actions.chooseRegion()));
        return scroll(col);
    }

    private Node createRecheckBanner() {
        Label text = new Label();
        text.setId("recheck-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(model.recheckBannerProperty());
        text.getStyleClass().add("title-4");
        Button again = new Button("Check again");
        again.setId("recheck-start");
        again.getStyleClass().add("accent");
        again.setOnAction(e -> actions.startRecheck().run());
        again.setMinWidth(Region.USE_PREF_SIZE);
        Label sub = wrap("How the pain behaves is filled in from last time, marked so: change what is different now. "
                + "The serious signs are asked fresh every time.");
        sub.getStyleClass().add("text-muted");
        VBox words = new VBox(4, text, sub);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox banner = new HBox(14, icon("mdi2c-calendar-clock"), words, again);
        banner.setId("recheck-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("recheck-banner");
        banner.managedProperty().bind(model.recheckBannerProperty().isNotEmpty());
        banner.visibleProperty().bind(banner.managedProperty());
        return banner;
    }
}

package formcoach.app;

import formcoach.ui.Notices;
import formcoach.ui.Section;

import formcoach.cli.Version;
import formcoach.ui.Navigator;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell: a navigation rail on the left (Ctrl+1…6), the current section in the middle, notices on
 * top, and overlays for the first-run welcome and About. Each section's title, icon and shortcut come
 * from its {@link SectionEntry}.
 */
public final class MainWindow implements Navigator {
    public static final String NOTICE = "Form Coach gives general fitness information. It is not medical advice and "
            + "not a diagnosis, and it is not for emergencies: if you think you need urgent help, call your emergency number.";

    private final AppServices services;
    private final List<Section> sections;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane();
    private final VBox noticeBox = new VBox();
    private final ToggleGroup railGroup = new ToggleGroup();
    private final Map<Section, ToggleButton> railButtons = new LinkedHashMap<>();
    private final Map<Section, Node> built = new LinkedHashMap<>();
    private Node overlay;
    private Node rail;
    private Section current;
    /**
     * The rail's tooltips, installed when the first section is shown: a tooltip is a popup window
     * (a few hundred classes on first use) that nobody sees in the first frame.
     */
    private final Map<javafx.scene.control.Control, String> pendingTooltips = new LinkedHashMap<>();

    /** A window showing its first section at once. */
    public MainWindow(AppServices services, List<Section> sections) {
        this(services, sections, true);
    }

    /**
     * @param showFirst false to show only "Loading…" until {@link #showById} is called; the app
     *                  does that so the first frame does not wait for the first section's view
     */
    public MainWindow(AppServices services, List<Section> sections, boolean showFirst) {
        this.services = services;
        this.sections = List.copyOf(sections);
        services.setNavigator(this);
        // the exercise figures follow the stored "reduce motion" setting (and save it when changed on a figure)
        formcoach.figure.ui.FigurePlayer.followSettings(services.settingsProperty(), services::updateSettings);
        build();
        if (showFirst && !this.sections.isEmpty()) {
            show(this.sections.get(0));
        }
    }

    public Region root() {
        return layers;
    }

    public Section current() {
        return current;
    }

    private void build() {
        root.getStyleClass().add("main-window");
        rail = createRail();
        root.setLeft(rail);
        root.setTop(createNoticeArea());
        content.getStyleClass().add("section-content");
        root.setCenter(content);
        layers.getChildren().add(root);
        layers.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        Label loading = new Label("Loading…");
        loading.getStyleClass().add("text-muted");
        content.getChildren().setAll(loading);
    }

    private Node createRail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(10, 6, 10, 6));
        rail.setAlignment(Pos.TOP_CENTER);
        Label brand = new Label("Form\nCoach");
        brand.getStyleClass().add("brand");
        rail.getChildren().add(brand);
        for (Section s : sections) {
            SectionEntry entry = SectionEntry.of(s.id());
            ToggleButton b = new ToggleButton(entry.title());
            b.setId("nav-" + s.id());
            b.setGraphic(new FontIcon(entry.icon()));
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.getStyleClass().add("rail-button");
            b.setToggleGroup(railGroup);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            pendingTooltips.put(b, entry.title() + " (" + entry.shortcutText() + ")");
            b.setOnAction(e -> show(s));
            railButtons.put(s, b);
            rail.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.getStyleClass().add("rail-small");
        // a listener, not Bindings.createObjectBinding: the Bindings class alone loads ~100 classes at start-up
        theme.setGraphic(themeIcon());
        services.settingsProperty().addListener((obs, was, now) -> {
            if (!now.theme().equals(was.theme())) {
                theme.setGraphic(themeIcon());
            }
        });
        pendingTooltips.put(theme, "Switch between light and dark (Ctrl+Shift+L)");
        theme.setAccessibleText("Switch theme");
        theme.setOnAction(e -> toggleTheme());
        Button about = new Button();
        about.setId("about-button");
        about.getStyleClass().add("rail-small");
        about.setGraphic(new FontIcon("mdi2i-information-outline"));
        pendingTooltips.put(about, "About Form Coach (F1)");
        about.setAccessibleText("About Form Coach");
        about.setOnAction(e -> showAbout());
        rail.getChildren().addAll(spacer, theme, about);
        return rail;
    }

    private FontIcon themeIcon() {
        return new FontIcon("dark".equals(services.settings().theme()) ? "mdi2w-white-balance-sunny" : "mdi2w-weather-night");
    }

    private Node createNoticeArea() {
        noticeBox.getStyleClass().add("notice-area");
        services.notices().items().addListener((ListChangeListener<Notices.Notice>) c -> refreshNotices());
        refreshNotices();
        return noticeBox;
    }

    private void refreshNotices() {
        noticeBox.getChildren().clear();
        for (Notices.Notice n : new ArrayList<>(services.notices().items())) {
            Label text = new Label(n.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button close = new Button("Dismiss");
            close.getStyleClass().add("flat");
            close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            close.setOnAction(e -> services.notices().dismiss(n));
            HBox row = new HBox(10, new FontIcon(n.kind() == Notices.Kind.INFO ? "mdi2i-information-outline" : "mdi2a-alert-outline"), text, close);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().addAll("notice", "notice-" + n.kind().name().toLowerCase(java.util.Locale.ROOT));
            noticeBox.getChildren().add(row);
        }
    }

    /** In full screen the rail and notices step aside so the section (the timer) has the whole screen. */
    public void setFullScreen(boolean fullScreen) {
        root.setLeft(fullScreen ? null : rail);
        root.setTop(fullScreen ? null : noticeBox);
    }

    public void show(Section s) {
        if (overlay != null && current != null) {
            closeOverlay();
        }
        current = s;
        if (!pendingTooltips.isEmpty()) {
            pendingTooltips.forEach((control, text) -> control.setTooltip(new Tooltip(text)));
            pendingTooltips.clear();
        }
        Node view = built.computeIfAbsent(s, Section::view);
        content.getChildren().setAll(view);
        ToggleButton b = railButtons.get(s);
        if (b != null) {
            b.setSelected(true);
        }
        s.shown();
    }

    /**
     * Builds a section's view without showing it, so that showing it later is quick; the app does
     * this for the library while it reads the pain-check history to choose the first section.
     */
    public void prepare(String id) {
        sections.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> built.computeIfAbsent(s, Section::view));
    }

    public void showById(String id) {
        sections.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(this::show);
    }

    private void showAndOpen(String sectionId, String target) {
        sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().ifPresent(s -> {
            show(s);
            s.open(target);
        });
    }

    @Override
    public void showSection(String sectionId) {
        showById(sectionId);
    }

    @Override
    public void openExercise(String exerciseId) {
        showAndOpen("library", exerciseId);
    }

    @Override
    public void startPainCheck() {
        showAndOpen("paincheck", "start");
    }

    @Override
    public void openRoutine(String routineId) {
        showAndOpen("timer", routineId);
    }

    private void onKey(KeyEvent e) {
        for (Section s : sections) {
            if (new KeyCodeCombination(SectionEntry.of(s.id()).digit(), KeyCombination.SHORTCUT_DOWN).match(e)) {
                show(s);
                e.consume();
                return;
            }
        }
        if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
            toggleTheme();
            e.consume();
        } else if (e.getCode() == KeyCode.F1) {
            showAbout();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && overlay != null) {
            closeOverlay();
            e.consume();
        }
    }

    private void toggleTheme() {
        services.updateSettings(st -> st.withTheme("dark".equals(st.theme()) ? "light" : "dark"));
        Themes.apply(services.settings().theme(), layers);
    }

    public void showWelcome() {
        VBox card = card("welcome");
        Label title = new Label("Welcome to Form Coach");
        title.getStyleClass().add("title-2");
        card.getChildren().addAll(title,
                use("mdi2d-dumbbell", "Before you lift", "Look up a row, pull-down or deadlift and see how to keep "
                        + "from shrugging, rounding or swinging it, with short cues to take to the bar."),
                use("mdi2t-timer-outline", "Warm up and cool down", "Press Space and follow a timed routine from across "
                        + "the room. It beeps, can speak, and tells you how to do the next move well."),
                use("mdi2m-medical-bag", "After the session", "If your upper back hurts, answer a few questions to tell "
                        + "normal soreness from a possible strain, and spot the signs that need a doctor."),
                small(NOTICE),
                formcoach.paincheck.ui.RegionChooser.compact(formcoach.paincheck.ui.Regions.choices(java.util.Locale.ENGLISH),
                        services.settings().region(), code -> services.updateSettings(st -> st.withRegion(code))));
        Button go = new Button("Get started");
        go.setId("welcome-start");
        go.setDefaultButton(true);
        go.getStyleClass().add("accent");
        go.setOnAction(e -> {
            services.updateSettings(st -> st.withWelcomeSeen(true));
            closeOverlay();
        });
        card.getChildren().add(go);
        showOverlay(card);
        go.requestFocus();
    }

    public void showAbout() {
        VBox card = card("about");
        Label title = new Label("Form Coach " + Version.get());
        title.getStyleClass().add("title-2");
        Label data = small("Your data is kept in " + services.store().dir()
                + (services.storeWritable() ? "" : " (this folder cannot be written: nothing is being saved)"));
        data.setId("about-data-dir");
        Label licence = small("Open source under the Apache License 2.0.");
        Label keys = small("Keys: " + keyList() + " · Ctrl+Shift+L theme · F1 this panel · Esc close");
        keys.setId("about-keys");
        Button close = new Button("Close");
        close.setId("about-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> closeOverlay());
        javafx.scene.control.CheckBox still = new javafx.scene.control.CheckBox("Reduce motion: show the exercise figures as still key positions");
        still.setId("about-reduce-motion");
        still.setWrapText(true);
        still.setSelected(services.settings().reduceMotion());
        still.setOnAction(e -> services.updateSettings(st -> st.withReduceMotion(still.isSelected())));
        card.getChildren().addAll(title, small(NOTICE), data, licence, keys, still, close);
        showOverlay(card);
        close.requestFocus();
    }

    /** "Ctrl+1 Library · Ctrl+2 Warm-up & cool-down · …" for the sections on this rail. */
    String keyList() {
        return sections.stream().map(s -> SectionEntry.of(s.id()))
                .map(e -> e.shortcutText() + " " + e.title()).collect(java.util.stream.Collectors.joining(" · "));
    }

    private VBox card(String id) {
        VBox card = new VBox(14);
        card.setId(id);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(620);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(24));
        return card;
    }

    private Node use(String icon, String head, String text) {
        Label h = new Label(head);
        h.getStyleClass().add("title-4");
        Label t = new Label(text);
        t.setWrapText(true);
        VBox v = new VBox(2, h, t);
        HBox.setHgrow(v, Priority.ALWAYS);
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("use-icon");
        HBox row = new HBox(14, i, v);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private void showOverlay(VBox card) {
        closeOverlay();
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("overlay-scroll");
        scroll.setMaxWidth(660);
        // as tall as the card when there is room; scrolls only in a small window
        scroll.prefViewportHeightProperty().bind(card.heightProperty());
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane scrim = new StackPane(scroll);
        scrim.getStyleClass().add("overlay-scrim");
        scrim.setPadding(new Insets(20));
        overlay = scrim;
        root.setDisable(true);
        layers.getChildren().add(scrim);
    }

    private void closeOverlay() {
        if (overlay != null) {
            layers.getChildren().remove(overlay);
            overlay = null;
            root.setDisable(false);
            if (current != null) {
                // give focus back to the section (e.g. the library's search field), not the rail
                current.shown();
            }
        }
    }
}

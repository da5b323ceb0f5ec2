package formcoach.library.ui;

import formcoach.ui.Snapshots;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's filter drop-downs show where the keyboard is as plainly as the rest of the window, in
 * both themes. The colours are the ones the real stylesheets resolve to on the drawn controls (the
 * looked-up AtlantaFX colours after CSS), not copies of them.
 */
@ExtendWith(ApplicationExtension.class)
class FilterFocusRingTest {
    private static String previousTheme;
    private Stage stage;
    private LibraryUiHarness h;

    @BeforeAll
    static void rememberTheme() {
        previousTheme = Application.getUserAgentStylesheet();
    }

    @AfterAll
    static void restoreTheme() {
        Application.setUserAgentStylesheet(previousTheme);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void tabIntoAFilterShowsARingAsPlainAsTheSearchFields(String theme, FxRobot robot) throws Exception {
        h = new LibraryUiHarness(null);
        robot.interact(() -> h.show(stage, 1000, 720, theme));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> h.section.browse().focusSearch());
        WaitForAsyncUtils.waitForFxEvents();
        Ring search = fx(() -> ring((Region) h.section.browse().searchField()));

        // by keyboard, as a person gets there: Tab from the search goes to the first filter
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = fx(() -> stage.getScene().getFocusOwner());
        assertThat(focused.getId()).isEqualTo("filter-category");
        Ring on = fx(() -> ring(drawn((CheckComboBox<?>) focused)));
        Ring off = fx(() -> ring(drawn(robot.lookup("#filter-muscle").queryAs(CheckComboBox.class))));
        Color page = fx(() -> (Color) ((Region) robot.lookup(".library-section").query())
                .getBackground().getFills().get(0).getFill());
        robot.interact(() -> {
            try {
                Snapshots.write(robot.lookup(".browse-filters").query(), "library-filter-focus-" + theme);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(on.colour()).as("the focused filter's ring differs from an unfocused filter's edge").isNotEqualTo(off.colour());
        assertThat(contrast(on.colour(), page)).as("ring %s on page %s", on.colour(), page).isGreaterThanOrEqualTo(3.0);
        assertThat(on.colour()).as("the same accent as the focused search field").isEqualTo(search.colour());
        assertThat(on.width()).as("at least as thick as elsewhere").isGreaterThanOrEqualTo(Math.max(2, search.width()));
        assertThat(off.width()).isLessThan(on.width());
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The region that is drawn: the combo box inside ControlsFX's check-combo, which covers the control itself. */
    private static Region drawn(CheckComboBox<?> c) {
        return (Region) c.getChildrenUnmodifiable().stream().filter(n -> n instanceof ComboBoxBase<?>).findFirst()
                .orElseThrow(() -> new AssertionError("no combo box inside " + c.getId()));
    }

    record Ring(Color colour, double width) {
    }

    /** The outermost fill is the edge; the next fill's inset is how thick it shows. */
    private static Ring ring(Region r) {
        List<BackgroundFill> fills = r.getBackground().getFills();
        assertThat(fills).hasSizeGreaterThanOrEqualTo(2);
        return new Ring((Color) fills.get(0).getFill(), fills.get(1).getInsets().getTop());
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}

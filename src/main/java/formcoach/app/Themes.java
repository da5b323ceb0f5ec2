package formcoach.app;

import formcoach.ui.Stylesheets;
import javafx.application.Application;
import javafx.scene.Parent;

/** Light and dark themes (AtlantaFX Primer), plus a style class our own stylesheets key off. */
public final class Themes {
    private Themes() {
    }

    public static void apply(String theme, Parent root) {
        useStylesheet(theme);
        mark(theme, root);
    }

    /**
     * Sets the theme's user-agent stylesheet. At start-up this comes before the first control is
     * made, or JavaFX loads its own default theme (Modena) first for nothing.
     */
    static void useStylesheet(String theme) {
        Application.setUserAgentStylesheet(Stylesheets.theme("dark".equals(theme) ? "dark" : "light"));
    }

    /** The style class our own stylesheets key off ("theme-dark" or "theme-light") on the window's root. */
    static void mark(String theme, Parent root) {
        boolean dark = "dark".equals(theme);
        if (root != null) {
            root.getStyleClass().removeAll("theme-dark", "theme-light");
            root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        }
    }
}

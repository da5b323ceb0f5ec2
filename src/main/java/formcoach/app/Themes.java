package formcoach.app;

import formcoach.ui.Stylesheets;
import javafx.application.Application;
import javafx.scene.Parent;

/** Light and dark themes (AtlantaFX Primer), plus a style class our own stylesheets key off. */
public final class Themes {
    private Themes() {
    }

    public static void apply(String theme, Parent root) {
        boolean dark = "dark".equals(theme);
        Application.setUserAgentStylesheet(Stylesheets.theme(dark ? "dark" : "light"));
        if (root != null) {
            root.getStyleClass().removeAll("theme-dark", "theme-light");
            root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        }
    }
}
